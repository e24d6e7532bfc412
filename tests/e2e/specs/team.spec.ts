import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { test, expect, type App } from './fixtures';
import {
  PLATFORM,
  builtIn,
  estimate,
  exportText,
  holders,
  itemKeys,
  member,
  progress,
  team,
  upload,
  type Member,
} from './team.files';

// The team view: members loaded from the export files of their profiles. What the page shows
// is checked against what the test works out itself from the generated files (team.files.ts).

const TEAM = team();
const OWN = TEAM.find((m) => m.spec.own?.length)!;
const BUILT_IN = TEAM.filter((m) => m !== OWN);
const files = (members: Member[]) => members.map((m) => upload(m.spec.file, m.text));

async function expectNoViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  const summary = results.violations.map((v) => ({
    id: v.id,
    impact: v.impact,
    targets: v.nodes.map((n) => n.target.join(' ')),
  }));
  expect(summary).toEqual([]);
}

const sidewaysScroll = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

const sortedPairs = <T extends readonly [unknown, unknown]>(pairs: readonly T[]) =>
  [...pairs].sort((a, b) => String(a[0]).localeCompare(String(b[0])));

/** The team page, and what it shows through its hooks. */
class TeamPage {
  readonly page: Page;
  readonly input: Locator;
  readonly members: Locator;
  readonly items: Locator;
  readonly errors: Locator;

  constructor(readonly app: App) {
    this.page = app.page;
    this.input = this.page.getByTestId('team-import-file');
    this.members = this.page.getByTestId('team-member');
    this.items = this.page.getByTestId('team-item');
    this.errors = this.page.getByTestId('team-file-error');
  }

  async open() {
    await this.app.open('team');
    await expect(this.page.getByRole('heading', { level: 1 })).toBeVisible();
  }

  async load(uploads: ReturnType<typeof upload>[], rows: number) {
    await this.input.setInputFiles(uploads);
    await expect(this.members).toHaveCount(rows);
  }

  /** Member name → the estimate's grade id ('' below the first grade), in table order. */
  shownEstimates() {
    return this.members.evaluateAll((rows) =>
      rows.map((row) => [row.getAttribute('data-name'), row.getAttribute('data-estimate')] as const),
    );
  }

  /** Item key → holders, of every heatmap row. */
  async shownHolders() {
    const rows = await this.items.evaluateAll((rows) =>
      rows.map((row) => [row.getAttribute('data-item-key') ?? '', Number(row.getAttribute('data-holders'))] as const),
    );
    return new Map(rows);
  }

  /** The same, as sorted pairs (the heatmap may still be drawing: poll it). */
  async shownHolderPairs() {
    return sortedPairs([...(await this.shownHolders()).entries()]);
  }

  names() {
    return this.members.evaluateAll((rows) => rows.map((row) => row.getAttribute('data-name')));
  }
}

/** What the members table should say: name → estimate ('' for none). */
const expectedEstimates = (members: Member[]) =>
  members.map((m) => [m.spec.name, estimate(m.profession, m.ticks) ?? ''] as const);


test('a generated member file is exactly what the profile export writes', async ({ app, page }) => {
  // One member with projects, levels and evidence; one with a profession of her own.
  for (const m of [TEAM[0], OWN]) {
    await app.startWith(m.stored);
    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Скачать данные' }).click();
    const written = await readFile(await (await downloading).path(), 'utf8');
    const exportedAt = JSON.parse(written).exported_at;
    expect(written).toBe(exportText(m.stored, exportedAt));
    await page.evaluate(() => localStorage.clear());
  }
});

