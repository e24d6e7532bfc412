import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { test, expect, type App } from './fixtures';

// Importing your own matrices on /matrices (docs/formats.md#your-own-matrices): a file (picked
// or dropped) or pasted text, a preview, then the confirmation. Nothing is stored before it;
// every bad input gets one message next to the control it came from.

const KEY = 'grades.matrices';
const example = (name: string) => readFileSync(new URL(`../../../docs/examples/${name}`, import.meta.url));
const EXAMPLES = {
  json: { file: 'matrix.json', type: 'application/json', format: 'json' },
  csv: { file: 'matrix.csv', type: 'text/csv', format: 'csv' },
  md: { file: 'matrix.md', type: 'text/markdown', format: 'outline' },
} as const;

/** The import panel of the matrices page. */
class ImportPanel {
  readonly panel: Locator;
  readonly file: Locator;
  readonly text: Locator;
  readonly read: Locator;
  readonly preview: Locator;
  readonly confirm: Locator;
  readonly cancel: Locator;
  readonly error: Locator;
  readonly status: Locator;

  constructor(readonly page: Page) {
    this.panel = page.locator('section.matrix-import');
    this.file = page.getByTestId('matrix-import-file');
    this.text = page.getByTestId('matrix-import-text');
    this.read = page.getByTestId('matrix-import-read');
    this.preview = page.getByTestId('matrix-import-preview');
    this.confirm = page.getByTestId('matrix-import-confirm');
    this.cancel = page.getByTestId('matrix-import-cancel');
    this.error = page.getByTestId('matrix-import-error');
    this.status = page.getByTestId('matrix-import-status');
  }

  static async open(app: App): Promise<ImportPanel> {
    await app.open('matrices');
    const panel = new ImportPanel(app.page);
    await expect(panel.panel.getByRole('heading', { name: 'Импорт' })).toBeVisible();
    return panel;
  }

  async pickFile(name: string, buffer: Buffer, mimeType = 'text/plain') {
    await this.file.setInputFiles({ name, mimeType, buffer });
  }

  async paste(text: string) {
    await this.text.fill(text);
    await this.read.click();
  }

  entries(): Locator {
    return this.preview.getByTestId('matrix-import-entry');
  }

  stored(): Promise<string | null> {
    return this.page.evaluate((key) => localStorage.getItem(key), KEY);
  }
}

async function expectNoViolations(page: Page, selector: string) {
  const results = await new AxeBuilder({ page }).include(selector).analyze();
  const summary = results.violations.map((v) => ({
    id: v.id,
    impact: v.impact,
    targets: v.nodes.map((n) => n.target.join(' ')),
  }));
  expect(summary).toEqual([]);
}

/** The example matrix of docs/examples, as every format reads it. */
async function expectExamplePreview(panel: ImportPanel, format: string) {
  await expect(panel.preview).toBeVisible();
  await expect(panel.preview).toBeFocused();
  await expect(panel.preview).toHaveAttribute('data-format', format);
  await expect(panel.entries()).toHaveCount(1);
  const entry = panel.entries().first();
  await expect(entry).toHaveAttribute('data-profession-id', 'go-backend');
  await expect(entry).toHaveAttribute('data-grades', '3');
  await expect(entry).toHaveAttribute('data-items', '7');
  await expect(entry).toHaveAttribute('data-action', 'add');
  await expect(entry.getByRole('rowheader')).toHaveText('Go-разработчик');
  await expect(entry).toContainText('будет добавлена');
  await expect(panel.preview.getByTestId('matrix-import-warning')).toHaveText([
    /в грейде «Senior» нет пунктов/,
  ]);
}

