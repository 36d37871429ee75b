import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { ApiProvider } from './api/api-context';
import { getApi } from './api/get-api';
import { applyInitialTheme } from './hooks/use-applied-theme';
import './styles/index.css';

const root = document.getElementById('root');
if (root === null) throw new Error('index.html has no #root element.');

applyInitialTheme();
createRoot(root).render(
  <StrictMode>
    <ApiProvider api={getApi()}>
      <App />
    </ApiProvider>
  </StrictMode>,
);
