// Hydrates the server-rendered App (test/react/run.mjs) and tells the test what happened.
import { hydrateRoot } from 'react-dom/client';
import { App, type Seen } from './ssr-app.js';

interface Result {
  loads: string[];
  errors: string[];
  clicks: { url: string; villageId: string | undefined }[];
  recoverable: string[];
  /** The server-rendered elements: still in the page once hydrated, replaced if React rendered anew. */
  serverNodes: Element[];
}

const root = document.getElementById('root')!;
const result: Result = {
  loads: [],
  errors: [],
  clicks: [],
  recoverable: [],
  serverNodes: Array.from(root.querySelectorAll('*')),
};
(window as unknown as { reactTest: Result }).reactTest = result;

const seen: Seen = {
  load: (event) => result.loads.push(`${(event.target as Element).localName}:${event.detail.profile.id}`),
  error: (event) => result.errors.push((event.target as Element).localName),
  sponsorClick: (event) => result.clicks.push({ url: event.detail.url, villageId: event.detail.villageId }),
};

hydrateRoot(root, <App seen={seen} />, {
  onRecoverableError: (error) => {
    result.recoverable.push(String(error));
    console.error('recoverable error:', error);
  },
});