for (const [kind, { file, type, format }] of Object.entries(EXAMPLES)) {
  test(`the ${kind} example imports from a file, and its skills are ticked on the home page`, async ({ app, page }) => {
    const panel = await ImportPanel.open(app);
    await panel.pickFile(file, example(file), type);
    await expectExamplePreview(panel, format);
    await expect(panel.preview).toContainText(`Файл «${file}»`);
    expect(await panel.stored()).toBeNull();

    await panel.confirm.click();
    await expect(panel.preview).toHaveCount(0);
    await expect(panel.status).toContainText('«Go-разработчик» (go-backend) — добавлена');
    await expect(panel.status).toBeFocused();
    expect(await panel.stored()).toContain('"go-backend"');

    await panel.status.getByRole('link').click();
    const card = page.locator('[data-testid=profession][data-origin=own][data-profession-id=go-backend]');
    await expect(card).toBeVisible();
    await card.getByRole('button', { name: 'Показать навыки' }).click();
    const item = card.locator('input[data-item-key="go-backend/junior/hard/4"]');
    await item.check();
    await app.reload();
    await card.getByRole('button', { name: 'Показать навыки' }).click();
    await expect(item).toBeChecked();
    await expect(card.locator('input[type=checkbox]:checked')).toHaveCount(1);
  });

  test(`the ${kind} example imports from pasted text`, async ({ app }) => {
    const panel = await ImportPanel.open(app);
    await panel.paste(example(file).toString('utf8'));
    await expectExamplePreview(panel, format);
    await expect(panel.preview).toContainText('Вставленный текст');
    expect(await panel.stored()).toBeNull();
    await panel.confirm.click();
    await expect(panel.status).toContainText('(go-backend)');
    await expect(panel.text).toHaveValue('');
    expect(JSON.parse((await panel.stored())!).data.professions.map((p: { id: string }) => p.id)).toEqual([
      'go-backend',
    ]);
  });
}

test('a file dropped on the frame is read like a picked one; dropped beside it, it is refused', async ({ app, page }) => {
  const panel = await ImportPanel.open(app);
  const drop = async (selector: string) =>
    page.evaluate(
      ({ selector, text }) => {
        const transfer = new DataTransfer();
        transfer.items.add(new File([text], 'matrix.md', { type: 'text/markdown' }));
        const event = new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true });
        document.querySelector(selector)!.dispatchEvent(event);
        return event.defaultPrevented;
      },
      { selector, text: example('matrix.md').toString('utf8') },
    );
  // Beside the frame: the browser must not open the file in place of the app.
  expect(await drop('h1')).toBe(true);
  await expect(panel.preview).toHaveCount(0);
  expect(await drop('.matrix-import__drop')).toBe(true);
  await expectExamplePreview(panel, 'outline');
});

test('importing again replaces your profession, and a built-in id gets a new one', async ({ app }) => {
  const panel = await ImportPanel.open(app);
  const csv = example('matrix.csv').toString('utf8');
  await panel.paste(csv);
  await panel.confirm.click();
  await expect(panel.status).toContainText('добавлена');
  const before = await panel.stored();

  await panel.paste(csv.replaceAll('Основы SQL', 'Основы SQL и индексы'));
  await expect(panel.entries().first()).toHaveAttribute('data-action', 'replace');
  await expect(panel.entries().first()).toContainText('заменит вашу профессию «Go-разработчик»');
  expect(await panel.stored()).toBe(before);
  await panel.confirm.click();
  await expect(panel.status).toContainText('заменила прежнюю версию');
  expect(await panel.stored()).toContain('Основы SQL и индексы');

  await panel.paste('{"id": "python-developer", "name": "Мой Python", "grades": []}');
  const entry = panel.entries().first();
  await expect(entry).toHaveAttribute('data-action', 'new-id');
  await expect(entry).toHaveAttribute('data-profession-id', 'python-developer-2');
  await expect(entry).toContainText('python-developer — идентификатор встроенной профессии');
  await expect(panel.preview.getByTestId('matrix-import-warning')).toHaveText([/нет грейдов/]);
  await panel.cancel.click();
  await expect(panel.preview).toHaveCount(0);
  await expect(panel.text).toBeFocused();
  await expect(panel.text).toHaveValue(/python-developer/);
  expect(await panel.stored()).toContain('Основы SQL и индексы');
});

