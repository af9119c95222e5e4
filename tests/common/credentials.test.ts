import assert from 'node:assert/strict';
import { test } from 'node:test';
import { hashToken, randomSecret, tokenMatches } from '../../common/credentials.js';

// A secret that starts with '-' is read by CLI parsers as a missing argument (`--cloud-token -x`);
// with base64url that is one draw in 64, so 2,000 draws would all but surely hit it.
test('generated secrets never start with a dash and are safe to pass as CLI arguments', () => {
  for (let i = 0; i < 2000; i++) {
    const s = randomSecret();
    assert.match(s, /^[0-9a-f]{48}$/);
  }
});

test('a token matches its own SHA-256 and no other', () => {
  const t = randomSecret();
  assert.ok(tokenMatches(t, hashToken(t)));
  assert.ok(!tokenMatches(t + 'x', hashToken(t)));
  assert.ok(!tokenMatches(t, 'not-hex'));
});