test('the generated team covers what the checks need', () => {
  // Guards on the data itself, so that the page checks below cannot pass vacuously.
  const estimates = expectedEstimates(BUILT_IN).map(([, e]) => e);
  expect(new Set(BUILT_IN.map((m) => m.profession.id)).size).toBeGreaterThanOrEqual(6);
  expect(estimates).toContain('');
  expect(new Set(estimates).size).toBeGreaterThanOrEqual(5);
  const counts = [...holders(BUILT_IN).values()];
  expect(counts).toContain(0);
  expect(counts).toContain(1);
  expect(Math.max(...counts)).toBeGreaterThanOrEqual(3);
  expect(estimate(PLATFORM, OWN.ticks)).toBe('g2');
  // The own profession is not built in: this browser lacks it.
  expect(builtIn().map((p) => p.id)).not.toContain(PLATFORM.id);
});

test('twelve members: names, estimates and holders as worked out from their files', async ({ app, page }) => {
  const view = new TeamPage(app);
  await view.open();
  await view.load(files(TEAM), TEAM.length);
  await expect(view.errors).toHaveCount(0);

  // Every member but the one whose profession this browser lacks has the estimate of the 80 % rule.
  const shown = new Map(await view.shownEstimates());
  expect([...shown.keys()].sort()).toEqual(TEAM.map((m) => m.spec.name).sort());
  for (const [name, expected] of expectedEstimates(BUILT_IN)) expect(shown.get(name), name).toBe(expected);

  // Progress to the target: the items of every grade up to it, as "90 % (18 из 20)".
  for (const m of BUILT_IN) {
    const cell = view.members.and(page.locator(`[data-name="${m.spec.name}"]`)).getByTestId('team-member-progress');
    const p = progress(m.profession, m.ticks, m.spec.target);
    await expect(cell, m.spec.name).toHaveText(p ? `${p.percent} % (${p.count} из ${p.total})` : '—');
  }

  // Saved projects worked out with this browser's (default) settings: the worked example is D2
  // with Q 2.22 (docs/formats.md#result-hooks); a member who saved none has none.
  for (const m of TEAM) {
    const projects = view.members.and(page.locator(`[data-name="${m.spec.name}"]`)).getByTestId('team-member-projects');
    if (m.spec.projects) await expect(projects, m.spec.name).toContainText(/Пример из методики: D2 \(Q 2[.,]22\)/);
    else await expect(projects, m.spec.name).toHaveText('—');
  }

  // Every item of every built-in profession in the team, with its holders.
  const expected = holders(BUILT_IN);
  await expect.poll(() => view.shownHolderPairs()).toEqual(sortedPairs([...expected.entries()]));

  // The own profession's ticks are kept under "unknown matrix", not dropped, until it is added:
  // every one of them, each held by its one member.
  expect(itemKeys(PLATFORM).some((key) => expected.has(key))).toBe(false);
  const unknown = page.getByTestId('team-unknown-matrix');
  await expect(unknown).toHaveCount(1);
  await expect(unknown).toHaveAttribute('data-profession-id', PLATFORM.id);
  await expect(unknown).toContainText(PLATFORM.name);
  const unknownItems = () =>
    page.getByTestId('team-unknown-item').evaluateAll((rows) =>
      rows.map((row) => [row.getAttribute('data-item-key'), row.getAttribute('data-holders')]),
    );
  await expect.poll(unknownItems).toEqual(OWN.ticks.map((key) => [key, '1']));

  const add = page.getByTestId('team-add-matrix');
  await expect(add).toHaveCount(1);
  await expect(add).toBeVisible();
  await add.click();
  await expect(add).toHaveCount(0);
  await expect(view.members.and(page.locator(`[data-name="${OWN.spec.name}"]`))).toHaveAttribute(
    'data-estimate',
    estimate(PLATFORM, OWN.ticks)!,
  );
  await expect.poll(() => view.shownHolderPairs()).toEqual(sortedPairs([...holders(TEAM).entries()]));
  const stored = await page.evaluate(() => JSON.parse(localStorage.getItem('grades.matrices') ?? 'null'));
  expect(stored.data.professions.map((p: { id: string }) => p.id)).toContain(PLATFORM.id);
  await expect(unknown).toHaveCount(0);
  await expect(page.getByTestId('team-unknown-item')).toHaveCount(0);
});

