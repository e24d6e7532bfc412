import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { test, expect, type App } from './fixtures';
import { HomePage } from './home.page';
import { ProfilePage } from './profile.page';
import { MATRICES, TICKS, platform, storedMatrices, storedTicks } from './matrices.page';

// The development plan (docs/rules.md#plan): the unticked items up to the profile's target
// grade, the progress towards it, and its two prints, the plan and the evidence packet.

const PROFILE = 'grades.profile';
const NAME = 'Python-разработчик (расширенная матрица)';
const EVIDENCE = 'grades.evidence';

/** The built-in matrix file as shipped: grade ids are levels, item ids their positions from 1. */
interface FileGrade {
  level: string;
  title: string;
  skill_groups?: { id: string; items: string[] }[];
}
const extended: { id: string; grades: FileGrade[] } = JSON.parse(
  readFileSync(new URL('../../../assets/matrices/001_python_developer_extended.json', import.meta.url), 'utf8'),
)[0];

/** Every item key of the grades up to `target`, ladder order. */
function keysUpTo(profession: { id: string; grades: FileGrade[] }, target: string): string[] {
  const last = profession.grades.findIndex((g) => g.level === target);
  expect(last).toBeGreaterThanOrEqual(0);
  return profession.grades
    .slice(0, last + 1)
    .flatMap((grade) =>
      (grade.skill_groups ?? []).flatMap((group) =>
        group.items.map((_, at) => `${profession.id}/${grade.level}/${group.id}/${at + 1}`),
      ),
    );
}

const storedProfile = (data: Record<string, unknown>) => JSON.stringify({ v: 1, data });

async function expectNoViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  const summary = results.violations.map((v) => ({ id: v.id, targets: v.nodes.map((n) => n.target.join(' ')) }));
  expect(summary).toEqual([]);
}

const planKeys = (page: Page) =>
  page.getByTestId('plan-item').evaluateAll((items) => items.map((i) => i.getAttribute('data-item-key')));

function planItem(page: Page, key: string): Locator {
  return page.locator(`[data-testid=plan-item][data-item-key="${key}"]`);
}

// A ticked item leaves the plan at once, so its checkbox is clicked rather than `check()`ed,
// which waits to see it checked.
async function openPlan(app: App) {
  await app.open('plan');
  await expect(app.page.getByRole('heading', { level: 1 })).toHaveText('План развития');
}

/** The local date as the app prints it. */
const today = (page: Page) =>
  page.evaluate(() => {
    const d = new Date();
    const pad = (n: number) => String(n).padStart(2, '0');
    return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
  });

// The extended Python developer towards Middle+: Junior nearly all ticked (10 of 11, reached),
// two Junior+ items ticked, one Middle+ item ticked and one more ticked on the home page.
const junior = keysUpTo(extended, 'junior');
const seeded = [...junior.slice(0, 10), 'python-developer-extended/junior+/soft/1', 'python-developer-extended/junior+/hard/1', 'python-developer-extended/middle+/soft/2'];
const onHome = 'python-developer-extended/middle+/hard/1';
const evidence = JSON.stringify({
  v: 1,
  data: {
    items: {
      'python-developer-extended/middle+/soft/1': { note: 'Веду планирование спринта', date: '2026-09-01' },
      'python-developer-extended/middle+/soft/2': {
        note: 'Ревью <b>архитектуры</b> сервиса',
        links: ['https://example.com/adr/7'],
        date: '2026-10-12',
      },
    },
  },
});

async function startExtended(app: App) {
  await app.startWith({
    [PROFILE]: storedProfile({
      name: 'Анна Петрова',
      profession: 'python-developer-extended',
      current_grade: 'junior',
      target_grade: 'middle+',
    }),
    [TICKS]: storedTicks(...seeded),
    [EVIDENCE]: evidence,
  });
}

