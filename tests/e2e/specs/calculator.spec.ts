import AxeBuilder from '@axe-core/playwright';

import { CalculatorPage } from './calculator.page';
import { App, test, expect } from './fixtures';

test('the first run shows the seed example: 2.22, D2, 55.50–100.00 per hour', async ({ app, page }) => {
  const calc = new CalculatorPage(app);
  await calc.open();
  await expect(calc.name(1)).toHaveValue('Письменный английский');
  await expect(calc.name(2)).toHaveValue('Разработка на Rust');
  await expect(calc.name(3)).toHaveValue('Разработка серверного ПО');
  await calc.expectSeedFigures();
  // Displayed the Russian way, hooks aside.
  await expect(calc.figure('qualification')).toHaveText('2,22');
  await expect(calc.figure('month-min')).toHaveText('5 550,00 $');
  await expect(calc.figure('month-max')).toHaveText('10 000,00 $');
  await expect(calc.result()).toContainText('50 + (75 − 50) × 0,22 = 55,50');
  await expect(calc.result()).toContainText('50 + 50 × 0,22 = 61');
  // The reference table marks D2 in words, not by colour alone.
  const current = page.getByTestId('reference-table').getByRole('row', { name: /ваш уровень/ });
  await expect(current).toHaveCount(1);
  await expect(current).toContainText('D2');
  await expect(current).toContainText('5 000,00 $ – 10 000,00 $');
});

test('a level below the minimum names the technology with its L and I', async ({ app, page }) => {
  const calc = new CalculatorPage(app);
  await calc.open();
  await calc.level(3).fill('1');
  const error = page.getByTestId('eligibility-error');
  await expect(error).toBeVisible();
  await expect(error).toContainText('Разработка серверного ПО');
  await expect(error).toContainText('L = 1');
  await expect(error).toContainText('I = 2');
  await expect(calc.figure('qualification')).toHaveCount(0);
  await calc.level(3).fill('2');
  await expect(page.getByTestId('eligibility-error')).toHaveCount(0);
  await expect(calc.figure('qualification')).toHaveAttribute('data-value', '2.22');
});

test('the figures follow the interface language, the hooks do not', async ({ app, page }) => {
  const calc = new CalculatorPage(app);
  await calc.open();
  await page.getByRole('button', { name: 'EN' }).click();
  await expect(calc.figure('month-min')).toHaveText('$5,550.00');
  await expect(calc.figure('month-min')).toHaveAttribute('data-value', '5550.00');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Qualification and salary');
});

type Case = {
  what: string;
  field: (calc: CalculatorPage) => ReturnType<CalculatorPage['name']>;
  typed: string;
  message: RegExp;
};

const badInputs: Case[] = [
  { what: 'an empty name', field: (c) => c.name(1), typed: '', message: /название технологии: не заполнено/i },
  {
    what: 'a duplicate name (trimmed, any case)',
    field: (c) => c.name(3),
    typed: '  письменный АНГЛИЙСКИЙ ',
    message: /строки 1 и 3 называют одну технологию/i,
  },
  { what: 'I above 5', field: (c) => c.min(1), typed: '6', message: /минимальный уровень I: от 0 до 5/i },
  { what: 'I below 0', field: (c) => c.min(1), typed: '-1', message: /минимальный уровень I: от 0 до 5/i },
  { what: 'I not whole', field: (c) => c.min(1), typed: '1.5', message: /минимальный уровень I: нужно целое число/i },
  { what: 'L above 5', field: (c) => c.level(2), typed: '7', message: /текущий уровень L: от 0 до 5/i },
  { what: 'L not whole', field: (c) => c.level(2), typed: '2,5', message: /текущий уровень L: нужно целое число/i },
  { what: 'W of 0', field: (c) => c.weight(1), typed: '0', message: /вес W: нужно число больше 0/i },
  { what: 'W of -1', field: (c) => c.weight(1), typed: '-1', message: /вес W: нужно число больше 0/i },
  { what: 'W of 1001', field: (c) => c.weight(1), typed: '1001', message: /вес W: не больше 1000/i },
  { what: 'W with 5 decimals', field: (c) => c.weight(1), typed: '0.12345', message: /вес W: не более 4 знаков после запятой/i },
  { what: 'W as text', field: (c) => c.weight(1), typed: 'abc', message: /вес W: нужно число, введено «abc»/i },
  {
    what: 'B of 0',
    field: (c) => c.setting('Минимальная ставка D2 в час (B)'),
    typed: '0',
    message: /ставка D2: нужно число больше 0/i,
  },
  {
    what: 'B over a million',
    field: (c) => c.setting('Минимальная ставка D2 в час (B)'),
    typed: '1000001',
    message: /ставка D2: не больше 1000000/i,
  },
  { what: 'hours of 0', field: (c) => c.setting('Часов в рабочем дне'), typed: '0', message: /часов в рабочем дне: нужно число больше 0/i },
  { what: 'hours of 25', field: (c) => c.setting('Часов в рабочем дне'), typed: '25', message: /часов в рабочем дне: не больше 24/i },
  { what: 'days of 0', field: (c) => c.setting('Рабочих дней в неделе'), typed: '0', message: /рабочих дней в неделе: нужно число больше 0/i },
  { what: 'days of 8', field: (c) => c.setting('Рабочих дней в неделе'), typed: '8', message: /рабочих дней в неделе: не больше 7/i },
  {
    what: 'decreasing coefficients',
    field: (c) => c.setting('Коэффициент D3'),
    typed: '0.9',
    message: /коэффициент D3 \(0\.9\) меньше коэффициента D2 \(1\): коэффициенты не должны убывать/i,
  },
  { what: 'a negative coefficient', field: (c) => c.setting('Коэффициент D0'), typed: '-0.2', message: /коэффициент D0: нужно число больше 0/i },
  { what: 'text in a number field', field: (c) => c.setting('Часов в рабочем дне'), typed: 'пять', message: /часов в рабочем дне: нужно число, введено «пять»/i },
];

