import { createContext, useContext, type JSX, type ReactNode } from 'react';
import type { InkformApi } from '@services/contract';

const ApiContext = createContext<InkformApi | null>(null);

/** Injects the API, so components never reach for a global and tests pass a fake. */
export function ApiProvider(props: { api: InkformApi; children: ReactNode }): JSX.Element {
  return <ApiContext.Provider value={props.api}>{props.children}</ApiContext.Provider>;
}

export function useApi(): InkformApi {
  const api = useContext(ApiContext);
  if (api === null) throw new Error('useApi must be used inside <ApiProvider>.');
  return api;
}