test('the plan lists exactly the unticked items up to the target, with evidence and progress', async ({ app, page }) => {
  await startExtended(app);
  // One more tick, on the home page.
  const home = new HomePage(app);
  await home.open();
  const card = await home.expand(NAME);
  await card.locator(`input[data-item-key="${onHome}"]`).check();

  await openPlan(app);
  const ticked = new Set([...seeded, onHome]);
  const expected = keysUpTo(extended, 'middle+').filter((key) => !ticked.has(key));
  expect(await planKeys(page)).toEqual(expected);
  await expect(page.getByTestId('plan-gap-count')).toHaveText(`(${expected.length})`);

  // Grouped by grade, then group; each grade up to the target with its progress.
  await expect(page.getByTestId('plan-gap-grade')).toHaveCount(3);
  const rows = page.getByTestId('plan-grade');
  await expect(rows).toHaveCount(3);
  await expect(rows.nth(0)).toHaveAttribute('data-reached', 'true');
  await expect(rows.nth(0)).toContainText('10 из 11 (90 %)');
  await expect(rows.nth(0)).toContainText('достигнут');
  await expect(rows.nth(1)).toHaveAttribute('data-reached', 'false');
  await expect(rows.nth(2)).toHaveAttribute('data-grade-id', 'middle+');
  const total = keysUpTo(extended, 'middle+').length;
  await expect(page.getByTestId('plan-overall')).toHaveAttribute('data-ticked', String(ticked.size));
  await expect(page.getByTestId('plan-overall')).toHaveAttribute('data-total', String(total));
  await expect(page.getByTestId('plan-status')).toHaveAttribute('data-reached', 'false');
  await expect(page.getByTestId('plan-status')).toContainText(`Осталось отметить пунктов: ${expected.length}`);

  // The evidence of an item left is shown as text, with its link.
  const withNote = planItem(page, 'python-developer-extended/middle+/soft/1');
  await expect(withNote.getByTestId('evidence')).toContainText('Веду планирование спринта');
  await expectNoViolations(page);

  // Ticking here ticks the same item everywhere; it leaves the plan.
  const first = expected[0];
  await planItem(page, first).getByRole('checkbox').click();
  await expect(planItem(page, first)).toHaveCount(0);
  expect(await planKeys(page)).toEqual(expected.slice(1));
  const stored = JSON.parse((await page.evaluate((key) => localStorage.getItem(key), TICKS)) ?? 'null');
  expect(stored.data.ticked).toContain(first);
  // Eleven of eleven Junior items now.
  await expect(rows.nth(0)).toContainText('11 из 11 (100 %)');

  await page.getByRole('button', { name: 'EN', exact: true }).click();
  await expect(page.getByTestId('plan-status')).toContainText(`Items left to tick: ${expected.length - 1}`);
  await expectNoViolations(page);
});

test('keyboard only: tick an item and go on to the next one, add evidence from the plan', async ({ app, page }) => {
  await startExtended(app);
  await openPlan(app);
  const keys = (await planKeys(page)) as string[];
  const box = planItem(page, keys[0]).getByRole('checkbox');
  await box.focus();
  await page.keyboard.press('Space');
  await expect(planItem(page, keys[0])).toHaveCount(0);
  // Focus moves on to the next item left, not to the top of the page.
  await expect(planItem(page, keys[1]).getByRole('checkbox')).toBeFocused();

  // Tab reaches the item's evidence button; the editor opens, saves, and hands focus back.
  await page.keyboard.press('Tab');
  const open = planItem(page, keys[1]).getByTestId('evidence-open');
  await expect(open).toBeFocused();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Подтверждение навыка' });
  await expect(dialog.getByTestId('evidence-note')).toBeFocused();
  await page.keyboard.type('Разобрал инцидент с очередями');
  await dialog.getByTestId('evidence-save').press('Enter');
  await expect(dialog).toBeHidden();
  await expect(open).toBeFocused();
  await expect(planItem(page, keys[1]).getByTestId('evidence')).toContainText('Разобрал инцидент с очередями');

  // The last item: focus goes back to the one before it.
  const last = keys[keys.length - 1];
  await planItem(page, last).getByRole('checkbox').focus();
  await page.keyboard.press('Space');
  await expect(planItem(page, last)).toHaveCount(0);
  await expect(planItem(page, keys[keys.length - 2]).getByRole('checkbox')).toBeFocused();
});

