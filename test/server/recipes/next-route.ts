// The README's Next.js recipe: app/voucher-tray/[...path]/route.ts (App Router).
import type { VoucherTrayHandler } from '../../../src/server/index.js';

export function nextRoute(voucherTray: VoucherTrayHandler) {
  const handle = async (request: Request) => (await voucherTray(request)) ?? new Response('Not found', { status: 404 });
  return { GET: handle, POST: handle, OPTIONS: handle, dynamic: 'force-dynamic' as const };
}
