/// <reference types="node" />
// Where each provider's API is, from the options the embedder gives.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { clevertapAccount, spaazaAccount, voucherifyAccount } from '../../src/server/credentials.js';

describe('provider accounts', () => {
  it('CleverTap: the region names the host, an explicit base wins, and the headers are the documented ones', async () => {
    const regional = clevertapAccount({ accountId: 'ACC', passcode: 'PASS', region: 'in1' });
    assert.equal(regional.base, 'https://in1.api.clevertap.com');
    assert.deepEqual(await regional.headers(), { 'X-CleverTap-Account-Id': 'ACC', 'X-CleverTap-Passcode': 'PASS' });
    assert.equal(clevertapAccount({ accountId: 'A', passcode: 'P', region: 'in1', apiBase: 'https://proxy.test/ct/' }).base, 'https://proxy.test/ct');
    assert.throws(() => clevertapAccount({ accountId: 'A', passcode: 'P', region: 'evil.test/x' }), /region/);
    assert.throws(() => clevertapAccount({ accountId: '', passcode: 'P' }), /accountId/);
  });

  it('Voucherify: default base, app keys as X-App-Id/X-App-Token, or OAuth required', async () => {
    const account = voucherifyAccount({ appId: 'id', appToken: 'token' }, fetch, Date.now);
    assert.equal(account.base, 'https://api.voucherify.io');
    assert.deepEqual(await account.headers(), { 'X-App-Id': 'id', 'X-App-Token': 'token' });
    assert.throws(() => voucherifyAccount({}, fetch, Date.now), /appId and appToken, or oauth/);
  });

  it('Spaaza: default base, the chain in the query, the headers as given', async () => {
    const account = spaazaAccount({ chainId: '1743', headers: { 'X-Spaaza-Session-Key': 'k' } });
    assert.equal(account.base, 'https://api0.spaaza.com');
    assert.deepEqual(account.extraQuery, [['chain_id', '1743']]);
    assert.deepEqual(await account.headers(), { 'X-Spaaza-Session-Key': 'k' });
    assert.throws(() => spaazaAccount({ chainId: '', headers: {} }), /chainId/);
    assert.throws(() => spaazaAccount({ chainId: '1', headers: {}, apiBase: 'ftp://x' }), /http/);
  });
});
