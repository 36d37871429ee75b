import { createContext, useContext, useMemo, type JSX, type ReactNode } from 'react';
import { createWorkerRunner, type LogicRunner } from './logic-runner';

const LogicRunnerContext = createContext<LogicRunner | null>(null);

/** Tests put a runner with a fake engine here; the app uses the worker. */
export function LogicRunnerProvider(props: {
  runner: LogicRunner;
  children: ReactNode;
}): JSX.Element {
  return (
    <LogicRunnerContext.Provider value={props.runner}>{props.children}</LogicRunnerContext.Provider>
  );
}

/** The provided runner, or one that starts a worker per question (none until asked). */
export function useLogicRunner(): LogicRunner {
  const provided = useContext(LogicRunnerContext);
  return useMemo(() => provided ?? createWorkerRunner(), [provided]);
}
