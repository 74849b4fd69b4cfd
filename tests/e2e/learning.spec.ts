import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { expect, test } from './fixtures.ts';

interface Lesson {
  audience: string;
  slug: string;
  title: string;
  quiz: Array<{ options: string[]; answer: number }>;
  helpHotlines?: string[];
}

const lessons: Lesson[] = readdirSync('content/materials', { recursive: true, encoding: 'utf8' })
  .filter((file) => file.endsWith('.mdx'))
  .map((file) => {
    const frontmatter = /^---\n([\s\S]*?)\n---/.exec(readFileSync(join('content/materials', file), 'utf8'))?.[1] ?? '';
    const data = parse(frontmatter) as Omit<Lesson, 'slug'>;
    return { ...data, slug: file.split('/').at(-1)?.replace('.mdx', '') ?? '' };
  });
const hotlines = parse(readFileSync('content/hotlines.yaml', 'utf8')) as Array<{ id: string; number: string }>;

test('every audience hub lists its lessons', async ({ page }) => {
  for (const audience of new Set(lessons.map((lesson) => lesson.audience))) {
    await page.goto(`/tai-lieu/${audience}/`);
    for (const lesson of lessons.filter((l) => l.audience === audience)) {
      await expect(page.getByRole('link', { name: lesson.title })).toHaveAttribute('href', `/tai-lieu/${audience}/${lesson.slug}/`);
    }
  }
});

for (const lesson of lessons) {
  test(`lesson ${lesson.audience}/${lesson.slug}: help box numbers come from the data; the quiz scores offline and stores nothing`, async ({ page, context }) => {
    const requests: string[] = [];
    await page.goto(`/tai-lieu/${lesson.audience}/${lesson.slug}/`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(lesson.title);
    const help = page.getByRole('complementary', { name: 'Cần giúp ngay?' });
    const expectedTel = (lesson.helpHotlines ?? ['tong-dai-111', 'cong-an-113']).map((id) => `tel:${hotlines.find((h) => h.id === id)?.number.replace(/\D/g, '')}`);
    expect(await help.locator('a[href^="tel:"]').evaluateAll((links) => links.map((a) => a.getAttribute('href')))).toEqual(expectedTel);

    page.on('request', (request) => requests.push(request.url()));
    // Once loaded, the quiz works with no connection (a classroom with patchy signal).
    await context.setOffline(true);
    // Answer the first question right and every other one wrong.
    for (const [index, question] of lesson.quiz.entries()) {
      const choice = index === 0 ? question.answer : (question.answer + 1) % question.options.length;
      await page.locator(`input[name="on-tap-q${index}"][value="${choice}"]`).check();
    }
    await page.getByRole('button', { name: 'Xem kết quả' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Bạn trả lời đúng' })).toHaveText(`Bạn trả lời đúng 1/${lesson.quiz.length} câu.`);
    const stored = await page.evaluate(() => localStorage.length + sessionStorage.length + document.cookie.length);
    expect(stored).toBe(0);
    expect(requests).toEqual([]);
  });
}

test('the teacher page has a 45-minute plan and prints it with the worksheet, without the answers', async ({ page }) => {
  const lesson = lessons[0]!;
  await page.goto(`/tai-lieu/${lesson.audience}/${lesson.slug}/`);
  await page.getByRole('link', { name: /Hướng dẫn cho thầy cô/ }).click();
  await expect(page.getByRole('heading', { name: 'Tiến trình' })).toBeVisible();
  const minutes = await page.locator('main ol li h3').evaluateAll((items) =>
    items.reduce((sum, h) => sum + Number(/\((\d+) phút\)/.exec(h.textContent ?? '')?.[1] ?? 0), 0),
  );
  expect(minutes).toBe(45);
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('heading', { name: 'Phiếu bài tập' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Tiến trình' })).toBeVisible();
  await expect(page.getByText('Đáp án (cho thầy cô)')).toBeHidden();
});
