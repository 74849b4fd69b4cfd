import assert from 'node:assert/strict';
import { test } from 'node:test';
import { distanceKm } from '../../src/lib/geo.ts';

test('one degree along the equator is about 111 km, either way', () => {
  assert.ok(Math.abs(distanceKm({ lat: 0, lng: 0 }, { lat: 0, lng: 1 }) - 111.19) < 0.01);
  assert.equal(distanceKm({ lat: 0, lng: 1 }, { lat: 0, lng: 0 }), distanceKm({ lat: 0, lng: 0 }, { lat: 0, lng: 1 }));
});

test('a degree of longitude shrinks away from the equator; the same point is 0 km away', () => {
  const atDienBienLatitude = distanceKm({ lat: 21.4, lng: 103 }, { lat: 21.4, lng: 104 });
  assert.ok(atDienBienLatitude < 111.19 && atDienBienLatitude > 100);
  assert.equal(distanceKm({ lat: 21.4, lng: 103 }, { lat: 21.4, lng: 103 }), 0);
});
