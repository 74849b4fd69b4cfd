import assert from 'node:assert/strict';
import { test } from 'node:test';
import { inlineScriptBytes } from '../../src/lib/page-weight.ts';

const page = `<head><script type="module">let a=1</script><script type="application/json">{"big":"data"}</script>
<script type="module" src="/_astro/Locator.abc.js"></script><script src="https://example.org/x.js"></script></head>`;

test('inline JavaScript counts, JSON data blocks do not', () => {
  assert.equal(inlineScriptBytes(page), 'let a=1'.length);
});