test('per profession: the distribution of estimates, the items nobody holds and those only one holds', async ({ app, page }) => {
  const view = new TeamPage(app);
  await view.open();
  await view.load(files(BUILT_IN), BUILT_IN.length);
  const counts = holders(BUILT_IN);
  const professions = [...new Set(BUILT_IN.map((m) => m.profession.id))];
  const sections = page.getByTestId('team-profession');
  await expect(sections).toHaveCount(professions.length);
  for (const id of professions) {
    const profession = BUILT_IN.find((m) => m.profession.id === id)!.profession;
    const people = BUILT_IN.filter((m) => m.profession.id === id);
    const section = sections.and(page.locator(`[data-profession-id="${id}"]`));
    await expect(section, id).toHaveCount(1);

    // Below the first grade, then every grade with items, lowest first, with how many are there.
    const estimates = people.map((m) => estimate(m.profession, m.ticks) ?? '');
    const graded = profession.grades.filter((g) => g.groups.some((group) => group.items.length > 0));
    const expected = ['', ...graded.map((g) => g.id)].map((grade) => [grade, String(estimates.filter((e) => e === grade).length)]);
    const bars = await section
      .getByTestId('team-distribution')
      .locator('li[data-grade]')
      .evaluateAll((lis) => lis.map((li) => [li.getAttribute('data-grade'), li.getAttribute('data-value')]));
    expect(bars, id).toEqual(expected);

    // The heatmap: per item, one mark per member of the profession in the order they were
    // loaded, as its legend reads them: ■ ticked with evidence, ✓ ticked, · not.
    const mark = (m: Member, key: string) => (m.evidence.includes(key) ? '■' : m.ticks.includes(key) ? '✓' : '·');
    const heat = () =>
      section.getByTestId('team-item').evaluateAll((rows) =>
        rows.map((row) => [
          row.getAttribute('data-item-key'),
          [...row.querySelectorAll('td')].slice(1).map((td) => (td.textContent ?? '').trim()).join(''),
        ]),
      );
    await expect.poll(heat, `${id} heatmap`).toEqual(itemKeys(profession).map((key) => [key, people.map((m) => mark(m, key)).join('')]));

    // The lists are drawn once opened.
    for (const [testid, holding] of [['team-nobody', 0], ['team-single', 1]] as const) {
      const keys = itemKeys(profession).filter((key) => counts.get(key) === holding);
      const list = section.locator('details.team-list').filter({ has: page.locator('summary') }).nth(holding);
      if (!(await list.evaluate((d: HTMLDetailsElement) => d.open))) await list.locator('summary').click();
      await expect(list.locator('summary'), `${id} ${testid}`).toContainText(`(${keys.length})`);
      // The list's items are drawn in a later task than the opening of its summary.
      const shown = () => section.getByTestId(testid).evaluateAll((lis) => lis.map((li) => li.getAttribute('data-item-key')));
      await expect.poll(shown, `${id} ${testid}`).toEqual(keys);
    }
  }
});

