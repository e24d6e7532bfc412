import type { Page } from '@playwright/test';

import { App, test, expect } from './fixtures';

// Every page and its main states, in both languages, at five widths: no text overflows or is
// clipped by its box, the page never scrolls sideways, no word is broken across lines, and
// every chart label lies inside its chart. The checks run in the page and return one line per
// problem, so a failure names what a reader would see.

const WIDTHS = [1280, 1024, 768, 375, 320];
const LANGS = ['ru', 'en'] as const;
type Lang = (typeof LANGS)[number];

/** Long user input made of real words, as someone would type it: 200 characters. */
const LONG_NAME = 'Платформа учёта заявок и платежей для региональных отделений с интеграцией '
  .repeat(3)
  .slice(0, 200)
  .trim();
/** A technology name at the engine's limit of 100 characters, in words. */
const LONG_TECHNOLOGY = 'Проектирование распределённых систем обработки событий '.repeat(2).slice(0, 100).trim();

/** Opens a page at the site's base (root or sub-path) in `lang`. */
async function open(page: Page, path: string, lang: Lang) {
  await new App(page).open(path);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  if (lang === 'en') {
    await page.getByRole('button', { name: 'EN', exact: true }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  }
}

const techField = (page: Page, row: number, field: 'name' | 'min' | 'weight' | 'level') =>
  page.locator('.tech-row').nth(row).locator(`input[id$="-${field}"]`);

const STATES: Record<string, (page: Page, lang: Lang) => Promise<void>> = {
  home: async (page, lang) => open(page, './', lang),
  'home with professions open': async (page, lang) => {
    await open(page, './', lang);
    const show = page.getByRole('button', { name: /^(Показать навыки|Show skills)$/ });
    await show.nth(1).click();
    await show.first().click();
    await expect(page.getByTestId('grade').first()).toBeVisible();
  },
  'home comparing grades': async (page, lang) => {
    await open(page, './', lang);
    await page.getByRole('button', { name: /^(Сравнить грейды|Compare grades)$/ }).nth(1).click();
    await expect(page.locator('.compare__columns')).toBeVisible();
  },
  'calculator with the seed example': async (page, lang) => {
    await open(page, 'calculator', lang);
    await expect(page.getByTestId('month-max')).toHaveAttribute('data-value', '10000.00');
    // The charts' tables too.
    for (const twin of await page.locator('.chart__twin > summary').all()) await twin.click();
  },
  'calculator with errors': async (page, lang) => {
    await open(page, 'calculator', lang);
    await techField(page, 0, 'weight').fill('abc');
    await techField(page, 1, 'min').fill('9');
    await techField(page, 2, 'name').fill('');
    await expect(page.getByTestId('result-status')).toBeVisible();
  },
  'calculator below a minimum': async (page, lang) => {
    await open(page, 'calculator', lang);
    await techField(page, 2, 'level').fill('1');
    await expect(page.getByTestId('eligibility-error')).toBeVisible();
  },
  'calculator with long names': async (page, lang) => {
    await open(page, 'calculator', lang);
    await page.locator('#project-name').fill(LONG_NAME);
    await techField(page, 0, 'name').fill(LONG_TECHNOLOGY);
    await expect(page.getByTestId('qualification')).toHaveAttribute('data-value', '2.22');
  },
  'calculator with a broken link': async (page, lang) => {
    await open(page, 'calculator?s=not-a-payload', lang);
    await expect(page.locator('.link-error')).toBeVisible();
  },
  'profile with a long name': async (page, lang) => {
    await open(page, 'profile', lang);
    await page.locator('#profile-name').fill(LONG_NAME);
    await page.locator('#profile-profession').selectOption('postgresql-dba');
    await page.locator('details.stored > summary').click();
  },
  learning: async (page, lang) => open(page, 'learning', lang),
  'not found': async (page, lang) => open(page, 'no-such-page', lang),
};

/** Runs in the page: every layout problem a reader would see, one line each. */
function layoutProblems(): string[] {
  const problems: string[] = [];
  const name = (el: Element) => {
    const classes = [...el.classList].map((c) => `.${c}`).join('');
    const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 50);
    return `${el.tagName.toLowerCase()}${classes} "${text}"`;
  };
  // Inside a box clipped to nothing, as visually hidden table heads are.
  const clippedAway = (el: Element) => {
    for (let at: Element | null = el; at; at = at.parentElement) {
      const style = getComputedStyle(at);
      const box = at.getBoundingClientRect();
      if ((style.clipPath !== 'none' || style.clip !== 'auto') && (box.width <= 2 || box.height <= 2)) return true;
    }
    return false;
  };
  const shown = (el: Element) => {
    if (clippedAway(el)) return false;
    const box = el.getBoundingClientRect();
    // Visually hidden text (1 px boxes) is for screen readers and may be clipped by design;
    // a closed <details> still lays out its content, unseen.
    return box.width > 2 && box.height > 2 && el.checkVisibility({ visibilityProperty: true });
  };

  const root = document.documentElement;
  if (root.scrollWidth > root.clientWidth) {
    problems.push(`the page scrolls sideways by ${root.scrollWidth - root.clientWidth}px`);
  }

  // Boxes holding text, and every box that scrolls or clips: nothing sticks out of them.
  const boxes = new Set<Element>();
  for (const el of document.body.querySelectorAll('*')) {
    if (el.closest('svg') || !shown(el)) continue;
    const style = getComputedStyle(el);
    const field = el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement || el instanceof HTMLSelectElement;
    const clips = style.overflowX !== 'visible' && !field;
    const hasText = [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim());
    if (clips) boxes.add(el);
    if (!hasText) continue;
    let box: Element | null = el;
    while (box && ['inline', 'contents'].includes(getComputedStyle(box).display)) box = box.parentElement;
    if (box) boxes.add(box);
  }
  for (const box of boxes) {
    if (box === document.body || !shown(box)) continue;
    if (box.scrollWidth > box.clientWidth + 1) {
      problems.push(`text overflows ${name(box)}: ${box.scrollWidth}px in ${box.clientWidth}px`);
    }
  }
  // Text boxes and controls stay inside the box that holds them.
  for (const el of [...boxes, ...document.querySelectorAll('button, input, select, textarea')]) {
    if (el === document.body || !shown(el) || ['absolute', 'fixed'].includes(getComputedStyle(el).position)) continue;
    let holder = el.parentElement;
    while (holder && ['inline', 'contents'].includes(getComputedStyle(holder).display)) holder = holder.parentElement;
    if (!holder || holder === document.body) continue;
    const inner = el.getBoundingClientRect();
    const outer = holder.getBoundingClientRect();
    if (inner.left < outer.left - 1 || inner.right > outer.right + 1) {
      problems.push(`${name(el)} sticks out of ${name(holder)} by ${Math.round(Math.max(outer.left - inner.left, inner.right - outer.right))}px`);
    }
  }

  // Short values (every seed name is under 30 characters) and placeholders show whole.
  const canvas = document.createElement('canvas').getContext('2d')!;
  const textWidth = (el: Element, text: string) => {
    const style = getComputedStyle(el);
    canvas.font = `${style.fontStyle} ${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
    return canvas.measureText(text).width;
  };
  const room = (el: Element, less = 0) => {
    const style = getComputedStyle(el);
    return el.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight) - less;
  };
  for (const input of document.querySelectorAll<HTMLInputElement>('input:not([type]), input[type=text], input[type=search]')) {
    if (!shown(input)) continue;
    if (input.value && input.value.length <= 30 && input.scrollWidth > input.clientWidth) {
      problems.push(`input #${input.id} cuts "${input.value}"`);
    }
    if (!input.value && input.placeholder && textWidth(input, input.placeholder) > room(input)) {
      problems.push(`input #${input.id} cuts its placeholder "${input.placeholder}"`);
    }
  }
  for (const select of document.querySelectorAll('select')) {
    const text = select.selectedOptions[0]?.text ?? '';
    // The arrow takes about 1.5 em.
    const arrow = parseFloat(getComputedStyle(select).fontSize) * 1.5;
    if (shown(select) && text.length <= 30 && textWidth(select, text) > room(select, arrow)) {
      problems.push(`select #${select.id} cuts "${text}"`);
    }
  }

  // No word broken across lines. Words are split on breakable spaces only: a no-break space
  // joins a number to its digits and unit, and those must stay on one line too. A line may
  // end after a hyphen, dash or slash.
  const breakAfter = new Set(['-', '‐', '–', '—', '/']);
  const range = document.createRange();
  const lineOf = (node: Text, at: number) => {
    range.setStart(node, at);
    range.setEnd(node, at + 1);
    const rect = range.getClientRects()[0];
    return rect ? Math.round(rect.top + rect.height / 2) : null;
  };
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const parent = node.parentElement!;
    if (parent.closest('svg, script, style, option') || !shown(parent)) continue;
    for (const match of node.data.matchAll(/[^ \t\n\r\f]+/g)) {
      const word = match[0];
      if (word.length < 2) continue;
      range.setStart(node, match.index!);
      range.setEnd(node, match.index! + word.length);
      const lines = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
      if (lines.size < 2) continue;
      for (let i = 1; i < word.length; i += 1) {
        const before = lineOf(node, match.index! + i - 1);
        const here = lineOf(node, match.index! + i);
        if (before !== null && here !== null && here > before + 2 && !breakAfter.has(word[i - 1])) {
          problems.push(`"${word}" is broken after "${word.slice(0, i)}" in ${name(parent)}`);
          break;
        }
      }
    }
  }

  // Chart labels lie inside the drawing, so neither the screen nor the paper cuts them.
  for (const svg of document.querySelectorAll<SVGSVGElement>('svg.chart__svg')) {
    if (!svg.checkVisibility()) continue;
    const frame = svg.viewBox.baseVal;
    for (const label of svg.querySelectorAll<SVGTextElement>('text')) {
      const box = label.getBBox();
      const inside =
        box.x >= frame.x - 0.5 &&
        box.y >= frame.y - 0.5 &&
        box.x + box.width <= frame.x + frame.width + 0.5 &&
        box.y + box.height <= frame.y + frame.height + 0.5;
      if (!inside) problems.push(`chart label "${label.textContent}" leaves its chart`);
    }
  }
  return problems;
}