test('without a choice the plan says so, and choosing on the plan writes the profile', async ({ app, page }) => {
  await openPlan(app);
  const choose = page.getByTestId('plan-choose');
  await expect(choose).toContainText('Выберите профессию');
  await expect(choose.getByRole('link', { name: 'Открыть профиль' })).toBeVisible();
  await expect(page.getByTestId('plan-item')).toHaveCount(0);
  await expect(page.getByTestId('plan-print')).toHaveCount(0);
  await expectNoViolations(page);

  await page.getByLabel('Профессия', { exact: true }).selectOption({ label: 'Python-разработчик' });
  await expect(choose).toContainText('Выберите целевой грейд');
  await page.getByLabel('Текущий грейд').selectOption('junior');
  await page.getByLabel('Целевой грейд').selectOption('senior');
  await expect(choose).toHaveCount(0);
  expect(await planKeys(page)).toHaveLength(30);

  // The same fields as the profile: changed here, changed there.
  await page.getByRole('link', { name: 'Открыть профиль' }).first().click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Профиль');
  const profile = new ProfilePage(app);
  await expect(profile.profession).toHaveValue('python-developer');
  await expect(profile.currentGrade).toHaveValue('junior');
  await expect(profile.targetGrade).toHaveValue('senior');
  await profile.targetGrade.selectOption('middle');
  await openPlan(app);
  await expect(page.getByLabel('Целевой грейд')).toHaveValue('middle');
  expect(await planKeys(page)).toHaveLength(20);
});

test('a profession of ones own is planned too, up to its target being reached', async ({ app, page }) => {
  const own = platform();
  await app.startWith({
    [MATRICES]: storedMatrices(own),
    [PROFILE]: storedProfile({ profession: own.id, target_grade: 'middle' }),
    [TICKS]: storedTicks('platform/junior/hard/1'),
  });
  await openPlan(app);
  expect(await planKeys(page)).toEqual(['platform/junior/hard/2', 'platform/junior/hard/3', 'platform/middle/hard/1']);
  await expect(page.getByTestId('plan-gap-grade').first().getByRole('heading', { level: 3 })).toHaveText('Джун');

  for (const key of ['platform/junior/hard/2', 'platform/junior/hard/3', 'platform/middle/hard/1']) {
    await planItem(page, key).getByRole('checkbox').click();
    await expect(planItem(page, key)).toHaveCount(0);
  }
  await expect(page.getByTestId('plan-item')).toHaveCount(0);
  await expect(page.getByTestId('plan-status')).toHaveAttribute('data-reached', 'true');
  await expect(page.getByTestId('plan-status')).toContainText('Цель достигнута');
  await expect(page.getByText('Все пункты до целевого грейда отмечены.')).toBeVisible();
  // Nothing left to tick: focus is on the list's heading, where the message is.
  await expect(page.getByRole('heading', { name: /^Что осталось/ })).toBeFocused();
});

test('a stored profession or grade that no longer exists is treated as not chosen', async ({ app, page }) => {
  await app.startWith({
    [PROFILE]: storedProfile({ name: 'Борис', profession: 'deleted-matrix', current_grade: 'a', target_grade: 'b' }),
  });
  await openPlan(app);
  await expect(page.getByTestId('plan-choose')).toContainText('Выберите профессию');
  await expect(page.getByLabel('Профессия', { exact: true })).toHaveValue('');
  await expect(page.getByTestId('plan-item')).toHaveCount(0);

  await app.writeAndReload({
    [PROFILE]: storedProfile({ profession: 'python-developer', current_grade: 'junior', target_grade: 'gone' }),
  });
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('План развития');
  await expect(page.getByTestId('plan-choose')).toContainText('Выберите целевой грейд');
  await expect(page.getByTestId('plan-item')).toHaveCount(0);
});

