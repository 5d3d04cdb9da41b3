// Placeholder: the mock backend is being written. Exports keep their names.
export async function handleMockRequest(_req, _res) {
  return false;
}
export function mockBackendVite() {
  return { name: 'voucher-tray-mock-backend' };
}
export function mockBackendKoa() {
  return async (ctx, next) => {
    if (await handleMockRequest(ctx.req, ctx.res)) ctx.respond = false;
    else await next();
  };
}