// Each bad input of docs/formats.md#matrix-errors, through the page: one message, next to the
// control it came from, naming the line or the JSON path; nothing stored changes; pasted text stays.
const grade = (id: string, items: string[] = ['x']) => ({ id, title: id, skill_groups: [{ items }] });
const json = (value: unknown) => JSON.stringify(value);
const BAD: { name: string; via: 'file' | 'paste'; input: string | Buffer; message: RegExp }[] = [
  { name: 'an empty file', via: 'file', input: Buffer.alloc(0), message: /Файл или текст пуст$/ },
  {
    name: 'a file of 1 MiB and 1 byte',
    via: 'file',
    input: Buffer.alloc(1_048_577, 'a'),
    message: /Размер 1048577 байт больше допустимого \(1048576 байт, 1 МиБ\)/,
  },
  {
    name: 'a file that is not UTF-8',
    via: 'file',
    input: Buffer.from([0x23, 0x20, 0x41, 0x0a, 0xc0, 0xaf, 0x0a]),
    message: /Строка 2: это не текст в кодировке UTF-8/,
  },
  { name: 'JSON that is not a matrix', via: 'file', input: '{"hello": 1}', message: /это JSON, но не матрица/i },
  {
    name: 'JSON with a grade id used twice',
    via: 'file',
    input: json({ name: 'X', grades: [grade('junior'), grade('junior')] }),
    message: /grades\[1\]\.id: идентификатор грейда «junior» встречается в профессии дважды/,
  },
  {
    name: 'JSON with an empty grade title',
    via: 'paste',
    input: json({ name: 'X', grades: [{ title: '  ', skill_groups: [] }] }),
    message: /grades\[0\]\.title: не заполнено поле «название грейда»/,
  },
  {
    name: 'JSON with an item over 1 000 characters',
    via: 'paste',
    input: json({ name: 'X', grades: [grade('junior', ['a'.repeat(1001)])] }),
    message: /grades\[0\]\.skill_groups\[0\]\.items\[0\]: пункт длиной 1001 символов, допустимо не более 1000/,
  },
  {
    name: 'JSON with 21 grades',
    via: 'file',
    input: json({ name: 'X', grades: Array.from({ length: 21 }, (_, i) => grade(`g${i}`)) }),
    message: /grades\[20\]: в профессии больше 20 грейдов/,
  },
  {
    name: 'JSON with a 201st item in a group',
    via: 'paste',
    input: json({ name: 'X', grades: [grade('junior', Array.from({ length: 201 }, (_, i) => `item ${i}`))] }),
    message: /grades\[0\]\.skill_groups\[0\]\.items\[200\]: в группе больше 200 пунктов/,
  },
  {
    name: 'CSV without the group column',
    via: 'paste',
    input: 'profession,grade,item\nGo,Junior,SQL\n',
    message: /В заголовке нет столбца group/,
  },
  {
    name: 'CSV with a quote never closed',
    via: 'file',
    input: 'profession,grade,group,item\nGo,Junior,Hard,SQL\nGo,Junior,Hard,"pprof\n',
    message: /Строка 3: поле в кавычках не закрыто/,
  },
  {
    name: 'CSV with a row of too few fields',
    via: 'paste',
    input: 'profession,grade,group,item\nGo,Junior,Hard,SQL\nGo,Junior,SQL\n',
    message: /Строка 3: полей 3, а столбцов в заголовке 4/,
  },
  {
    name: 'CSV with an empty item',
    via: 'paste',
    input: 'profession,grade,group,item\nGo,Junior,Hard,SQL\nGo,Junior,Hard,\n',
    message: /Строка 3: пустой пункт/,
  },
  { name: 'Markdown with no profession', via: 'file', input: '---\n\n***\n', message: /Не найдено ни одной профессии/ },
  {
    name: 'Markdown with items before any grade',
    via: 'paste',
    input: '# Go\n\n- SQL\n',
    message: /Строка 3: пункт раньше первого грейда/,
  },
];

