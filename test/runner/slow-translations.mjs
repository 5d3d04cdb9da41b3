// Lets a test hold one translation chunk back until it releases it (test/ux/text-wait):
//   POST /__slow-translation/<lang>           the next request for /src/i18n/<lang>.ts waits
//   GET  /__slow-translation/<lang>           { held: true } once that request is waiting
//   POST /__slow-translation/<lang>/release   serves it (and disarms, if it never came)
import { heldFile } from './held-file.mjs';

/** Koa middleware for @web/test-runner's `middleware` option. */
export const slowTranslations = () =>
  heldFile({ control: /^\/__slow-translation\/([a-z]{2})(\/release)?$/, file: /^\/src\/i18n\/([a-z]{2})\.ts$/ });
