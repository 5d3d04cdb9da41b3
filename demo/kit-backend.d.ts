// Types for demo/kit-backend.js, so that vite.config.ts (strict TypeScript) can import it.
import type { Plugin } from 'vite';

/** The cookie the demo page sets on "log in"; the demo's identify() trusts it (demo only). */
export const DEMO_LOGIN_COOKIE: string;

/** The server kit in front of fake providers, as a Vite plugin (dev server and `vite preview`). */
export function serverKitVite(): Plugin;

/** The demo backend as a node:http responder (resolves false for requests it does not answer). */
export function demoBackend(kit: typeof import('../src/server/index.js')): Promise<
  (req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse) => Promise<boolean>
>;