for (const bad of badInputs) {
  test(`bad input: ${bad.what} gets a message next to its field and keeps the text`, async ({ app, page }) => {
    const calc = new CalculatorPage(app);
    await calc.open();
    await calc.expectSeedFigures();
    const field = bad.field(calc);
    await field.fill(bad.typed);
    await expect(field).toHaveAttribute('aria-invalid', 'true');
    await expect(field).toHaveAccessibleDescription(bad.message);
    await expect(field).toHaveValue(bad.typed);
    // The last valid result stays, marked as out of date.
    await expect(calc.result()).toHaveAttribute('data-stale', 'true');
    await expect(calc.figure('qualification')).toHaveAttribute('data-value', '2.22');
    await expect(page.getByTestId('result-status')).toContainText('последний верный результат');
    // What was typed survives a reload too.
    await app.reload();
    await expect(bad.field(calc)).toHaveValue(bad.typed);
    await expect(bad.field(calc)).toHaveAccessibleDescription(bad.message);
  });
}

test('bad input: an empty technology list gets a message at the list', async ({ app, page }) => {
  const calc = new CalculatorPage(app);
  await calc.open();
  for (let left = 3; left > 0; left--) {
    await calc.row(1).getByRole('button', { name: /^Удалить/ }).click();
    await expect(page.getByRole('group', { name: /^Технология \d/ })).toHaveCount(left - 1);
  }
  const error = page.getByTestId('technologies-error');
  await expect(error).toHaveText(/в проекте нет ни одной технологии/);
  await expect(page.getByRole('button', { name: 'Добавить технологию' })).toHaveAccessibleDescription(
    /в проекте нет ни одной технологии/,
  );
  // The last valid result: the one row left before it went, L 2 × W 0.8 / 0.8.
  await expect(calc.result()).toHaveAttribute('data-stale', 'true');
  await expect(calc.figure('qualification')).toHaveAttribute('data-value', '2.00');
});

test('projects and levels survive a reload', async ({ app, page }) => {
  const calc = new CalculatorPage(app);
  await calc.open();
  await page.getByRole('button', { name: 'Новый проект' }).click();
  await expect(calc.projectName()).toHaveValue('Проект 2');
  await expect(calc.name(1)).toBeFocused();
  await calc.projectName().fill('Бэкенд на Go');
  await calc.name(1).fill('Go');
  await calc.min(1).fill('2');
  await calc.weight(1).fill('1,5');
  await calc.level(1).fill('4');
  await page.getByRole('button', { name: 'Добавить технологию' }).click();
  await calc.name(2).fill('Разработка на Rust');
  // The developer's level in Rust is theirs, from the other project.
  await expect(calc.level(2)).toHaveValue('3');
  await calc.expectFigures({
    qualification: '3.60',
    dLevel: 'D3',
    rateMin: '90.00',
    rateMax: '150.00',
    monthMin: '9000.00',
    monthMax: '15000.00',
  });

  await app.reload();
  await expect(calc.projectName()).toHaveValue('Бэкенд на Go');
  await expect(calc.name(1)).toHaveValue('Go');
  await expect(calc.weight(1)).toHaveValue('1,5');
  await expect(calc.level(1)).toHaveValue('4');
  await expect(calc.figure('qualification')).toHaveAttribute('data-value', '3.60');
  await calc.projectSelect().selectOption({ label: 'Пример из методики' });
  await calc.expectSeedFigures();
  await app.reload();
  await expect(calc.projectName()).toHaveValue('Пример из методики');
});

