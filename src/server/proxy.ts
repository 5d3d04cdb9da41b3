// `GET {basePath}/api/<provider>/…`: grant first, then the shape, then the answer through
// the economy. Get Voucher is answered only for a voucher the grant's customer holds.
import type { UpstreamAccount } from './credentials.js';
import type { Economy, EconomyAnswer } from './economy.js';
import { bearerOf, type Grants } from './grants.js';
import { jsonText, problem, retryAfterHeader } from './http.js';
import type { KitAnswer, KitRequest } from './kit-request.js';
import type { Family, ProviderName } from './options.js';
import { parseShape, type Shape } from './shapes.js';

export interface ProxyContext {
  readonly grants: Grants;
  readonly economy: Economy;
  readonly accounts: Partial<Record<Family, UpstreamAccount>>;
}

const CHALLENGE = { 'www-authenticate': 'Bearer error="invalid_token"' };

export async function proxyRequest(
  context: ProxyContext,
  request: KitRequest,
  provider: ProviderName,
  subpath: string,
  query: URLSearchParams,
): Promise<KitAnswer> {
  const token = bearerOf(request.header('authorization'));
  const grant = token === undefined ? undefined : await context.grants.verify(token);
  if (!grant) return problem(401, 'a valid grant is required (POST the token endpoint)', CHALLENGE);
  if (grant.provider !== provider) return problem(401, 'the grant is for another provider', CHALLENGE);
  const parsed = parseShape(provider, subpath, query, grant.identity);
  if (!parsed.ok) return problem(parsed.status, parsed.error);
  const shape = parsed.shape;
  const account = context.accounts[shape.family];
  if (!account) return problem(404, 'this provider is not served here');

  let answer = await fetchFor(context, account, shape, grant.identity);
  if (shape.kind === 'voucherify-get' && answer.status === 200) {
    const holds = await holdsVoucher(context, account, grant.identity, answer.body);
    if (holds === undefined) return problem(502, 'the provider could not confirm who holds this voucher');
    if (!holds) answer = { status: 404, body: JSON.stringify({ error: 'no such voucher for this shopper' }), source: answer.source };
  }
  return relay(answer);
}

function fetchFor(context: ProxyContext, account: UpstreamAccount, shape: Shape, identity: string): Promise<EconomyAnswer> {
  // One key per shopper and upstream request; shared stores hash it (see redis-store.ts).
  const key = JSON.stringify([shape.family, identity, shape.path, shape.query]);
  return context.economy.answer(key, account, shape);
}

function relay(answer: EconomyAnswer): KitAnswer {
  const headers: Record<string, string> = { 'x-voucher-tray-cache': answer.source };
  if (answer.retryAfterMs !== undefined) Object.assign(headers, retryAfterHeader(answer.retryAfterMs));
  return jsonText(answer.status, answer.body, headers);
}

/**
 * Whether the voucher in `body` is held by the shopper: its `holder_id` is the identity, or
 * the Voucherify customer that the identity (a source_id) names. Undefined when unknown.
 */
async function holdsVoucher(context: ProxyContext, account: UpstreamAccount, identity: string, body: string): Promise<boolean | undefined> {
  const holder = readField(body, 'holder_id');
  if (holder === undefined) return false;
  if (holder === identity) return true;
  const customerShape: Shape = {
    kind: 'voucherify-get',
    family: 'voucherify',
    path: `/v1/customers/${encodeURIComponent(identity)}`,
    query: [],
  };
  const customer = await fetchFor(context, account, customerShape, identity);
  if (customer.status === 404) return false;
  if (customer.status !== 200) return undefined;
  return readField(customer.body, 'id') === holder;
}

function readField(body: string, name: string): string | undefined {
  try {
    const value = (JSON.parse(body) as Record<string, unknown> | null)?.[name];
    return typeof value === 'string' ? value : undefined;
  } catch {
    return undefined;
  }
}
