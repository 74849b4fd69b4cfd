/**
 * "Nghe đọc trang này" uses only voices that run on the phone. The browser's speech engine is replaced
 * by a recording stand-in before the page loads, with the voices a phone might have.
 */
import { LISTEN_UI } from '../../src/ui/strings.ts';
import { expect, PAGES, test } from './fixtures.ts';

type FakeVoice = { name: string; lang: string; localService: boolean; default: boolean; voiceURI: string };

async function withVoices(page: import('@playwright/test').Page, voices: FakeVoice[]) {
  await page.addInitScript((list) => {
    const spoken: Array<{ text: string; voice: string | undefined }> = [];
    (window as unknown as { spoken: typeof spoken }).spoken = spoken;
    const synth = {
      getVoices: () => list,
      speak: (utterance: SpeechSynthesisUtterance) => spoken.push({ text: utterance.text, voice: utterance.voice?.name }),
      cancel: () => undefined,
      addEventListener: () => undefined,
    };
    Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true });
    // The real utterance refuses a stand-in voice object; keep the fields the page sets.
    (window as unknown as { SpeechSynthesisUtterance: unknown }).SpeechSynthesisUtterance = class {
      text: string;
      voice: FakeVoice | null = null;
      lang = '';
      rate = 1;
      constructor(text: string) {
        this.text = text;
      }
      addEventListener() {}
    };
  }, voices);
}

const voice = (name: string, lang: string, localService: boolean): FakeVoice => ({ name, lang, localService, default: false, voiceURI: name });

test('a lesson is read aloud with the on-device Vietnamese voice, never a network one', async ({ page, offsite }) => {
  await withVoices(page, [voice('Mạng', 'vi-VN', false), voice('Trên máy', 'vi-VN', true), voice('English', 'en-US', true)]);
  await page.goto(PAGES.lesson);
  const button = page.getByRole('button', { name: LISTEN_UI.listen });
  await expect(button).toBeVisible();
  await button.click();
  await expect(page.getByRole('button', { name: LISTEN_UI.stop })).toHaveAttribute('aria-pressed', 'true');
  const spoken = await page.evaluate(() => (window as unknown as { spoken: Array<{ text: string; voice: string }> }).spoken);
  const h1 = (await page.locator('h1').textContent())?.trim() ?? '';
  expect(spoken.length).toBeGreaterThan(3);
  expect(spoken[0]?.text).toContain(h1);
  expect(new Set(spoken.map((s) => s.voice))).toEqual(new Set(['Trên máy']));
  // The control's own label is not read out.
  expect(spoken.map((s) => s.text).join(' ')).not.toContain(LISTEN_UI.listen);
  expect(offsite, 'nothing is sent to another site').toEqual([]);
});

test('the control stays hidden when the only Vietnamese voice is a network service', async ({ page }) => {
  await withVoices(page, [voice('Mạng', 'vi-VN', false), voice('English', 'en-US', true)]);
  await page.goto(PAGES.helpGuide);
  await page.waitForTimeout(300);
  await expect(page.locator('[data-listen]')).toBeHidden();
});

test('help pages and myth cards offer it; with this browser\'s own voices it appears only if one is local Vietnamese', async ({ page }) => {
  await withVoices(page, [voice('Trên máy', 'vi_VN', true)]);
  for (const path of [PAGES.helpGuide, PAGES.mythCard]) {
    await page.goto(path);
    await expect(page.getByRole('button', { name: LISTEN_UI.listen }), path).toBeVisible();
  }
});

test('in this browser as it is, the control shows only if it has an on-device Vietnamese voice', async ({ browser }) => {
  const page = await browser.newPage();
  await page.goto(PAGES.mythCard.replace(/^/, test.info().project.use.baseURL ?? ''));
  const hasLocalVietnamese = await page.evaluate(async () => {
    const voices = speechSynthesis.getVoices();
    return voices.some((v) => v.localService && v.lang.toLowerCase().startsWith('vi'));
  });
  await page.waitForTimeout(3200);
  await expect(page.locator('[data-listen]')).toBeVisible({ visible: hasLocalVietnamese });
  await page.close();
});