test('the plan prints on A4 as a checklist with who, what and when, without controls', async ({ app, page }) => {
  await startExtended(app);
  await openPlan(app);
  const keys = await planKeys(page);
  await page.emulateMedia({ media: 'print' });

  await expect(page.getByRole('navigation', { name: 'Основная навигация' })).toBeHidden();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Профессия и цель' })).toBeHidden();
  await expect(page.getByTestId('plan-print')).toBeHidden();
  await expect(page.getByTestId('packet-print')).toBeHidden();
  await expect(page.getByTestId('evidence-open').first()).toBeHidden();

  const meta = page.getByTestId('plan-meta').filter({ visible: true });
  await expect(meta).toHaveCount(1);
  await expect(meta).toContainText('Анна Петрова');
  await expect(meta).toContainText(NAME);
  await expect(meta).toContainText('Junior');
  await expect(meta).toContainText('Middle+');
  await expect(meta).toContainText(await today(page));

  await expect(page.getByTestId('plan-status')).toBeVisible();
  await expect(page.getByTestId('plan-grade')).toHaveCount(3);
  await expect(page.getByTestId('plan-item').filter({ visible: true })).toHaveCount(keys.length);
  const boxes = page.getByTestId('plan-item').getByRole('checkbox');
  await expect(boxes.first()).toBeVisible();
  await expect(boxes.first()).not.toBeChecked();
  await expect(page.getByTestId('packet')).toBeHidden();

  const pdf = await page.pdf({ format: 'A4' });
  expect(pdf.byteLength).toBeGreaterThan(0);
  await page.emulateMedia({ media: 'screen' });
  await expect(page.getByTestId('plan-meta').filter({ visible: true })).toHaveCount(0);
});

test('the evidence packet prints the ticked items of the target grade with their evidence', async ({ app, page }) => {
  // Stand-in for the print dialog: count the calls.
  await page.addInitScript(() => {
    (window as unknown as { printed: number }).printed = 0;
    window.print = () => {
      (window as unknown as { printed: number }).printed += 1;
    };
  });
  await startExtended(app);
  await openPlan(app);
  await page.getByTestId('packet-print').click();
  expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);

  await page.emulateMedia({ media: 'print' });
  const packet = page.getByTestId('packet');
  await expect(packet).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toBeHidden();
  await expect(page.getByTestId('plan-item').first()).toBeHidden();
  await expect(page.getByTestId('plan-status')).toBeHidden();

  // Exactly the target grade's ticked items, in matrix order.
  const target = keysUpTo(extended, 'middle+').filter((key) => key.includes('/middle+/'));
  const held = target.filter((key) => seeded.includes(key));
  expect(held).toEqual(['python-developer-extended/middle+/soft/2']);
  const items = packet.getByTestId('packet-item');
  expect(await items.evaluateAll((list) => list.map((i) => i.getAttribute('data-item-key')))).toEqual(held);
  await expect(packet.getByRole('heading', { name: 'Пакет подтверждений' })).toBeVisible();
  await expect(packet.getByTestId('packet-count')).toHaveText(`Отмечено 1 из ${target.length} пунктов, с подтверждением: 1.`);
  const shown = items.first().getByTestId('evidence');
  await expect(shown.locator('.evidence__note')).toHaveText('Ревью <b>архитектуры</b> сервиса');
  await expect(shown.locator('b')).toHaveCount(0);
  await expect(shown).toContainText('https://example.com/adr/7');
  await expect(shown).toContainText('2026-10-12');
  await expect(packet.getByTestId('plan-meta')).toContainText('Анна Петрова');
  await expect(packet.getByTestId('plan-meta')).toContainText('Middle+');
  // An item with a note that is not ticked is not in the packet.
  await expect(packet.getByText('Веду планирование спринта')).toHaveCount(0);

  // Tick one without evidence: it is listed, saying so.
  await page.emulateMedia({ media: 'screen' });
  await planItem(page, 'python-developer-extended/middle+/hard/3').getByRole('checkbox').click();
  await page.emulateMedia({ media: 'print' });
  await expect(items).toHaveCount(2);
  await expect(items.nth(1)).toContainText('подтверждения нет');
  const pdf = await page.pdf({ format: 'A4' });
  expect(pdf.byteLength).toBeGreaterThan(0);

  // After printing, the page prints the plan again.
  await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
  await expect(packet).toBeHidden();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByTestId('plan-item').first()).toBeVisible();

  // The plan's own button prints the plan.
  await page.emulateMedia({ media: 'screen' });
  await page.getByTestId('plan-print').click();
  expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(2);
  await page.emulateMedia({ media: 'print' });
  await expect(packet).toBeHidden();
  await expect(page.getByTestId('plan-item').first()).toBeVisible();
});

test('at 375 px the plan fits the width without sideways scrolling', async ({ app, page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await startExtended(app);
  await openPlan(app);
  await expect(page.getByTestId('plan-item').first()).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});
