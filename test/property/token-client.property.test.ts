import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { VoucherTrayError } from '../../src/providers/errors.js';
import { encodeQuery } from '../../src/providers/net/http.js';
import { TokenClient, parseGrant, type TokenGrant } from '../../src/providers/net/token-client.js';
import { installFakeFetch, type FakeFetch } from '../helpers/fake-fetch.js';
import { quickRequests } from '../hardening/helpers.js';
import { RUNS, anyString, fieldValue, objectWith, orAnything } from './arbitraries.js';

const header = fc.oneof(anyString, fc.constantFrom('Authorization', 'accept', 'X-Spaaza-Session-User-Id', 'bad name', 'X-Ok'));
const tokenBody = objectWith(['token', 'expires_at', 'expires_in', 'api_base', 'headers', 'params'], {
  token: fc.oneof(anyString, fc.constantFrom('eyJhbGciOi.J9.x-_', ' padded ', 'two words', 'line\nbreak'), fieldValue),
  expires_at: fc.oneof(fc.double(), fc.integer(), fieldValue),
  expires_in: fc.oneof(fc.double(), fc.integer(), fieldValue),
  headers: orAnything(fc.dictionary(header, fc.oneof(anyString, fieldValue), { maxKeys: 4 })),
  params: orAnything(fc.dictionary(anyString, fc.oneof(anyString, fieldValue), { maxKeys: 4 })),
});

/** What every grant must be: usable in a request without `fetch` or encoding throwing. */
function expectUsable(grant: TokenGrant): void {
  expect(grant.token).to.match(/^[\x21-\x7e]+$/);
  const headers = new Headers({ ...grant.headers, Accept: 'application/json', Authorization: `Bearer ${grant.token}` });
  expect(headers.get('authorization')).to.equal(`Bearer ${grant.token}`);
  expect(headers.get('accept')).to.equal('application/json');
  expect(() => encodeQuery(grant.params)).to.not.throw();
  if (grant.expiresAt !== undefined) {
    expect(Number.isFinite(grant.expiresAt) && !Number.isNaN(new Date(grant.expiresAt).getTime())).to.equal(true);
  }
  expect(grant.apiBase === undefined || typeof grant.apiBase === 'string').to.equal(true);
}

function expectTokenError(error: unknown, kinds = ['token']): void {
  expect(error, String(error)).to.be.instanceOf(VoucherTrayError);
  expect(kinds).to.include((error as VoucherTrayError).kind);
}

describe('property: token client', () => {
  it('parseGrant: any JSON gives a usable grant or a token error', () => {
    fc.assert(
      fc.property(orAnything(tokenBody), fc.integer({ min: 0, max: 4e12 }), (body, now) => {
        let grant: TokenGrant;
        try {
          grant = parseGrant(body, now);
        } catch (error) {
          return expectTokenError(error);
        }
        expectUsable(grant);
      }),
      RUNS,
    );
  });

  describe('TokenClient.get against any answer', () => {
    let fake: FakeFetch;
    let restore: () => void;
    beforeEach(() => {
      fake = installFakeFetch();
      // No pause is ever waited for: a Retry-After above zero is given up on at once.
      restore = quickRequests({ maxRetryAfterMs: 0 });
    });
    afterEach(() => {
      fake.restore();
      restore();
    });

    const answer = fc.record({
      status: fc.constantFrom(200, 201, 400, 401, 403, 404, 429, 500, 502, 503),
      text: fc.oneof(tokenBody.map((body) => JSON.stringify(body)), fc.json(), anyString, fc.constant('')),
      retryAfter: fc.option(fc.oneof(fc.constantFrom('0', '1', 'soon', new Date(0).toUTCString()), anyString)),
      fails: fc.constantFrom(undefined, 'reset'),
    });

    it('gives a usable grant or a token/timeout error, never anything else', async () => {
      await fc.assert(
        fc.asyncProperty(fc.array(answer, { minLength: 1, maxLength: 3 }), async (answers) => {
          let next = 0;
          fake.on('POST', '/token', () => {
            const { status, text, retryAfter, fails } = answers[Math.min(next++, answers.length - 1)]!;
            if (fails) return Promise.reject(new TypeError('Failed to fetch'));
            const headers = new Headers({ 'Content-Type': 'application/json' });
            try {
              if (retryAfter !== null) headers.set('Retry-After', retryAfter);
            } catch {
              // Not a value a server could send.
            }
            return new Response(text, { status, headers });
          });
          const client = new TokenClient();
          let grant: TokenGrant;
          try {
            grant = await client.get({ endpoint: 'https://shop.invalid/token', provider: 'spaaza', identity: 'a', signal: new AbortController().signal });
          } catch (error) {
            return expectTokenError(error, ['token', 'timeout']);
          }
          expectUsable(grant);
          expect(next, 'at most three requests').to.be.at.most(3);
        }),
        RUNS,
      );
    });
  });
});
