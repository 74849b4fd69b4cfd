/**
 * The share image keeps its layout whatever staff type: the longest allowed title in wide capitals, or a
 * title far past the limit, never pushes the owner band off the 1200×630 card.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { PNG } from 'pngjs';
import { SHARE_IMAGE, shareImagePng } from '../../src/render/share-image.ts';
import { TITLE_MAX_LENGTH } from '../../src/schemas/articles.ts';

const OWNER_BAND = [0xb3, 0x26, 0x1e];
const BACKGROUND = [0x07, 0x3a, 0x32];

const pixel = (image: PNG, x: number, y: number) => [...image.data.subarray((y * image.width + x) * 4, (y * image.width + x) * 4 + 3)];

async function card(title: string, description: string) {
  return PNG.sync.read(await shareImagePng(title, description, 'Phòng, chống mại dâm và mua bán người – Điện Biên', 'Sở Y tế tỉnh Điện Biên'));
}

test('the owner band stays at the bottom and the site band at the top, however long the title', async () => {
  const widest = 'ĐƯỜNG DÂY NÓNG MƯỜNG '.repeat(10).slice(0, TITLE_MAX_LENGTH);
  for (const title of [widest, 'Tiêu đề rất dài '.repeat(30), 'Ngắn']) {
    const image = await card(title, 'Mô tả rất dài, '.repeat(40));
    assert.equal(image.width, SHARE_IMAGE.width);
    assert.equal(image.height, SHARE_IMAGE.height);
    assert.deepEqual(pixel(image, 5, SHARE_IMAGE.height - 5), OWNER_BAND, `owner band pushed off for "${title.slice(0, 30)}…"`);
    assert.deepEqual(pixel(image, 5, 5), BACKGROUND);
  }
});