test('bad files are listed, the others load, the same person twice counts once', async ({ app, page }) => {
  const view = new TeamPage(app);
  await view.open();
  const first = TEAM[0];
  const again = member({ ...first.spec, file: 'anna-again.json', exportedAt: '2026-11-29T08:00:00.000Z' });
  const bad = [
    upload('broken.json', first.text.slice(0, 200)),
    upload('package.json', JSON.stringify({ name: 'shop', version: '1.0.0', dependencies: {} }, null, 2)),
    // Over the 1 MiB an export can be (docs/formats.md#import), whatever it holds.
    upload('huge.json', first.text.replace('{', `{${' '.repeat(1024 * 1024)}`)),
  ];
  const mixed = [...files(TEAM.slice(0, 5)), bad[0], ...files(TEAM.slice(5, 9)), upload(again.spec.file, again.text), bad[1], ...files(TEAM.slice(9)), bad[2]];
  await view.input.setInputFiles(mixed);

  await expect(view.errors).toHaveCount(3);
  for (const file of ['broken.json', 'package.json', 'huge.json']) {
    await expect(view.errors.filter({ hasText: file }), file).toHaveCount(1);
  }
  await expect(view.members).toHaveCount(TEAM.length);
  expect((await view.names()).filter((name) => name === first.spec.name)).toHaveLength(1);
  // The duplicate is flagged, naming its file.
  const duplicate = page.getByTestId('team-duplicate');
  await expect(duplicate).toHaveCount(1);
  await expect(duplicate).toHaveAttribute('data-name', first.spec.name);
  await expect(duplicate).toContainText('anna-again.json');
  // Counted once: the holders are those of twelve people, not thirteen.
  await expect.poll(() => view.shownHolderPairs()).toEqual(sortedPairs([...holders(BUILT_IN).entries()]));

  // The same person in a later batch joins the team loaded before, and is still one person.
  await view.input.setInputFiles([upload('anna-third.json', member({ ...first.spec, exportedAt: '2026-11-30T10:00:00.000Z' }).text)]);
  await expect(page.getByTestId('team-duplicate').filter({ hasText: 'anna-third.json' })).toHaveCount(1);
  await expect(view.members).toHaveCount(TEAM.length);
  await expect.poll(() => view.shownHolderPairs()).toEqual(sortedPairs([...holders(BUILT_IN).entries()]));
});

test('a kept team survives a reload, stays out of the export, and forgetting removes it', async ({ app, page }) => {
  const view = new TeamPage(app);
  await view.open();
  const before = await page.evaluate(() => Object.keys(localStorage).sort());
  await view.load(files(TEAM), TEAM.length);
  // In memory only until the lead chooses otherwise.
  expect(await page.evaluate(() => Object.keys(localStorage).sort())).toEqual(before);
  const shown = await view.shownEstimates();

  await page.getByTestId('team-keep').check();
  await expect.poll(() => page.evaluate(() => Object.keys(localStorage).length)).toBeGreaterThan(before.length);
  const added = (await page.evaluate(() => Object.keys(localStorage))).filter((key) => !before.includes(key));
  expect(added.length).toBeGreaterThan(0);

  await app.reload();
  await expect(view.members).toHaveCount(TEAM.length);
  expect(await view.shownEstimates()).toEqual(shown);
  await expect(page.getByTestId('team-keep')).toBeChecked();

  // Not part of the user's own export.
  await app.open('profile');
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Скачать данные' }).click();
  const exported = JSON.parse(await readFile(await (await downloading).path(), 'utf8'));
  for (const key of added) expect(Object.keys(exported.keys)).not.toContain(key);

  await view.open();
  await expect(view.members).toHaveCount(TEAM.length);
  await page.getByTestId('team-forget').click();
  await expect(view.members).toHaveCount(0);
  await expect(page.getByTestId('team-keep')).not.toBeChecked();
  await expect.poll(() => page.evaluate((keys) => keys.map((key) => localStorage.getItem(key)), added)).toEqual(added.map(() => null));
  await app.reload();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(view.members).toHaveCount(0);
});

/** RFC 4180 with `separator`: rows of cells. */
function parseCsv(text: string, separator: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === separator) {
      row.push(cell);
      cell = '';
    } else if (c === '\r' || c === '\n') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += c;
  }
  if (cell !== '' || row.length) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