for (const bad of BAD) {
  test(`${bad.name} gets its message next to the ${bad.via === 'file' ? 'file input' : 'text'} and changes nothing`, async ({
    app,
    page,
  }) => {
    const panel = await ImportPanel.open(app);
    // Something of the user's is stored already: it must stay exactly as it is.
    await panel.paste(example('matrix.csv').toString('utf8'));
    await panel.confirm.click();
    await expect(panel.status).toContainText('добавлена');
    const before = await panel.stored();
    expect(before).not.toBeNull();

    const input = typeof bad.input === 'string' ? Buffer.from(bad.input, 'utf8') : bad.input;
    const fileName = bad.name.startsWith('an empty') ? 'empty.txt' : 'bad.txt';
    if (bad.via === 'file') {
      await panel.pickFile(fileName, input);
    } else {
      await panel.paste(input.toString('utf8'));
    }
    await expect(panel.error).toHaveCount(1);
    // A file's message names the file first.
    const file = bad.via === 'file' ? `${fileName.replace('.', '\\.')}: ` : '';
    await expect(panel.error).toHaveText(new RegExp(`^⚠\\s*${file}(${bad.message.source})`, bad.message.flags));
    await expect(panel.error).toHaveAttribute('role', 'alert');
    await expect(panel.error).toBeFocused();
    await expect(panel.preview).toHaveCount(0);
    await expect(panel.status).toBeEmpty();
    const near = bad.via === 'file' ? panel.file : panel.text;
    await expect(near).toHaveAttribute('aria-invalid', 'true');
    const describedBy = (await near.getAttribute('aria-describedby')) ?? '';
    expect(describedBy.split(' ')).toContain(await panel.error.getAttribute('id'));
    if (bad.via === 'paste') await expect(panel.text).toHaveValue(input.toString('utf8'));
    expect(await panel.stored()).toBe(before);
    // Still nothing after the page is left and opened again.
    await app.reload();
    expect(await page.evaluate((key) => localStorage.getItem(key), KEY)).toBe(before);
  });
}

test('a grade with no items is a warning in the preview, not an error', async ({ app }) => {
  const panel = await ImportPanel.open(app);
  await panel.paste('# Go\n\n## Junior\n\n## Middle\n\n- SQL\n');
  await expect(panel.error).toHaveCount(0);
  await expect(panel.preview.getByTestId('matrix-import-warning')).toHaveText([
    'Строка 3: в грейде «Junior» нет пунктов',
  ]);
  await expect(panel.entries().first()).toHaveAttribute('data-grades', '2');
  await expect(panel.confirm).toBeEnabled();
});

test('past the limit of 50 professions of your own, the preview says so and offers no confirm', async ({ app }) => {
  const own = Array.from({ length: 50 }, (_, i) => ({ id: `mine-${i + 1}`, name: `Mine ${i + 1}`, grades: [] }));
  await app.startWith({ [KEY]: JSON.stringify({ data: { professions: own }, v: 1 }) });
  const panel = await ImportPanel.open(app);
  const before = await panel.stored();
  await panel.paste(example('matrix.json').toString('utf8'));
  await expect(panel.preview).toBeVisible();
  const error = panel.preview.getByTestId('matrix-import-error');
  await expect(error).toContainText('Своих профессий может быть не больше 50');
  await expect(error).toContainText('Сейчас их 50, импорт добавил бы ещё 1.');
  await expect(panel.confirm).toBeDisabled();
  await expectNoViolations(app.page, 'section.matrix-import');
  expect(await panel.stored()).toBe(before);
});

test('everything works from the keyboard, and focus follows the preview, the error and the result', async ({
  app,
  page,
}) => {
  const panel = await ImportPanel.open(app);
  await panel.text.focus();
  await page.keyboard.press('Shift+Tab');
  await expect(panel.file).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(panel.text).toBeFocused();

  await page.keyboard.insertText('profession,grade,group,item\nGo,Junior,Hard,"SQL\n');
  await page.keyboard.press('Tab');
  await expect(panel.read).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(panel.error).toBeFocused();
  await expect(panel.error).toContainText('Строка 2: поле в кавычках не закрыто');

  await panel.text.focus();
  await page.keyboard.press('Control+A');
  await page.keyboard.insertText(example('matrix.md').toString('utf8'));
  await page.keyboard.press('Control+Enter');
  await expect(panel.preview).toBeFocused();
  await expect(panel.error).toHaveCount(0);
  await page.keyboard.press('Tab');
  await expect(panel.confirm).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(panel.cancel).toBeFocused();
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Enter');
  await expect(panel.status).toBeFocused();
  await expect(panel.status).toContainText('(go-backend)');
  expect(await panel.stored()).toContain('"go-backend"');
});

