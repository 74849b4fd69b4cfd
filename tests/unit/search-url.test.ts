import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readSearchUrl, searchPageUrl } from '../../src/lib/search-url.ts';

test('the query and type go after "#", never in the query string', () => {
  assert.equal(searchPageUrl({ query: ' xét nghiệm ', type: 'Pháp luật' }), '/tim-kiem/#q=x%C3%A9t+nghi%E1%BB%87m&loai=Ph%C3%A1p+lu%E1%BA%ADt');
  assert.equal(searchPageUrl({ query: '  ', type: '' }), '/tim-kiem/');
});

test('an address round-trips, and old ?q= links are still read', () => {
  const base = 'https://example.org';
  assert.deepEqual(readSearchUrl(base + searchPageUrl({ query: 'him lam', type: 'Trang' })), { query: 'him lam', type: 'Trang', fromQueryString: false });
  assert.deepEqual(readSearchUrl(`${base}/tim-kiem/?q=him+lam&loai=x`), { query: 'him lam', type: 'x', fromQueryString: true });
  assert.deepEqual(readSearchUrl(`${base}/tim-kiem/?q=old#q=new`), { query: 'new', type: '', fromQueryString: true });
  assert.deepEqual(readSearchUrl(`${base}/tim-kiem/`), { query: '', type: '', fromQueryString: false });
});
