import assert from 'node:assert/strict';
import { test } from 'node:test';
import { embedJson } from '../../src/lib/embed-json.ts';

const hostile = { name: 'Mường Phăng</script><script>alert(1)</script>', note: '<!-- a & b > c', lines: 'một\u2028hai\u2029ba' };

test('embedded JSON cannot close its <script> block, open a comment or break a line', () => {
  const json = embedJson(hostile);
  assert.doesNotMatch(json, /[<>&\u2028\u2029]/);
  assert.ok(!json.toLowerCase().includes('</script'));
});

test('the escaped JSON reads back as exactly the same data', () => {
  assert.deepEqual(JSON.parse(embedJson(hostile)), hostile);
  assert.deepEqual(JSON.parse(embedJson({ a: [1, 'Điện Biên', null] })), { a: [1, 'Điện Biên', null] });
});
