import assert from 'node:assert/strict';
import { test } from 'node:test';
import { scoreQuiz } from '../../src/components/learning/quiz.ts';

test('scoreQuiz counts only right answers; unanswered questions score nothing', () => {
  assert.equal(scoreQuiz([0, 2, undefined], [0, 1, 2]), 1);
  assert.equal(scoreQuiz([1, 1], [1, 1]), 2);
  assert.equal(scoreQuiz([], [0]), 0);
});
