import { expect, type Browser, type Locator, type Page } from '@playwright/test';
import { App } from './fixtures';

/** The stored keys of the user's own professions and of the self-assessment ticks. */
export const MATRICES = 'grades.matrices';
export const TICKS = 'grades.assessment';

export interface Item {
  id: string;
  text: string;
}
export interface Group {
  id: string;
  title?: string;
  note?: string;
  items: Item[];
}
export interface Grade {
  id: string;
  title: string;
  groups: Group[];
}
export interface Profession {
  id: string;
  name: string;
  summary?: string;
  stack?: string[];
  grades: Grade[];
}

/** Stored values in the app's envelope, ready for `App.startWith`. */
export const storedMatrices = (...professions: Profession[]) => JSON.stringify({ v: 1, data: { professions } });
export const storedTicks = (...ticked: string[]) => JSON.stringify({ v: 1, data: { ticked } });

/** A small profession of one's own: two grades, one group each, four items. */
export function platform(): Profession {
  return {
    id: 'platform',
    name: 'Платформа',
    grades: [
      {
        id: 'junior',
        title: 'Джун',
        groups: [
          {
            id: 'hard',
            title: 'Hard Skills',
            items: [
              { id: '1', text: 'Пишет тесты' },
              { id: '2', text: 'Читает логи' },
              { id: '3', text: 'Знает SQL' },
            ],
          },
        ],
      },
      {
        id: 'middle',
        title: 'Мидл',
        groups: [{ id: 'hard', title: 'Hard Skills', items: [{ id: '1', text: 'Проектирует API' }] }],
      },
    ],
  };
}

/**
 * Grades, groups and items of a profession, whether stored (`groups`, items with ids) or in a
 * matrix file (`skill_groups`, an item without an id is its text and its position is its id).
 */
export function outline(profession: Record<string, any>) {
  return (profession.grades ?? []).map((grade: Record<string, any>) => ({
    id: grade.id,
    title: grade.title,
    groups: (grade.groups ?? grade.skill_groups ?? []).map((group: Record<string, any>) => ({
      id: group.id,
      title: group.title ?? null,
      items: (group.items ?? []).map((item: string | Item, at: number) =>
        typeof item === 'string' ? [String(at + 1), item] : [item.id, item.text],
      ),
    })),
  }));
}

/** The `/matrices` page: the list of one's own professions, the editor, a matrix from a link. */
export class MatricesPage {
  readonly page: Page;

  constructor(readonly app: App) {
    this.page = app.page;
  }

  async openList() {
    await this.app.open('matrices');
    await expect(this.page.getByRole('heading', { level: 1 })).toHaveText('Мои матрицы');
  }

  async openEditor(id: string) {
    await this.app.open(`matrices?edit=${id}`);
    await expect(this.page.getByTestId('matrix-editor')).toBeVisible();
  }

  /** An element by its id, which may hold characters CSS would need escaped (`junior+`). */
  byId(id: string): Locator {
    return this.page.locator(`[id="${id}"]`);
  }

  row(id: string): Locator {
    return this.page.locator(`[data-testid=own-matrix][data-profession-id="${id}"]`);
  }

  /** Ids of the grades in the editor, in order. */
  gradeIds() {
    return this.page.getByTestId('editor-grade').evaluateAll((grades) => grades.map((g) => g.getAttribute('data-grade-id')));
  }

  /** Ids of the items of one group in the editor, in order. */
  itemIds(grade: string, group: string) {
    return this.byId(`ed-${grade}--${group}`)
      .getByTestId('editor-item')
      .evaluateAll((items) => items.map((i) => i.id.split('--').pop()));
  }

  item(grade: string, group: string, item: string): Locator {
    return this.byId(`ed-${grade}--${group}--${item}`);
  }

  itemText(grade: string, group: string, item: string): Locator {
    return this.byId(`ed-${grade}--${group}--${item}-text`);
  }

  /** The user's own professions as stored. */
  stored(): Promise<Profession[]> {
    return this.page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? 'null')?.data?.professions ?? [], MATRICES);
  }

  /** The ticked item keys as stored, sorted. */
  storedTicks(): Promise<string[]> {
    return this.page.evaluate(
      (key) => [...(JSON.parse(localStorage.getItem(key) ?? 'null')?.data?.ticked ?? [])].sort(),
      TICKS,
    );
  }
}

/** The home page's card of one profession. */
export function card(page: Page, id: string): Locator {
  return page.locator(`[data-testid=profession][data-profession-id="${id}"]`);
}

/** Opens a card's skills and returns the card. */
export async function expandCard(page: Page, id: string): Promise<Locator> {
  const found = card(page, id);
  await found.getByRole('button', { name: 'Показать навыки' }).click();
  await expect(found.locator('input[data-item-key]').first()).toBeVisible();
  return found;
}

/** The item keys of a card's checkboxes, in order. */
export function itemKeys(cardLocator: Locator) {
  return cardLocator.locator('input[data-item-key]').evaluateAll((boxes) => boxes.map((b) => b.getAttribute('data-item-key')));
}

/**
 * The app in a browser context of its own: no storage shared with the test's page, as on
 * someone else's computer. Its uncaught errors are collected like the test page's.
 */
export async function otherBrowser(browser: Browser, baseURL: string | undefined) {
  const context = await browser.newContext({ baseURL });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  return {
    app: new App(page),
    page,
    /** Closes the context, then fails if the page threw. */
    async close() {
      await context.close();
      expect(errors, 'uncaught errors in the other browser').toEqual([]);
    },
  };
}
