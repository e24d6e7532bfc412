import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { deflateRawSync } from 'node:zlib';
import { test, expect } from './fixtures';
import {
  MATRICES,
  MatricesPage,
  TICKS,
  card,
  expandCard,
  itemKeys,
  otherBrowser,
  outline,
  platform,
  storedMatrices,
  storedTicks,
  type Profession,
} from './matrices.page';

// The /matrices page: one's own professions created, copied, edited, reordered, deleted with
// undo, exported, shared by link, within the limits; and how they show on the home page.
// Where the clicking is not the point, the profession is put into storage instead.

async function expectNoViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  const summary = results.violations.map((v) => ({
    id: v.id,
    impact: v.impact,
    targets: v.nodes.map((n) => n.target.join(' ')),
  }));
  expect(summary).toEqual([]);
}

/** Whether the page scrolls sideways, and by how much. */
const sidewaysScroll = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

/** The values of text fields, in order. */
const values = (fields: Locator) =>
  fields.evaluateAll((all) => all.map((field) => (field as HTMLTextAreaElement).value));

/** The id of the profession the editor has open. */
const editedId = (page: Page) => new URL(page.url()).searchParams.get('edit') ?? '';

test('a matrix is created by name and built in the editor; everything typed survives a reload', async ({ app, page }) => {
  const m = new MatricesPage(app);
  await m.openList();
  await expect(page.getByTestId('own-matrix')).toHaveCount(0);

  // No name, or only spaces: a message next to the field, and nothing is created.
  const name = page.locator('#matrix-new-name');
  const nameError = page.locator('#matrix-new-name-error');
  for (const typed of ['', '   ']) {
    await name.fill(typed);
    await page.getByTestId('matrix-create').click();
    await expect(nameError).toContainText('Заполните это поле.');
    await expect(name).toHaveAttribute('aria-invalid', 'true');
    await expect(name).toBeFocused();
  }
  await expect(page.getByTestId('matrix-editor')).toHaveCount(0);
  expect(await m.stored()).toEqual([]);

  await name.fill('Команда платформы');
  await expect(nameError).toHaveCount(0);
  await page.getByTestId('matrix-create').click();
  await expect(page.getByTestId('matrix-editor')).toBeVisible();
  const id = editedId(page);
  expect(id).not.toBe('');
  await expect(page.locator('#ed-name')).toHaveValue('Команда платформы');
  await page.locator('#ed-summary').fill('Те, кто держит платформу');
  await page.locator('#ed-stack').fill('Python, PostgreSQL');

  await page.getByTestId('editor-add-grade').click();
  await page.getByTestId('editor-add-grade').click();
  await expect(page.getByTestId('editor-grade')).toHaveCount(2);
  const [first, second] = (await m.gradeIds()) as string[];
  // A new grade's title takes the focus, ready to be named.
  await expect(m.byId(`ed-${second}-title`)).toBeFocused();
  await m.byId(`ed-${first}-title`).fill('Стажёр');
  await m.byId(`ed-${second}-title`).fill('Младший');

  await m.byId(`ed-${first}-add-group`).click();
  const group = m.byId(`ed-${first}`).getByTestId('editor-group');
  await expect(group).toHaveCount(1);
  const groupId = ((await group.getAttribute('id')) ?? '').split('--')[1];
  await expect(m.byId(`ed-${first}--${groupId}-title`)).toBeFocused();
  await page.keyboard.type('Hard Skills');
  const texts = ['Пишет тесты к своему коду', 'Читает логи', 'Знает, когда нужен индекс'];
  for (const text of texts) {
    await group.getByTestId('editor-add-item').click();
    // The new item's text takes the focus: typing goes straight into it.
    await expect(group.getByTestId('editor-item').last().locator('textarea')).toBeFocused();
    await page.keyboard.type(text);
  }

  const built: Profession = {
    id,
    name: 'Команда платформы',
    summary: 'Те, кто держит платформу',
    stack: ['Python', 'PostgreSQL'],
    grades: [
      {
        id: first,
        title: 'Стажёр',
        groups: [
          { id: groupId, title: 'Hard Skills', items: texts.map((text, at) => ({ id: String(at + 1), text })) },
        ],
      },
      { id: second, title: 'Младший', groups: [] },
    ],
  };
  await expect.poll(() => m.stored()).toEqual([built]);

  await app.reload();
  await expect(page.locator('#ed-name')).toHaveValue('Команда платформы');
  await expect(page.locator('#ed-summary')).toHaveValue('Те, кто держит платформу');
  await expect(page.locator('#ed-stack')).toHaveValue('Python, PostgreSQL');
  await expect(m.byId(`ed-${first}-title`)).toHaveValue('Стажёр');
  await expect(m.byId(`ed-${second}-title`)).toHaveValue('Младший');
  await expect(m.byId(`ed-${first}--${groupId}-title`)).toHaveValue('Hard Skills');
  await expect.poll(() => values(group.getByTestId('editor-item').locator('textarea'))).toEqual(texts);
  expect(await m.stored()).toEqual([built]);

  await page.getByTestId('matrix-back').click();
  await expect(m.row(id)).toContainText('Команда платформы');
  await expect(m.row(id)).toContainText('Грейдов: 2 · навыков: 3');
});

