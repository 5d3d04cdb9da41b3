// The README's Hono recipe, as a module the tests import.
import { Hono } from 'hono';
import type { VoucherTrayHandler } from '../../../src/server/index.js';

export function honoApp(voucherTray: VoucherTrayHandler): Hono {
  const app = new Hono();
  app.all('/voucher-tray/*', async (c, next) => (await voucherTray(c.req.raw)) ?? next());
  app.get('/', (c) => c.text('the shop'));
  return app;
}
