import { expect, type Locator, type Page } from '@playwright/test';
import type { App } from './fixtures';

/** The home page: the professions, their grade matrices, the search. */
export class HomePage {
  readonly page: Page;
  readonly search: Locator;
  readonly count: Locator;

  constructor(readonly app: App) {
    this.page = app.page;
    this.search = this.page.getByLabel('Поиск по профессиям и навыкам');
    this.count = this.page.getByTestId('shown-count');
  }

  async open() {
    await this.app.open('./');
    await expect(this.page.getByRole('heading', { level: 1 })).toHaveText('Профессии и грейды');
  }

  card(name: string): Locator {
    return this.page.getByRole('article', { name, exact: true });
  }

  /** Opens a profession's skills and returns its card. */
  async expand(name: string): Promise<Locator> {
    const card = this.card(name);
    const toggle = card.getByRole('button', { name: 'Показать навыки' });
    await toggle.click();
    await expect(card.getByRole('button', { name: 'Скрыть навыки' })).toHaveAttribute('aria-expanded', 'true');
    return card;
  }

  grade(card: Locator, title: string): Locator {
    return card.getByRole('region', { name: title, exact: true });
  }
}