test('a project is renamed, duplicated and deleted only after confirming', async ({ app, page }) => {
  const calc = new CalculatorPage(app);
  await calc.open();
  await calc.projectName().fill('Мой проект');
  await page.getByRole('button', { name: 'Дублировать' }).click();
  await expect(calc.projectName()).toHaveValue('Мой проект (копия)');
  await calc.expectSeedFigures();
  await expect(calc.projectSelect().getByRole('option')).toHaveText(['Мой проект', 'Мой проект (копия)']);

  await page.getByRole('button', { name: 'Удалить…', exact: true }).click();
  const dialog = page.getByRole('alertdialog', { name: 'Удалить проект?' });
  await expect(dialog).toBeVisible();
  await expect(dialog).toHaveAccessibleDescription(/«Мой проект \(копия\)»/);
  await expect(dialog.getByRole('button', { name: 'Отмена' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Удалить…', exact: true })).toBeFocused();
  await expect(calc.projectSelect().getByRole('option')).toHaveCount(2);

  await page.getByRole('button', { name: 'Удалить…', exact: true }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Удалить проект' }).click();
  await expect(calc.projectSelect().getByRole('option')).toHaveText(['Мой проект']);
  await expect(page.getByRole('status').filter({ hasText: 'удалён' })).toContainText('«Мой проект (копия)» удалён');
});

test('the evidence helper gives T3 just past the threshold and L takes it', async ({ app, page }) => {
  const calc = new CalculatorPage(app);
  await calc.open();
  await calc.level(2).fill('1');
  await calc.row(2).getByRole('button', { name: /^По опыту/ }).click();
  const dialog = page.getByRole('dialog', { name: 'Уровень по опыту: Разработка на Rust' });
  await expect(dialog).toBeVisible();
  await dialog.getByLabel('Единица опыта').selectOption({ label: 'человеко-часы' });
  // 12 months at 5 h × 5 days × 4 weeks = 1200 h; T3 needs more than that.
  await dialog.getByLabel('Опыт', { exact: true }).fill('1200');
  await dialog.getByLabel('Значимые проекты (кроме крупных)').fill('2');
  await dialog.getByLabel('Крупные проекты').fill('1');
  const level = dialog.getByTestId('evidence-level');
  await expect(level).toHaveAttribute('data-value', '2');
  await expect(dialog).toContainText('✗');
  await dialog.getByLabel('Опыт', { exact: true }).fill('1201');
  await expect(level).toHaveAttribute('data-value', '3');
  await expect(level).toContainText('T3 «Опытный»');
  await dialog.getByRole('button', { name: 'Принять: L = 3' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(calc.level(2)).toHaveValue('3');
  await calc.expectSeedFigures();

  // The evidence is kept with the developer's level.
  await app.reload();
  await calc.row(2).getByRole('button', { name: /^По опыту/ }).click();
  await expect(page.getByRole('dialog').getByLabel('Опыт', { exact: true })).toHaveValue('1201');
  await page.getByRole('dialog').getByRole('button', { name: /Закрыть, оставить L/ }).click();
  await expect(page.getByRole('dialog')).toHaveCount(0);
});

test('a share link reproduces the result in a fresh browser and saves nothing there', async ({ app, browser, baseURL }) => {
  const calc = new CalculatorPage(app);
  await calc.open();
  await calc.level(2).fill('4');
  await calc.setting('Валюта').selectOption('EUR');
  await calc.setting('Минимальная ставка D2 в час (B)').fill('60');
  // Q = (0.5 + 4 + 1.6) / 2.3 = 2.652… → 2.65; min = 60 + 30 × 0.65 = 79.50.
  const figures = {
    qualification: '2.65',
    dLevel: 'D2',
    rateMin: '79.50',
    rateMax: '120.00',
    monthMin: '7950.00',
    monthMax: '12000.00',
  };
  await calc.expectFigures(figures);
  const link = await calc.copyLink();
  expect(link.startsWith(new URL('calculator?s=', baseURL).href)).toBeTruthy();

  const context = await browser.newContext();
  const other = new CalculatorPage(new App(await context.newPage()));
  const errors: Error[] = [];
  other.page.on('pageerror', (e) => errors.push(e));
  await other.open();
  await other.projectName().fill('Свой проект');
  await other.app.open(link);
  await expect(other.page.getByTestId('shared-banner')).toBeVisible();
  await other.expectFigures(figures);
  await expect(other.figure('rate-min')).toHaveText('79,50 €');
  await expect(other.level(2)).toHaveValue('4');

  // Their own data is untouched.
  await other.page.getByRole('link', { name: 'К моим проектам' }).click();
  await expect(other.projectName()).toHaveValue('Свой проект');
  await expect(other.projectSelect().getByRole('option')).toHaveCount(1);
  await other.expectSeedFigures();
  await other.app.reload();
  await expect(other.projectName()).toHaveValue('Свой проект');
  await other.expectSeedFigures();

  // Saving it, with the link's levels, makes it theirs.
  await other.app.open(link);
  await other.page.getByLabel(/Заменить мои уровни L уровнями из ссылки/).check();
  await other.page.getByLabel('Заменить мои настройки расчёта настройками из ссылки').check();
  await other.page.getByRole('button', { name: 'Сохранить как новый проект' }).click();
  await expect(other.page).toHaveURL(new URL('calculator', baseURL).href);
  await expect(other.projectSelect().getByRole('option')).toHaveCount(2);
  await expect(other.projectName()).toHaveValue('Пример из методики');
  await other.expectFigures(figures);
  await other.app.reload();
  await other.expectFigures(figures);
  expect(errors).toEqual([]);
  await context.close();
});

for (const malformed of [
  { what: 'not base64url', payload: '%%%@@@' },
  { what: 'not JSON', payload: 'bm90IGpzb24' },
  { what: 'a bad weight', payload: Buffer.from('{"v":1,"project":{"name":"x","technologies":[{"name":"Go","min":1,"weight":"abc","level":1}]}}').toString('base64url') },
]) {
  test(`a malformed link (${malformed.what}) gets a message and the saved projects`, async ({ app, page }) => {
    const calc = new CalculatorPage(app);
    await calc.open(`?s=${malformed.payload}`);
    const alert = page.getByTestId('link-error');
    await expect(alert).toBeVisible();
    await expect(alert.getByRole('heading')).toHaveText('Ссылку не удалось открыть');
    await expect(alert).not.toBeEmpty();
    await calc.expectSeedFigures();
  });
}

test('the charts have text twins and the what-if names the cheapest raises', async ({ app, page }) => {
  const calc = new CalculatorPage(app);
  await calc.open();
  const radar = page.getByRole('figure', { name: /Ваш уровень L и минимум I/ });
  await expect(radar.getByRole('img')).toBeVisible();
  await radar.getByText('Показать данные таблицей').click();
  await expect(radar.getByRole('row', { name: /Разработка на Rust/ })).toContainText('3');
  const bands = page.getByRole('figure', { name: /Вилки ставок в час/ });
  await bands.getByText('Показать данные таблицей').click();
  await expect(bands.getByRole('row', { name: /D2/ })).toContainText('55,50 $ – 100,00 $');
  await expect(page.getByTestId('what-if')).toContainText('Разработка на Rust: L 3 → 5 (+2)');
});

test('the radar copes with a single technology', async ({ app, page }) => {
  const calc = new CalculatorPage(app);
  await calc.open();
  await calc.row(3).getByRole('button', { name: /^Удалить/ }).click();
  await calc.row(1).getByRole('button', { name: /^Удалить/ }).click();
  await calc.expectFigures({
    qualification: '3.00',
    dLevel: 'D3',
    rateMin: '75.00',
    rateMax: '150.00',
    monthMin: '7500.00',
    monthMax: '15000.00',
  });
  await expect(page.getByRole('figure', { name: /Ваш уровень L и минимум I/ }).getByRole('img')).toBeVisible();
});

test('the page has no accessibility violations, with errors and with a dialog open', async ({ app, page }) => {
  const calc = new CalculatorPage(app);
  await calc.open();
  await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
  await calc.weight(1).fill('abc');
  await calc.level(3).fill('0');
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
  await calc.row(1).getByRole('button', { name: /^По опыту/ }).click();
  await expect(page.getByRole('dialog')).toBeVisible();
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
});

test('at phone width the rows stack and nothing scrolls sideways', async ({ app, page }) => {
  await page.setViewportSize({ width: 360, height: 800 });
  const calc = new CalculatorPage(app);
  await calc.open();
  await expect(calc.row(1).getByText('Минимум I', { exact: true })).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await calc.expectSeedFigures();
});
