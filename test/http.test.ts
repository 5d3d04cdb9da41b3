import { expect } from '@open-wc/testing';
import { buildProviderUrl, encodeQuery, readJson, resolveHttpUrl } from '../src/providers/net/http.js';
import { VoucherTrayError } from '../src/providers/errors.js';

describe('provider URLs', () => {
  it('percent-encodes every query value strictly (no + for spaces)', () => {
    expect(encodeQuery({ identity: '+91 95/38?#&=é', skip: undefined, limit: 100 })).to.equal(
      'identity=%2B91%2095%2F38%3F%23%26%3D%C3%A9&limit=100',
    );
  });

  it('appends the adapter path to a base that has a path of its own', () => {
    const base = new URL('https://shop.example/proxy/clevertap/');
    expect(buildProviderUrl(base, '/1/promo/vouchers', { identity: 'a b' })).to.equal(
      'https://shop.example/proxy/clevertap/1/promo/vouchers?identity=a%20b',
    );
  });

  it('keeps a query the base already carries', () => {
    const base = new URL('https://shop.example/proxy?account=eu');
    expect(buildProviderUrl(base, '/get-user-vouchers', { user_id: 21 })).to.equal(
      'https://shop.example/proxy/get-user-vouchers?account=eu&user_id=21',
    );
  });

  it('resolves relative URLs against the page and refuses other schemes', () => {
    expect(resolveHttpUrl('/api/token', 'https://shop.example/a/b', 'token-endpoint').href).to.equal(
      'https://shop.example/api/token',
    );
    for (const bad of ['javascript:alert(1)', 'data:text/plain,x', 'http://[bad']) {
      expect(() => resolveHttpUrl(bad, 'https://shop.example/', 'api-base'))
        .to.throw(VoucherTrayError)
        .with.property('kind', 'config');
    }
  });
});

describe('readJson', () => {
  const answer = (status: number, text: string) => ({ status, ok: status >= 200 && status < 300, text });
  const thrown = (run: () => unknown) => {
    try {
      run();
    } catch (error) {
      return error as VoucherTrayError;
    }
    return expect.fail('did not throw');
  };

  it('returns the parsed body of a 2xx', () => {
    expect(readJson(answer(200, '{"a":1}'))).to.deep.equal({ a: 1 });
  });

  it('turns a 2xx that is not JSON into a parse error', () => {
    for (const text of ['<html>Sign in</html>', '']) {
      expect(thrown(() => readJson(answer(200, text)))).to.be.instanceOf(VoucherTrayError).with.property('kind', 'parse');
    }
  });

  it('turns a non-2xx into an http error with the provider message', () => {
    const error = thrown(() => readJson(answer(429, '{"msg":"nope"}'), (b) => (b as { msg: string }).msg));
    expect(error).to.be.instanceOf(VoucherTrayError);
    expect(error.kind).to.equal('http');
    expect(error.status).to.equal(429);
    expect(error.message).to.equal('nope');
  });

  it('survives an error body the describer chokes on', () => {
    const error = thrown(() => readJson(answer(500, 'null'), (b) => (b as { x: { y: string } }).x.y));
    expect(error.status).to.equal(500);
    expect(error.message).to.contain('500');
  });

  it('does not pass on a provider message that is not a short string', () => {
    const long = thrown(() => readJson(answer(400, '{}'), () => 'x'.repeat(1000)));
    expect(long.message).to.equal('The server answered 400');
  });
});