test('a copy of a built-in profession is one of yours on the home page with all its grades; the original stays as it was', async ({
  app,
  page,
}) => {
  await app.open('./');
  const original = card(page, 'python-developer');
  await expect(original).toHaveAttribute('data-origin', 'builtin');
  const chips = await original.locator('.chips li').allInnerTexts();
  expect(chips.length).toBeGreaterThan(1);
  await expandCard(page, 'python-developer');
  const originalKeys = (await itemKeys(original)) as string[];
  const originalTexts = await original.locator('.skill label').allInnerTexts();

  const m = new MatricesPage(app);
  await m.openList();
  await page.locator('#matrix-copy-source').selectOption('python-developer');
  await page.getByTestId('matrix-copy').click();
  await expect(page.getByTestId('matrix-editor')).toBeVisible();
  const id = editedId(page);
  expect(id).not.toBe('python-developer');
  await expect(page.locator('#ed-name')).toHaveValue('Python-разработчик (копия)');
  await expect(page.getByTestId('editor-grade')).toHaveCount(chips.length);

  await app.open('./');
  const copy = card(page, id);
  await expect(copy).toHaveAttribute('data-origin', 'own');
  await expect(copy.getByRole('heading', { level: 2 })).toHaveText('Python-разработчик (копия)');
  await expect(copy.locator('.chips li')).toHaveText(chips);
  await expandCard(page, id);
  expect(await itemKeys(copy)).toEqual(originalKeys.map((key) => key.replace(/^python-developer\//, `${id}/`)));
  await expect(copy.locator('.skill label')).toHaveText(originalTexts);

  await expect(original).toHaveAttribute('data-origin', 'builtin');
  await expect(original.getByRole('heading', { level: 2 })).toHaveText('Python-разработчик');
  await expect(original.locator('.chips li')).toHaveText(chips);
  await expandCard(page, 'python-developer');
  expect(await itemKeys(original)).toEqual(originalKeys);
  await expect(original.locator('.skill label')).toHaveText(originalTexts);
});

test('a tick on an own item survives a reload, and stays on the item when its text is edited', async ({ app, page }) => {
  await app.startWith({ [MATRICES]: storedMatrices(platform()) });
  const m = new MatricesPage(app);
  const key = 'platform/junior/hard/2';
  const box = page.locator(`input[data-item-key="${key}"]`);
  const label = page.locator('.skill label', { has: box });

  await app.open('./');
  await expandCard(page, 'platform');
  await expect(label).toHaveText('Читает логи');
  await box.check();
  await app.reload();
  await expandCard(page, 'platform');
  await expect(box).toBeChecked();
  expect(await m.storedTicks()).toEqual([key]);

  await m.openEditor('platform');
  await m.itemText('junior', 'hard', '2').fill('Читает логи и метрики');
  await expect.poll(async () => (await m.stored())[0].grades[0].groups[0].items[1]).toEqual({
    id: '2',
    text: 'Читает логи и метрики',
  });

  await app.open('./');
  await expandCard(page, 'platform');
  await expect(label).toHaveText('Читает логи и метрики');
  await expect(box).toBeChecked();
  await expect(card(page, 'platform').locator('input[data-item-key]:checked')).toHaveCount(1);
  expect(await m.storedTicks()).toEqual([key]);
});

test('items move by keyboard and by dragging, grades by button; ticks stay on their items', async ({ app, page }) => {
  const tick = 'platform/junior/hard/1';
  await app.startWith({ [MATRICES]: storedMatrices(platform()), [TICKS]: storedTicks(tick) });
  const m = new MatricesPage(app);
  await m.openEditor('platform');
  expect(await m.itemIds('junior', 'hard')).toEqual(['1', '2', '3']);

  // Keyboard only: Enter, then Space, on the item's "down" button.
  await m.byId('ed-junior--hard--1-down').focus();
  await page.keyboard.press('Enter');
  await expect.poll(() => m.itemIds('junior', 'hard')).toEqual(['2', '1', '3']);
  await expect(m.byId('ed-junior--hard--1-down')).toBeFocused();
  await page.keyboard.press('Space');
  await expect.poll(() => m.itemIds('junior', 'hard')).toEqual(['2', '3', '1']);
  // Now last, its "down" is disabled: focus is on its "up".
  await expect(m.byId('ed-junior--hard--1-down')).toBeDisabled();
  await expect(m.byId('ed-junior--hard--1-up')).toBeFocused();
  await expect(page.getByRole('status').filter({ hasText: 'теперь 3 из 3' })).toHaveCount(1);
  await expect(m.itemText('junior', 'hard', '1')).toHaveValue('Пишет тесты');
  await expect
    .poll(async () => (await m.stored())[0].grades[0].groups[0].items.map((i) => i.id))
    .toEqual(['2', '3', '1']);
  expect(await m.storedTicks()).toEqual([tick]);

  // A grade up by its button.
  await m.byId('ed-middle-up').click();
  await expect.poll(() => m.gradeIds()).toEqual(['middle', 'junior']);
  await expect(m.byId('ed-middle-down')).toBeFocused();
  await expect.poll(async () => (await m.stored())[0].grades.map((g) => g.id)).toEqual(['middle', 'junior']);

  // The mouse: item 1 dragged by its handle onto item 2, the first, takes its place.
  await m.item('junior', 'hard', '1').locator('.editor-item__handle').dragTo(m.item('junior', 'hard', '2'));
  await expect.poll(() => m.itemIds('junior', 'hard')).toEqual(['1', '2', '3']);
  await expect
    .poll(async () => (await m.stored())[0].grades[1].groups[0].items)
    .toEqual(platform().grades[0].groups[0].items);
  // Dropped over a text area: no text was dropped into it.
  await expect.poll(() => values(m.byId('ed-junior--hard').locator('textarea[id$="-text"]'))).toEqual([
    'Пишет тесты',
    'Читает логи',
    'Знает SQL',
  ]);

  // One more move, so that the home page has an order to show other than the first.
  await m.byId('ed-junior--hard--1-down').focus();
  await page.keyboard.press('Enter');
  await expect.poll(() => m.itemIds('junior', 'hard')).toEqual(['2', '1', '3']);
  await app.open('./');
  const platformCard = await expandCard(page, 'platform');
  expect(await itemKeys(platformCard)).toEqual([
    'platform/middle/hard/1',
    'platform/junior/hard/2',
    'platform/junior/hard/1',
    'platform/junior/hard/3',
  ]);
  await expect(page.locator(`input[data-item-key="${tick}"]`)).toBeChecked();
  await expect(page.locator('.skill label', { has: page.locator(`input[data-item-key="${tick}"]`) })).toHaveText(
    'Пишет тесты',
  );
  expect(await m.storedTicks()).toEqual([tick]);
});

test('removing an item removes its tick; removing a grade with items asks first', async ({ app, page }) => {
  const builtinTick = 'python-developer/junior/hard/2';
  await app.startWith({
    [MATRICES]: storedMatrices(platform()),
    [TICKS]: storedTicks('platform/junior/hard/2', 'platform/middle/hard/1', builtinTick),
  });
  const m = new MatricesPage(app);
  await m.openEditor('platform');

  await m.byId('ed-junior--hard--2-remove').click();
  await expect.poll(() => m.itemIds('junior', 'hard')).toEqual(['1', '3']);
  await expect(m.byId('ed-junior--hard-add-item')).toBeFocused();
  await expect.poll(() => m.storedTicks()).toEqual(['platform/middle/hard/1', builtinTick]);

  const dialog = page.getByRole('dialog', { name: 'Удалить: грейд «Мидл»' });
  await m.byId('ed-middle-remove').click();
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Отмена' })).toBeFocused();
  await dialog.getByRole('button', { name: 'Отмена' }).click();
  await expect(dialog).toBeHidden();
  await expect(m.byId('ed-middle-remove')).toBeFocused();
  expect(await m.gradeIds()).toEqual(['junior', 'middle']);
  expect((await m.stored())[0].grades).toHaveLength(2);
  expect(await m.storedTicks()).toEqual(['platform/middle/hard/1', builtinTick]);

  await m.byId('ed-middle-remove').click();
  await dialog.getByRole('button', { name: 'Удалить', exact: true }).click();
  await expect(dialog).toBeHidden();
  await expect.poll(() => m.gradeIds()).toEqual(['junior']);
  await expect.poll(async () => (await m.stored())[0].grades.map((g) => g.id)).toEqual(['junior']);
  expect(await m.storedTicks()).toEqual([builtinTick]);

  // An empty grade goes without asking.
  await page.getByTestId('editor-add-grade').click();
  await expect(page.getByTestId('editor-grade')).toHaveCount(2);
  const [, empty] = (await m.gradeIds()) as string[];
  await m.byId(`ed-${empty}-remove`).click();
  await expect(page.getByTestId('editor-grade')).toHaveCount(1);
  await expect(page.getByRole('dialog')).toHaveCount(0);
});

test('a deleted profession leaves the list, the home page, its ticks and evidence; undo brings all of them back', async ({
  app,
  page,
}) => {
  const ticks = ['platform/junior/hard/1', 'platform/middle/hard/1', 'python-developer/junior/hard/2'];
  const evidence = {
    'platform/junior/hard/1': { note: 'Своя платформа' },
    'python-developer/junior/hard/2': { note: 'Встроенная профессия' },
  };
  const storedEvidence = async () =>
    JSON.parse((await page.evaluate(() => localStorage.getItem('grades.evidence'))) ?? 'null')?.data?.items;
  await app.startWith({
    [MATRICES]: storedMatrices(platform()),
    [TICKS]: storedTicks(...ticks),
    'grades.evidence': JSON.stringify({ v: 1, data: { items: evidence } }),
  });
  const m = new MatricesPage(app);
  await m.openList();
  const home = await app.newTab();
  await home.open('./');
  await expect(card(home.page, 'platform')).toHaveAttribute('data-origin', 'own');

  await m.row('platform').getByTestId('matrix-delete').click();
  const dialog = page.getByRole('dialog', { name: 'Удалить «Платформа»?' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Удалить', exact: true }).click();
  await expect(m.row('platform')).toHaveCount(0);
  await expect(page.getByRole('status').filter({ hasText: 'Профессия «Платформа» удалена' })).toBeVisible();
  await expect(page.getByTestId('matrix-undo')).toBeFocused();
  await expect.poll(() => m.stored()).toEqual([]);
  expect(await m.storedTicks()).toEqual(['python-developer/junior/hard/2']);
  expect(await storedEvidence()).toEqual({ 'python-developer/junior/hard/2': evidence['python-developer/junior/hard/2'] });
  await home.reload();
  await expect(card(home.page, 'python-developer')).toBeVisible();
  await expect(card(home.page, 'platform')).toHaveCount(0);

  await page.getByTestId('matrix-undo').click();
  await expect(m.row('platform')).toBeVisible();
  await expect(page.getByTestId('matrix-undo')).toHaveCount(0);
  await expect.poll(() => m.stored()).toEqual([platform()]);
  expect(await m.storedTicks()).toEqual(ticks);
  expect(await storedEvidence()).toEqual(evidence);
  await home.reload();
  await expect(card(home.page, 'platform')).toHaveAttribute('data-origin', 'own');
  await expandCard(home.page, 'platform');
  await expect(home.page.locator('input[data-item-key="platform/junior/hard/1"]')).toBeChecked();
  await expect(home.page.locator('input[data-item-key="platform/middle/hard/1"]')).toBeChecked();
  await home.page.close();
});

test('a profession downloads as a JSON matrix file with its grades, groups and items', async ({ app, page }) => {
  await app.startWith({ [MATRICES]: storedMatrices(platform()) });
  const m = new MatricesPage(app);
  await m.openList();
  const downloading = page.waitForEvent('download');
  await m.row('platform').getByTestId('matrix-export').click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('platform.json');
  const file = JSON.parse(await readFile(await download.path(), 'utf8'));
  expect(file).toMatchObject({ format: 'grades-matrix', version: 1 });
  expect(file.professions).toHaveLength(1);
  expect(file.professions[0]).toMatchObject({ id: 'platform', name: 'Платформа' });
  expect(outline(file.professions[0])).toEqual(outline(platform()));
});

test('an exported file imports on a fresh browser with the same grades, groups and items', async ({
  app,
  page,
  browser,
  baseURL,
}) => {
  await app.startWith({ [MATRICES]: storedMatrices(platform()) });
  const m = new MatricesPage(app);
  await m.openList();
  const downloading = page.waitForEvent('download');
  await m.row('platform').getByTestId('matrix-export').click();
  const path = await (await downloading).path();

  const other = await otherBrowser(browser, baseURL);
  const there = new MatricesPage(other.app);
  await there.openList();
  await other.page.getByTestId('matrix-import-file').setInputFiles(path);
  await expect(other.page.getByTestId('matrix-import-preview')).toContainText('Платформа');
  expect(await there.stored()).toEqual([]);
  await other.page.getByTestId('matrix-import-confirm').click();
  await expect(there.row('platform')).toBeVisible();
  const imported = await there.stored();
  expect(imported).toHaveLength(1);
  expect(imported[0]).toMatchObject({ id: 'platform', name: 'Платформа' });
  expect(outline(imported[0])).toEqual(outline(platform()));
  await other.close();
});

test('a share link opens read-only in another browser and adds the profession there', async ({
  app,
  page,
  browser,
  baseURL,
}) => {
  await app.startWith({ [MATRICES]: storedMatrices(platform()) });
  const m = new MatricesPage(app);
  await m.openList();
  await m.row('platform').getByTestId('matrix-share').click();
  await expect(m.row('platform').getByTestId('matrix-share')).toHaveAttribute('aria-expanded', 'true');
  const field = page.getByTestId('matrix-share-link');
  await expect(field).toHaveValue(/\?m=/);
  const link = await field.inputValue();
  expect(link.startsWith(new URL('matrices?m=', baseURL).href)).toBe(true);

  const other = await otherBrowser(browser, baseURL);
  await other.app.open(link);
  const shown = other.page.getByTestId('matrix-link-profession');
  await expect(shown).toHaveCount(1);
  await expect(shown).toHaveAttribute('data-profession-id', 'platform');
  await expect(shown.getByRole('heading', { level: 3 })).toHaveText('Платформа');
  await expect(shown.getByRole('heading', { level: 4 })).toHaveText(['Джун', 'Мидл']);
  await expect(shown.getByRole('listitem')).toHaveText(['Пишет тесты', 'Читает логи', 'Знает SQL', 'Проектирует API']);
  // Read-only: nothing in it to type into, and nothing stored until asked.
  await expect(other.page.getByTestId('matrix-link').locator('input, textarea')).toHaveCount(0);
  expect(await other.page.evaluate((key) => localStorage.getItem(key), MATRICES)).toBeNull();

  await other.page.getByTestId('matrix-link-add').click();
  await expect(other.page.getByTestId('matrix-link-added')).toContainText('Платформа');
  await other.app.open('./');
  await expect(card(other.page, 'platform')).toHaveAttribute('data-origin', 'own');
  await expandCard(other.page, 'platform');
  expect(await itemKeys(card(other.page, 'platform'))).toEqual([
    'platform/junior/hard/1',
    'platform/junior/hard/2',
    'platform/junior/hard/3',
    'platform/middle/hard/1',
  ]);
  await other.close();

  // A link cut in half, one that is not even percent-encoded, one that is not deflate, and one
  // of JSON that is not a matrix: each says so.
  const payload = link.slice(link.indexOf('?m=') + 3);
  const broken = [
    link.slice(0, link.length - Math.ceil(payload.length / 2)),
    'matrices?m=%%%',
    `matrices?m=${Buffer.from('not deflate at all').toString('base64url')}`,
    `matrices?m=${deflateRawSync('{"hello": 1}').toString('base64url')}`,
  ];
  for (const address of broken) {
    await app.open(address);
    await expect(page.getByTestId('matrix-link-error'), address).toBeVisible();
    await expect(page.getByTestId('matrix-link-add')).toHaveCount(0);
  }
  // A few kilobytes that inflate past 1 MiB: refused as too large, not inflated whole.
  const bomb = deflateRawSync(Buffer.alloc(2 * 1024 * 1024, ' ')).toString('base64url');
  await app.open(`matrices?m=${bomb}`);
  await expect(page.getByTestId('matrix-link-error')).toContainText('1 МиБ');
  expect(await m.stored()).toEqual([platform()]);
});

test('a matrix with an empty item is neither shared nor exported, and the page says why', async ({ app, page }) => {
  const draft = platform();
  draft.grades[0].groups[0].items[1].text = '';
  await app.startWith({ [MATRICES]: storedMatrices(draft) });
  const downloads: string[] = [];
  page.on('download', (download) => downloads.push(download.suggestedFilename()));
  const m = new MatricesPage(app);
  await m.openList();

  await m.row('platform').getByTestId('matrix-share').click();
  await expect(page.getByTestId('matrix-share-refused')).toContainText('Сначала поправьте матрицу в редакторе');
  await expect(page.getByTestId('matrix-share-link')).toHaveCount(0);

  await m.row('platform').getByTestId('matrix-export').click();
  await expect(page.getByTestId('matrix-export-error')).toContainText('Сначала поправьте матрицу в редакторе');
  await m.row('platform').getByTestId('matrix-export-csv').click();
  await expect(page.getByTestId('matrix-export-error')).toBeVisible();
  expect(downloads).toEqual([]);
});

test('the 21st grade is refused with a message', async ({ app, page }) => {
  const crowded: Profession = {
    id: 'ladder',
    name: 'Длинная лестница',
    grades: Array.from({ length: 20 }, (_, at) => ({ id: `g${at + 1}`, title: `Ступень ${at + 1}`, groups: [] })),
  };
  await app.startWith({ [MATRICES]: storedMatrices(crowded) });
  const m = new MatricesPage(app);
  await m.openEditor('ladder');
  await expect(page.getByTestId('editor-grade')).toHaveCount(20);

  await page.getByTestId('editor-add-grade').click();
  const limit = page.getByRole('alert').filter({ hasText: 'В профессии может быть не больше 20 грейдов.' });
  await expect(limit).toBeVisible();
  await expect(page.getByTestId('editor-grade')).toHaveCount(20);
  expect((await m.stored())[0].grades).toHaveLength(20);

  // One fewer, and a grade can be added again.
  await m.byId('ed-g20-remove').click();
  await page.getByTestId('editor-add-grade').click();
  await expect(limit).toHaveCount(0);
  await expect(page.getByTestId('editor-grade')).toHaveCount(20);
  await expect.poll(async () => (await m.stored())[0].grades.at(-1)?.title).toBe('Новый грейд');
});

test('the list with share panels open and the delete dialog have no axe violations', async ({ app, page }) => {
  const draft: Profession = { ...platform(), id: 'draft', name: 'Черновик' };
  draft.grades[0].groups[0].items[1].text = '';
  await app.startWith({ [MATRICES]: storedMatrices(platform(), draft) });
  const m = new MatricesPage(app);
  await m.openList();
  await m.row('platform').getByTestId('matrix-share').click();
  await expect(page.getByTestId('matrix-share-link')).toHaveValue(/\?m=/);
  await expectNoViolations(page);
  // The refusals too.
  await m.row('draft').getByTestId('matrix-share').click();
  await m.row('draft').getByTestId('matrix-export').click();
  await expect(page.getByTestId('matrix-share-refused')).toBeVisible();
  await expect(page.getByTestId('matrix-export-error')).toBeVisible();
  await expectNoViolations(page);

  await m.row('platform').getByTestId('matrix-delete').click();
  await expect(page.getByRole('dialog', { name: 'Удалить «Платформа»?' })).toBeVisible();
  await expectNoViolations(page);
});

test('the editor with a field message has no axe violations', async ({ app, page }) => {
  await app.startWith({ [MATRICES]: storedMatrices(platform()) });
  const m = new MatricesPage(app);
  await m.openEditor('platform');
  await page.locator('#ed-name').fill('');
  await expect(page.locator('#ed-name-error')).toContainText('Заполните это поле.');
  await m.itemText('junior', 'hard', '2').fill('');
  await expect(m.byId('ed-junior--hard--2-text-error')).toContainText('Заполните это поле.');
  await expectNoViolations(page);
});

test('a matrix opened from a link, and a broken link, have no axe violations', async ({ app, page, browser, baseURL }) => {
  await app.startWith({ [MATRICES]: storedMatrices(platform()) });
  const m = new MatricesPage(app);
  await m.openList();
  await m.row('platform').getByTestId('matrix-share').click();
  await expect(page.getByTestId('matrix-share-link')).toHaveValue(/\?m=/);
  const link = await page.getByTestId('matrix-share-link').inputValue();

  const other = await otherBrowser(browser, baseURL);
  await other.app.open(link);
  await expect(other.page.getByTestId('matrix-link-profession')).toBeVisible();
  await expectNoViolations(other.page);
  await other.page.getByTestId('matrix-link-add').click();
  await expect(other.page.getByTestId('matrix-link-added')).toBeVisible();
  await expectNoViolations(other.page);
  await other.app.open('matrices?m=%%%');
  await expect(other.page.getByTestId('matrix-link-error')).toBeVisible();
  await expectNoViolations(other.page);
  await other.close();
});

test('on a phone the list and the editor do not scroll sideways', async ({ app, page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  const long = platform();
  long.name = 'Платформа учёта заявок и платежей для региональных отделений';
  long.grades[0].groups[0].items[0].text =
    'Пишет модульные и интеграционные тесты к своему коду, следит за их скоростью и покрытием';
  const draft: Profession = { ...platform(), id: 'draft', name: 'Черновик' };
  draft.grades[0].groups[0].items[1].text = '';
  await app.startWith({ [MATRICES]: storedMatrices(long, draft) });
  const m = new MatricesPage(app);
  await m.openList();
  await m.row('platform').getByTestId('matrix-share').click();
  await expect(page.getByTestId('matrix-share-link')).toHaveValue(/\?m=/);
  expect(await sidewaysScroll(page)).toBe(0);
  // What the draft lacks is named by its place in the file, a long word with no space in it.
  await m.row('draft').getByTestId('matrix-share').click();
  await expect(page.getByTestId('matrix-share-refused')).toContainText('навык 2 группы 1');
  await m.row('draft').getByTestId('matrix-export').click();
  await expect(page.getByTestId('matrix-export-error')).toContainText('навык 2 группы 1');
  expect(await sidewaysScroll(page)).toBe(0);

  await m.openEditor('platform');
  await m.itemText('junior', 'hard', '2').fill('');
  await expect(m.byId('ed-junior--hard--2-text-error')).toBeVisible();
  expect(await sidewaysScroll(page)).toBe(0);
});

test('the profile export carries your matrices, and importing it brings them back', async ({ app, page }) => {
  const values = { [MATRICES]: storedMatrices(platform()), [TICKS]: storedTicks('platform/junior/hard/1') };
  await app.startWith(values);
  const m = new MatricesPage(app);

  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Скачать данные' }).click();
  const download = await downloading;
  const file = JSON.parse(await readFile(await download.path(), 'utf8'));
  expect(file.keys[MATRICES]).toEqual(JSON.parse(values[MATRICES]));

  await page.getByRole('button', { name: 'Удалить все данные…' }).click();
  const reset = page.getByRole('dialog', { name: 'Удалить все данные?' });
  await reset.getByRole('button', { name: 'Удалить', exact: true }).click();
  await expect(page.getByTestId('notice')).toContainText('Все данные удалены');
  expect(await m.stored()).toEqual([]);

  await page.getByLabel('Файл экспорта').setInputFiles(await download.path());
  const preview = page.getByRole('dialog', { name: 'Заменить данные из файла?' });
  await expect(preview.getByRole('row', { name: /Мои матрицы/ })).toContainText('профессий: 1');
  await preview.getByRole('button', { name: 'Заменить данные' }).click();
  await expect(page.getByTestId('notice')).toContainText('Данные импортированы');
  expect(await m.stored()).toEqual([platform()]);

  await app.open('./');
  await expect(card(page, 'platform')).toHaveAttribute('data-origin', 'own');
  await expandCard(page, 'platform');
  await expect(page.locator('input[data-item-key="platform/junior/hard/1"]')).toBeChecked();
});
