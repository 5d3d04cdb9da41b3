import { SignJWT, errors, jwtVerify } from 'jose';
import { LRUCache } from 'lru-cache';
import type { ProviderName } from './options.js';

/** What a grant proves: this shopper may read this provider's vouchers until `expiresAt`. */
export interface Grant {
  readonly provider: ProviderName;
  readonly identity: string;
  /** Epoch ms. */
  readonly expiresAt: number;
}

const AUDIENCE = 'voucher-tray-proxy';
const ALGORITHM = 'HS256';

/**
 * Signs and checks grants: HS256 JWTs (jose) signed with the newest secret and accepted with
 * any of them, so every instance that knows the secrets can verify a grant on its own.
 * Verified grants are remembered by their exact text, so a cache hit costs no HMAC; the
 * expiry is still checked against the clock on every use.
 */
export class Grants {
  private readonly keys: Uint8Array[];
  private readonly verified = new LRUCache<string, Grant>({ max: 10_000 });

  constructor(
    secrets: readonly string[],
    private readonly lifetimeS: number,
    private readonly now: () => number,
  ) {
    this.keys = secrets.map((secret) => new TextEncoder().encode(secret));
  }

  async mint(provider: ProviderName, identity: string): Promise<{ token: string; expiresAt: number }> {
    const issuedAt = Math.floor(this.now() / 1000);
    const expiresAtS = issuedAt + this.lifetimeS;
    const token = await new SignJWT({ prv: provider })
      .setProtectedHeader({ alg: ALGORITHM, typ: 'JWT' })
      .setSubject(identity)
      .setAudience(AUDIENCE)
      .setIssuedAt(issuedAt)
      .setExpirationTime(expiresAtS)
      .sign(this.keys[0]!);
    return { token, expiresAt: expiresAtS };
  }

  /** The grant, or undefined when it is malformed, forged, expired or for nobody. */
  async verify(token: string): Promise<Grant | undefined> {
    const known = this.verified.get(token);
    if (known) return known.expiresAt > this.now() ? known : undefined;
    for (const key of this.keys) {
      try {
        const { payload } = await jwtVerify(token, key, {
          algorithms: [ALGORITHM],
          audience: AUDIENCE,
          currentDate: new Date(this.now()),
          requiredClaims: ['sub', 'exp'],
        });
        const provider = payload['prv'];
        if (typeof provider !== 'string' || typeof payload.sub !== 'string' || typeof payload.exp !== 'number') {
          return undefined;
        }
        const grant: Grant = { provider: provider as ProviderName, identity: payload.sub, expiresAt: payload.exp * 1000 };
        this.verified.set(token, grant);
        return grant;
      } catch (error) {
        // Another key may have signed it; anything but a bad signature is final.
        if (!(error instanceof errors.JWSSignatureVerificationFailed)) return undefined;
      }
    }
    return undefined;
  }
}

/** The token of an `Authorization: Bearer …` header value, or undefined. */
export function bearerOf(authorization: string | null): string | undefined {
  const match = /^Bearer[ \t]+([\x21-\x7e]+)[ \t]*$/i.exec(authorization ?? '');
  return match?.[1];
}