test('the panel has no axe violations, alone, with a preview and with an error, in both languages', async ({
  app,
  page,
}) => {
  const panel = await ImportPanel.open(app);
  await expectNoViolations(page, 'section.matrix-import');
  await panel.paste(example('matrix.csv').toString('utf8'));
  await expect(panel.preview).toBeVisible();
  await expectNoViolations(page, 'section.matrix-import');
  await panel.pickFile('bad.json', Buffer.from('{"name": "X", "grades": [{"title": ""}]}'), 'application/json');
  await expect(panel.error).toBeVisible();
  await expectNoViolations(page, 'section.matrix-import');
  await page.getByRole('button', { name: 'EN', exact: true }).click();
  await expect(panel.error).toContainText('bad.json: grades[0].title: the grade title is empty');
  await panel.paste('{');
  await expect(panel.error).toContainText('Line 1, column 1: the JSON ends too early');
  await expectNoViolations(page, 'section.matrix-import');
  await panel.paste(example('matrix.md').toString('utf8'));
  await expect(panel.preview).toContainText('Pasted text, read as text outline (Markdown or plain).');
  await expect(panel.entries().first()).toContainText('will be added');
  await expectNoViolations(page, 'section.matrix-import');
});

test('the panel is left out of print', async ({ app, page }) => {
  const panel = await ImportPanel.open(app);
  await page.emulateMedia({ media: 'print' });
  await expect(panel.panel).toBeHidden();
});

// Time from the input to the preview in the page (the parse and the render), for the report.
// Text goes in by a real Ctrl+V: Playwright's fill types it through the editor, which takes
// seconds for 100 KB where a paste takes a fraction of one.
test('the preview follows an input quickly, even for 2 000 items', async ({ app, page }) => {
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  const panel = await ImportPanel.open(app);
  const rows = ['profession,grade,group,item'];
  for (let g = 1; g <= 10; g++) {
    for (const group of ['Soft', 'Hard']) {
      for (let i = 1; i <= 100; i++) rows.push(`Большая,Grade ${g},${group},"Навык ${g}.${i}, ${group.toLowerCase()}"`);
    }
  }
  const big = rows.join('\n');
  const inputs: Record<string, string> = {
    'matrix.json': example('matrix.json').toString('utf8'),
    'matrix.csv': example('matrix.csv').toString('utf8'),
    'matrix.md': example('matrix.md').toString('utf8'),
    '2000-item CSV': big,
  };
  /** Milliseconds from `start` (run in the page) to the next frame after the preview appears. */
  const untilPreview = (start: 'click' | 'change') =>
    page.evaluate(
      (start) =>
        new Promise<number>((resolve) => {
          let t0 = 0;
          const observer = new MutationObserver(() => {
            if (!document.querySelector('[data-testid=matrix-import-preview]')) return;
            observer.disconnect();
            requestAnimationFrame(() => resolve(performance.now() - t0));
          });
          observer.observe(document.body, { childList: true, subtree: true });
          if (start === 'click') {
            t0 = performance.now();
            (document.querySelector('[data-testid=matrix-import-read]') as HTMLElement).click();
          } else {
            document.addEventListener('change', () => (t0 = performance.now()), { capture: true, once: true });
          }
        }),
      start,
    );
  const timings: Record<string, { paste: number; read: number; file: number }> = {};
  for (const [name, text] of Object.entries(inputs)) {
    await page.evaluate((text) => navigator.clipboard.writeText(text), text);
    await panel.text.focus();
    await page.keyboard.press('Control+A');
    const t0 = Date.now();
    await page.keyboard.press('Control+V');
    // A text field keeps line ends as LF (the example CSV has CRLF).
    await expect(panel.text).toHaveValue(text.replace(/\r\n?/g, '\n'));
    const paste = Date.now() - t0;
    const read = await untilPreview('click');
    await expect(panel.preview).toBeVisible();
    await panel.cancel.click();
    const fromFile = untilPreview('change');
    await panel.pickFile('input.txt', Buffer.from(text, 'utf8'));
    const file = await fromFile;
    await expect(panel.preview).toContainText('«input.txt»');
    await panel.cancel.click();
    timings[name] = { paste, read: Math.round(read), file: Math.round(file) };
  }
  await panel.read.click();
  await expect(panel.entries().first()).toHaveAttribute('data-items', '2000');
  await expect(panel.entries().first()).toHaveAttribute('data-grades', '10');
  test.info().annotations.push({ type: 'input to preview, ms', description: JSON.stringify(timings) });
  console.log(`input to preview (ms): ${JSON.stringify(timings)}`);
  for (const { read, file } of Object.values(timings)) {
    expect(read).toBeLessThan(1000);
    expect(file).toBeLessThan(1000);
  }
});
