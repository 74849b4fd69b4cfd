import assert from 'node:assert/strict';
import { test } from 'node:test';
import { describeSchedule, isOpenAt, vietnamClock, type Schedule } from '../../src/lib/schedule.ts';

// Office hours with the midday break common in Vietnamese public offices.
const office: Schedule = {
  periods: [
    { days: ['mon', 'tue', 'wed', 'thu', 'fri'], opens: '07:00', closes: '11:30' },
    { days: ['mon', 'tue', 'wed', 'thu', 'fri'], opens: '13:30', closes: '17:00' },
  ],
};
/** An instant given as Vietnam wall-clock time (UTC+7). */
const vn = (isoLocal: string) => new Date(`${isoLocal}+07:00`);

test('vietnamClock reads the weekday and minute in Vietnam, not UTC', () => {
  // 23:30 UTC on Sunday is 06:30 on Monday in Vietnam.
  assert.deepEqual(vietnamClock(new Date('2026-11-22T23:30:00Z')), { day: 'mon', minute: 390 });
});

test('open during weekday office hours, closed over the midday break', () => {
  assert.equal(isOpenAt(office, vn('2026-11-24T09:00:00')), true); // Tuesday morning
  assert.equal(isOpenAt(office, vn('2026-11-24T12:15:00')), false); // lunch break
  assert.equal(isOpenAt(office, vn('2026-11-24T13:30:00')), true); // reopens on the minute
  assert.equal(isOpenAt(office, vn('2026-11-24T17:00:00')), false); // closes on the minute
  assert.equal(isOpenAt(office, vn('2026-11-24T06:59:00')), false);
});

test('closed at weekends', () => {
  assert.equal(isOpenAt(office, vn('2026-11-28T09:00:00')), false); // Saturday
  assert.equal(isOpenAt(office, vn('2026-11-29T09:00:00')), false); // Sunday
});

test('24/7 lines are always open', () => {
  const always: Schedule = { alwaysOpen: true };
  assert.equal(isOpenAt(always, vn('2026-11-29T03:00:00')), true);
});

test('describeSchedule groups periods by days in Vietnamese', () => {
  assert.deepEqual(describeSchedule(office), ['Thứ Hai – Thứ Sáu: 07:00–11:30, 13:30–17:00']);
  assert.deepEqual(describeSchedule({ periods: [{ days: ['sat', 'sun'], opens: '08:00', closes: '11:00' }] }), ['Thứ Bảy, Chủ nhật: 08:00–11:00']);
});