test('the members table exports as CSV with what the table shows', async ({ app, page }) => {
  const view = new TeamPage(app);
  await view.open();
  await view.load(files(TEAM), TEAM.length);
  const downloading = page.waitForEvent('download');
  await page.getByTestId('team-export-csv').click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/\.csv$/);
  const bytes = await readFile(await download.path());
  // A byte order mark, for spreadsheets to read UTF-8; `;` as spreadsheets in Russian write it.
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const text = bytes.subarray(3).toString('utf8');
  const rows = parseCsv(text, ';');
  const [header, ...body] = rows;
  expect(header.length).toBeGreaterThan(3);
  expect(body).toHaveLength(TEAM.length);

  // Same people in the same order as the table, and every column the table also has reads the same.
  const table = view.members.first().locator('xpath=ancestor::table[1]');
  // A heading's text without its sort arrow, which is hidden from screen readers.
  const headings = await table.locator('thead th').evaluateAll((ths) =>
    ths.map((th) => {
      const copy = th.cloneNode(true) as HTMLElement;
      copy.querySelectorAll('[aria-hidden=true]').forEach((hidden) => hidden.remove());
      return (copy.textContent ?? '').replace(/\s+/g, ' ').trim();
    }),
  );
  const cells = await view.members.evaluateAll((trs) => trs.map((tr) => [...tr.children].map((td) => (td as HTMLElement).innerText)));
  const names = await view.names();
  const nameColumn = header.findIndex((h) => /Имя|Участник/i.test(h));
  expect(nameColumn).toBeGreaterThanOrEqual(0);
  expect(body.map((row) => row[nameColumn])).toEqual(names);
  let compared = 0;
  header.forEach((title, column) => {
    const at = headings.indexOf(squash(title));
    if (at < 0) return;
    compared++;
    expect(
      body.map((row) => squash(row[column])),
      title,
    ).toEqual(cells.map((row) => squash(row[at] ?? '')));
  });
  expect(compared).toBeGreaterThanOrEqual(3);
});

test('the team prints without the navigation', async ({ app, page }) => {
  const view = new TeamPage(app);
  await view.open();
  await view.load(files(TEAM), TEAM.length);
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation', { name: 'Основная навигация' })).toBeHidden();
  await expect(view.input).toBeHidden();
  await expect(view.members.first()).toBeVisible();
  for (const row of await view.members.all()) await expect(row).toBeVisible();
});

for (const lang of ['RU', 'EN']) {
  test(`the loaded team has no axe violations (${lang})`, async ({ app, page }) => {
    // axe walks every cell of the heatmaps: slow on two shared cores.
    test.setTimeout(120_000);
    const view = new TeamPage(app);
    await view.open();
    await expectNoViolations(page);
    if (lang === 'EN') await page.getByRole('button', { name: 'EN' }).click();
    await view.input.setInputFiles([...files(TEAM), upload('broken.json', '{"format": "grades-export"')]);
    await expect(view.members).toHaveCount(TEAM.length);
    await expect(view.errors).toHaveCount(1);
    await expectNoViolations(page);
  });
}

test('the table sorts by a column from the keyboard', async ({ app, page }) => {
  const view = new TeamPage(app);
  await view.open();
  // Loaded out of alphabetical order, so sorting by name has something to do.
  const shuffled = [...TEAM].sort((a, b) => a.spec.seed % 5 - b.spec.seed % 5 || b.spec.seed - a.spec.seed);
  await view.load(files(shuffled), TEAM.length);
  const loaded = await view.names();
  const ascending = [...loaded].sort((a, b) => a!.localeCompare(b!, 'ru'));
  expect(loaded).not.toEqual(ascending);

  const column = page.getByRole('columnheader', { name: /Имя|Участник/ });
  const sort = column.getByRole('button');
  // Reached by Tab from the control just before it, then pressed with Enter and Space.
  await sort.focus();
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Tab');
  await expect(sort).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(column).toHaveAttribute('aria-sort', 'ascending');
  expect(await view.names()).toEqual(ascending);
  await page.keyboard.press('Space');
  await expect(column).toHaveAttribute('aria-sort', 'descending');
  expect(await view.names()).toEqual([...ascending].reverse());
});

test('at phone width the loaded team does not scroll sideways', async ({ app, page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  const view = new TeamPage(app);
  await view.open();
  await view.load([...files(TEAM), upload('broken.json', '[]')], TEAM.length);
  await expect(view.items.first()).toBeAttached();
  expect(await sidewaysScroll(page)).toBe(0);
});
