import assert from 'node:assert/strict';
import { test } from 'node:test';
import { lastContentChange } from '../../src/lib/last-updated.ts';

const build = new Date('2026-05-01T00:00:00Z');

test('the last commit to the content folder is the date shown', () => {
  const git = new Date('2026-04-20T08:00:00Z');
  assert.deepEqual(lastContentChange(git, [new Date('2026-04-25')], build), git);
});

test('without git history, the newest date recorded in the content, ignoring scheduled ones', () => {
  const dates = [new Date('2026-03-01'), new Date('2026-04-10'), new Date('2026-06-01')];
  assert.deepEqual(lastContentChange(undefined, dates, build), new Date('2026-04-10'));
});

test('nothing known: no date rather than the build time', () => {
  assert.equal(lastContentChange(undefined, [], build), undefined);
});
