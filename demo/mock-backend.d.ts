// Types for demo/mock-backend.js, so that vite.config.ts (strict TypeScript) can import it.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Plugin } from 'vite';

/** Answers a request below `/mock/`; resolves true when it handled (and answered) it. */
export function handleMockRequest(req: IncomingMessage, res: ServerResponse): Promise<boolean>;

/** The mock backend as a Vite plugin (dev server and `vite preview`). */
export function mockBackendVite(): Plugin;

/** The mock backend as Koa middleware, for @web/test-runner's `middleware` option. */
export function mockBackendKoa(): (
  ctx: { req: IncomingMessage; res: ServerResponse; respond?: boolean },
  next: () => Promise<unknown>,
) => Promise<void>;
