import { expect, test } from './fixtures.ts';

const visibleCommunes = (page: import('@playwright/test').Page) =>
  page.locator('[data-commune]:visible').evaluateAll((sections) => sections.map((s) => (s as HTMLElement).dataset.commune));

test.describe('testing locator on a phone', () => {
  test.beforeEach(async ({ page }) => {
    await page.goto('/xet-nghiem-hiv/');
    await expect(page.getByRole('region', { name: 'Tìm điểm gần nơi bạn sống' })).toBeVisible();
  });

  test('an old ward name typed without tone marks finds the new ward and says so', async ({ page }) => {
    await page.getByLabel('Xã, phường của bạn').fill('him lam');
    await expect.poll(() => visibleCommunes(page)).toEqual(['dien-bien-phu']);
    await expect(page.getByRole('status').filter({ hasText: 'nay thuộc' })).toContainText('phường Điện Biên Phủ');
    await expect(page.locator('[data-commune="dien-bien-phu"] a[href="/xet-nghiem-hiv/tram-y-te-dien-bien-phu/"]')).toBeVisible();
  });

  test('an old town typed with its prefix goes to the commune it merged into, not its namesake', async ({ page }) => {
    await page.getByLabel('Xã, phường của bạn').fill('thi tran muong cha');
    await expect.poll(async () => (await visibleCommunes(page))[0]).toBe('na-sang');
  });

  test('a name shared by a new commune and an old town says where the town is now', async ({ page }) => {
    await page.getByLabel('Xã, phường của bạn').fill('Mường Chà');
    await expect.poll(() => visibleCommunes(page)).toEqual(['muong-cha', 'na-sang']);
    await expect(page.getByRole('status').filter({ hasText: 'nay thuộc' })).toContainText('“thị trấn Mường Chà” nay thuộc xã Na Sang.');
  });

  test('a new name with d for đ, in capitals', async ({ page }) => {
    await page.getByLabel('Xã, phường của bạn').fill('MUONG ANG');
    await expect.poll(() => visibleCommunes(page)).toEqual(['muong-ang']);
  });

  test('a former district lists every new commune that took part of it', async ({ page }) => {
    await page.getByLabel('Xã, phường của bạn').fill('huyen tua chua');
    await expect.poll(async () => (await visibleCommunes(page)).sort()).toEqual(['sang-nhe', 'sin-chai', 'sinh-phinh', 'tua-chua', 'tua-thang']);
    await expect(page.getByRole('status').filter({ hasText: 'Địa bàn huyện Tủa Chùa cũ nay thuộc' })).toBeVisible();
  });

  test('"huyện Điện Biên" is not confused with Điện Biên Đông or Điện Biên Phủ', async ({ page }) => {
    await page.getByLabel('Xã, phường của bạn').fill('Huyện Điện Biên');
    await expect.poll(async () => (await visibleCommunes(page)).length).toBe(8);
    const shown = await visibleCommunes(page);
    expect(shown).toContain('muong-thanh');
    expect(shown).not.toContain('na-son');
    expect(shown).not.toContain('dien-bien-phu');
  });

  test('filtering by service keeps only the points that offer it', async ({ page }) => {
    await page.getByRole('checkbox', { name: 'Methadone' }).check();
    await expect.poll(() => visibleCommunes(page)).toEqual(['sang-nhe']);
    await page.getByRole('checkbox', { name: 'Methadone' }).uncheck();
    await expect.poll(async () => (await visibleCommunes(page)).length).toBe(45);
  });

  test('a name that matches nothing says so', async ({ page }) => {
    await page.getByLabel('Xã, phường của bạn').fill('xyz khong co');
    await expect(page.getByRole('status').filter({ hasText: 'Không tìm thấy' })).toBeVisible();
    await expect.poll(() => visibleCommunes(page)).toEqual([]);
  });

  test('the place names load only when someone types, and a failed load can be retried by typing on', async ({ page }) => {
    const requests: string[] = [];
    page.on('request', (request) => requests.push(new URL(request.url()).pathname));
    let online = false;
    await page.route('**/xet-nghiem-hiv/dia-danh.json', (route) => (online ? route.continue() : route.abort()));
    await page.reload();
    await page.waitForLoadState('networkidle');
    expect(requests).not.toContain('/xet-nghiem-hiv/dia-danh.json');
    const box = page.getByLabel('Xã, phường của bạn');
    await box.fill('nam v');
    const status = page.locator('[data-locator-status]');
    await expect(status).toContainText('Chưa tải được danh sách tên xã, phường');
    // The full list is still there to read.
    await expect.poll(async () => (await visibleCommunes(page)).length).toBe(45);
    online = true;
    await box.pressSequentially('i');
    await expect.poll(() => visibleCommunes(page)).toEqual(['muong-nhe']);
    await expect(status).toContainText('“xã Nậm Vì” nay thuộc xã Mường Nhé.');
  });

  test('"Gần tôi" is hidden while no point has coordinates', async ({ page }) => {
    await expect(page.getByRole('button', { name: /Gần tôi/ })).toHaveCount(0);
  });
});

test('each service point has its own page with verification and a way to report errors', async ({ page }) => {
  await page.goto('/xet-nghiem-hiv/tram-y-te-dien-bien-phu/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Trạm Y tế phường Điện Biên Phủ');
  await expect(page.locator('main')).toContainText('phường Him Lam');
  await expect(page.locator('[data-verification="unverified"]')).toContainText('Chưa xác minh');
  await expect(page.getByRole('link', { name: 'Báo thông tin sai' })).toHaveAttribute('href', '/lien-he/#bao-thong-tin-sai');
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the locator panel stays hidden and the full list is the locator', async ({ page }) => {
    await page.goto('/xet-nghiem-hiv/');
    await expect(page.locator('[data-locator]')).toBeHidden();
    await expect(page.locator('[data-commune]')).toHaveCount(45);
    await expect(page.locator('[data-site]')).toHaveCount(48);
    // Someone who knows only the old district can still scan for it.
    await expect(page.locator('[data-commune="sang-nhe"]')).toContainText('Trước đây thuộc: huyện Tủa Chùa, huyện Tuần Giáo.');
    await expect(page.locator('[data-commune="sang-nhe"]')).toContainText('xã Xá Nhè');
    await expect(page.getByRole('region', { name: 'Nguồn về tên cũ và huyện cũ' })).toContainText('Nghị quyết 1661/NQ-UBTVQH15');
  });
});
