import assert from 'node:assert/strict';
import { test } from 'node:test';
import { speechChunks } from '../../src/lib/speech-chunks.ts';
import { pickLocalVoice } from '../../src/lib/speech.ts';

const voice = (name: string, lang: string, localService: boolean, isDefault = false) => ({ name, lang, localService, default: isDefault });

test('only on-device voices are chosen, never a network voice', () => {
  const online = voice('Google tiếng Việt', 'vi-VN', false, true);
  assert.equal(pickLocalVoice([online]), undefined);
  const local = voice('An', 'vi-VN', true);
  assert.equal(pickLocalVoice([online, local])?.name, 'An');
});

test('a Vietnamese voice is required; other languages are not used instead', () => {
  assert.equal(pickLocalVoice([voice('Samantha', 'en-US', true, true), voice('Linh', 'zh-CN', true)]), undefined);
  assert.equal(pickLocalVoice([]), undefined);
});

test('any spelling of the Vietnamese tag is understood, and the phone\'s default voice comes first', () => {
  const picked = pickLocalVoice([voice('generic', 'vi', true), voice('android', 'vi_VN', true, true)]);
  assert.equal(picked?.name, 'android');
  assert.equal(pickLocalVoice([voice('generic', 'VI-vn', true)])?.name, 'generic');
});

test('a voice for another language can be asked for (recordings in Hmong, Thái)', () => {
  assert.equal(pickLocalVoice([voice('vi', 'vi-VN', true), voice('hmn', 'hmn', true)], 'hmn')?.name, 'hmn');
  assert.equal(pickLocalVoice([voice('vie', 'vie', true)]), undefined, '"vie" is not "vi"');
});

test('text is read sentence by sentence, and no piece is too long to be read', () => {
  assert.deepEqual(speechChunks('Gọi 111.   Miễn phí!\nCả ngày lẫn đêm?'), ['Gọi 111.', 'Miễn phí!', 'Cả ngày lẫn đêm?']);
  const long = `${'một hai ba, '.repeat(40)}hết.`;
  const chunks = speechChunks(long, 100);
  assert.ok(chunks.length > 1);
  assert.ok(chunks.every((chunk) => chunk.length <= 100));
  assert.equal(chunks.join(' ').replace(/\s+/g, ' '), long.replace(/\s+/g, ' ').trim());
});

test('decomposed text is normalised before it is spoken', () => {
  assert.deepEqual(speechChunks('Xe\u0301t nghie\u0323\u0302m.'), ['Xét nghiệm.']);
});
