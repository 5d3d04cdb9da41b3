// Lets a test hold the runtime chunk back until it releases it, to see what a tray does while
// the chunk is on its way (the early token request, test/perf/token-prefetch):
//   POST /__held-runtime           the next request for /src/runtime/runtime.ts waits
//   GET  /__held-runtime           { held: true } once that request is waiting
//   POST /__held-runtime/release   serves it (and disarms, if it never came)
import { heldFile } from './held-file.mjs';

/** Koa middleware for @web/test-runner's `middleware` option. */
export const heldRuntime = () => heldFile({ control: /^\/__held-runtime()(\/release)?$/, file: /^\/src\/runtime\/runtime\.ts()$/ });