for (const lang of LANGS) {
  for (const [state, reach] of Object.entries(STATES)) {
    test(`${state} (${lang}) fits at every width`, async ({ page }) => {
      await page.setViewportSize({ width: WIDTHS[0], height: 900 });
      await reach(page, lang);
      for (const width of WIDTHS) {
        await page.setViewportSize({ width, height: 900 });
        // Two frames: the resize lays out, then container queries settle.
        await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
        const problems = await page.evaluate(layoutProblems);
        expect(problems, `${state} (${lang}) at ${width}px`).toEqual([]);
      }
    });
  }
}

test('the radar names every technology of the seed whole, on screen and on paper', async ({ page }) => {
  await open(page, 'calculator', 'ru');
  const labels = page.locator('.chart--radar svg:visible text.chart__label');
  const read = () =>
    labels.evaluateAll((texts) =>
      texts.map((text) => [...text.querySelectorAll('tspan')].map((line) => line.textContent).join(' ')),
    );
  expect(await read()).toEqual(['Письменный английский', 'Разработка на Rust', 'Разработка серверного ПО']);
  // On A4 (about 180 mm of width), every label lies inside the page.
  await page.setViewportSize({ width: 680, height: 960 });
  await page.emulateMedia({ media: 'print' });
  const outside = await labels.evaluateAll((texts) =>
    texts
      .map((text) => ({ text: text.textContent, box: text.getBoundingClientRect() }))
      .filter(({ box }) => box.left < 0 || box.right > document.documentElement.clientWidth)
      .map(({ text }) => text),
  );
  expect(outside).toEqual([]);
});

test('the check finds a broken word, a clipped name and a button sticking out', async ({ page }) => {
  // The check itself must be able to fail: a narrow box forced to break words, an input too
  // narrow for a seed name, and a button wider than its box.
  await open(page, 'calculator', 'ru');
  await page.evaluate(() => {
    const probe = document.createElement('p');
    probe.textContent = 'Разработка серверного ПО';
    probe.style.cssText = 'width: 4rem; overflow-wrap: anywhere';
    document.querySelector('h1')!.after(probe);
    const holder = document.createElement('div');
    holder.style.width = '3rem';
    holder.innerHTML = '<button type="button" style="white-space: nowrap">Подобрать уровень</button>';
    probe.after(holder);
    (document.querySelector('.tech-row input[id$="-name"]') as HTMLInputElement).style.width = '5rem';
  });
  const problems = await page.evaluate(layoutProblems);
  expect(problems.some((p) => p.startsWith('"Разработка" is broken after'))).toBe(true);
  expect(problems.some((p) => p.endsWith('cuts "Письменный английский"'))).toBe(true);
  expect(problems.some((p) => p.startsWith('button "Подобрать уровень" sticks out of div'))).toBe(true);
});
