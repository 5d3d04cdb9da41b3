// Lit SSR renders the tray on the server: the login prompt (a plain link) for an anonymous
// shopper, the skeleton for a logged-in one; nothing touches a DOM that is not there.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { renderTray } from './render.mjs';

const shadow = (text) => text.slice(text.indexOf('<template shadowroot'), text.lastIndexOf('</template>'));

test('renders without a DOM: no document, no window', async () => {
  assert.equal(typeof globalThis.document, 'undefined');
  assert.equal(typeof globalThis.window, 'undefined');
  await renderTray({ provider: 'spaaza' });
});

test('an anonymous shopper gets the login prompt with a plain link to login-url', async () => {
  const text = shadow(await renderTray({ provider: 'spaaza', 'login-url': '/account/login?next=%2Foffers' }));
  assert.match(text, /shadowrootmode="open"/);
  assert.match(text, /<p part="login-text">(<!--[^>]*-->)*Log in to see your vouchers\./);
  assert.match(text, /<a part="login-button" class="button" href="\/account\/login\?next=%2Foffers"/);
  assert.doesNotMatch(text, /part="loading"/);
});

test('a login-url that is not http(s) renders no link', async () => {
  const text = shadow(await renderTray({ provider: 'spaaza', 'login-url': 'javascript:alert(1)' }));
  assert.doesNotMatch(text, /href=/);
  assert.match(text, /<button part="login-button" type="button"/);
});

test('a logged-in shopper gets the skeleton, and the identity stays out of the shadow markup', async () => {
  const text = await renderTray({ provider: 'clevertap', identity: '+15550100', 'token-endpoint': '/mock/token' });
  assert.match(shadow(text), /part="loading"/);
  assert.doesNotMatch(shadow(text), /part="login"/);
  assert.doesNotMatch(shadow(text), /15550100/);
});

test('the text follows the locale attribute (de) on the server too', async () => {
  const text = shadow(await renderTray({ provider: 'spaaza', locale: 'de', 'text-login-button': 'Jetzt anmelden' }));
  assert.match(text, /Jetzt anmelden/);
});
