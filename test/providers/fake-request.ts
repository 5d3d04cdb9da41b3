import { expect } from '@open-wc/testing';
import { VoucherTrayError } from '../../src/providers/errors.js';
import type { ProviderRequest, Query } from '../../src/providers/types.js';

/** One `getJson` call as the adapter made it; `undefined` query values are left out. */
export interface RecordedCall {
  path: string;
  query: Record<string, string | number>;
}

/** What the fake answers: a body, or a `VoucherTrayError` to throw. */
export type FakeAnswer = unknown;
export type Responder = (path: string, query: Record<string, string | number>) => FakeAnswer;

export interface FakeRequest extends ProviderRequest {
  readonly calls: RecordedCall[];
}

/**
 * A `ProviderRequest` whose `getJson` records each call and answers from a queue (in order)
 * or from a function of the path. A `VoucherTrayError` answer is thrown, as getJson would.
 */
export function fakeRequest(
  answers: FakeAnswer[] | Responder,
  options: { identity?: string; codes?: string[] } = {},
): FakeRequest {
  const calls: RecordedCall[] = [];
  const queue = Array.isArray(answers) ? [...answers] : undefined;
  return {
    identity: options.identity ?? 'shopper-1',
    codes: options.codes ?? [],
    signal: new AbortController().signal,
    calls,
    async getJson(path: string, query: Query = {}) {
      const cleanQuery = Object.fromEntries(
        Object.entries(query).filter((entry): entry is [string, string | number] => entry[1] !== undefined),
      );
      calls.push({ path, query: cleanQuery });
      let answer: FakeAnswer;
      if (queue) {
        if (queue.length === 0) throw new Error(`unexpected request ${path}`);
        answer = queue.shift();
      } else {
        answer = (answers as Responder)(path, cleanQuery);
      }
      // A responder may answer with a promise, to hold the request open for a while.
      const body: unknown = await answer;
      if (body instanceof VoucherTrayError) throw body;
      return structuredClone(body);
    },
  };
}

/** Awaits a promise that must reject with a `VoucherTrayError`, and returns the error. */
export async function expectTrayError(promise: Promise<unknown>): Promise<VoucherTrayError> {
  let outcome: unknown;
  try {
    await promise;
    outcome = 'resolved';
  } catch (error) {
    outcome = error;
  }
  expect(outcome, 'rejects with a VoucherTrayError').to.be.instanceOf(VoucherTrayError);
  return outcome as VoucherTrayError;
}

/** A deep copy of a fixture, loosely typed so tests can break it on purpose. */
export function copyOf(fixture: unknown): Record<string, any> {
  return structuredClone(fixture) as Record<string, any>;
}

/** Shapes no provider would send, for the never-throw-anything-else checks. */
export const malformedBodies: unknown[] = [null, [], 'text', 42, true, {}, { records: 'x', data: 1 }];

/** An identity with every character that must be percent-encoded in a path. */
export const awkwardIdentity = 'a+b/c?d#e ../ é';
