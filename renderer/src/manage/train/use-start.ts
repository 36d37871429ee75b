import { useState } from 'react';

export interface Start {
  /** The user has tried to start since the last start went through: show what holds it back. */
  readonly tried: boolean;
  readonly starting: boolean;
  /**
   * Starts with `begin` from what the form reads, unless it is null (some settings are not
   * right) or a start is under way.
   */
  start<Read>(read: Read | null, begin: (read: Read) => Promise<void>): Promise<void>;
}

/** The state of a `StartForm`: what a training run and an experiment go through alike. */
export function useStart(report: (error: unknown) => void): Start {
  const [tried, setTried] = useState(false);
  const [starting, setStarting] = useState(false);
  return {
    tried,
    starting,
    async start(read, begin) {
      setTried(true);
      if (read === null || starting) return;
      setStarting(true);
      try {
        await begin(read);
        setTried(false);
      } catch (error) {
        report(error);
      } finally {
        setStarting(false);
      }
    },
  };
}
