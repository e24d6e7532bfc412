import { expect, type Locator, type Page } from '@playwright/test';
import type { App } from './fixtures';

/** The calculator page as its users see it: by roles, labels and the stable test ids. */
export class CalculatorPage {
  readonly page: Page;

  constructor(readonly app: App) {
    this.page = app.page;
  }

  /** Opens the calculator relative to the site's base (root or sub-path), optionally with a query. */
  async open(query = '') {
    await this.app.open(`calculator${query}`);
    // The first paint waits for the WebAssembly to load: allow for a slow machine.
    await expect(this.page.getByRole('heading', { level: 1 })).toHaveText('Квалификация и зарплата', {
      timeout: 15_000,
    });
  }

  /** Row `n` (from 1) of the open project's technologies. */
  row(n: number): Locator {
    return this.page.getByRole('group', { name: new RegExp(`^Технология ${n}\\b`) });
  }

  name(n: number) {
    return this.row(n).getByLabel('Технология', { exact: true });
  }

  min(n: number) {
    return this.row(n).getByLabel('Минимум I', { exact: true });
  }

  weight(n: number) {
    return this.row(n).getByLabel('Вес W', { exact: true });
  }

  level(n: number) {
    return this.row(n).getByLabel('Ваш уровень L', { exact: true });
  }

  setting(label: string) {
    return this.page.getByLabel(label, { exact: true });
  }

  figure(testId: string) {
    return this.page.getByTestId(testId);
  }

  result() {
    return this.page.getByRole('region', { name: 'Результат' });
  }

  projectSelect() {
    return this.page.getByLabel('Открытый проект');
  }

  projectName() {
    return this.page.getByLabel('Название проекта');
  }

  /** The six result hooks (docs/formats.md#result-hooks), by their plain `data-value`. */
  async expectFigures(values: {
    qualification: string;
    dLevel: string;
    rateMin: string;
    rateMax: string;
    monthMin: string;
    monthMax: string;
  }) {
    await expect(this.figure('qualification')).toHaveAttribute('data-value', values.qualification);
    await expect(this.figure('d-level')).toHaveAttribute('data-value', values.dLevel);
    await expect(this.figure('rate-min')).toHaveAttribute('data-value', values.rateMin);
    await expect(this.figure('rate-max')).toHaveAttribute('data-value', values.rateMax);
    await expect(this.figure('month-min')).toHaveAttribute('data-value', values.monthMin);
    await expect(this.figure('month-max')).toHaveAttribute('data-value', values.monthMax);
  }

  async expectSeedFigures() {
    await this.expectFigures({
      qualification: '2.22',
      dLevel: 'D2',
      rateMin: '55.50',
      rateMax: '100.00',
      monthMin: '5550.00',
      monthMax: '10000.00',
    });
  }

  /** Copies the share link and returns it from the read-only field shown beside the button. */
  async copyLink(): Promise<string> {
    await this.page.getByRole('button', { name: 'Скопировать ссылку' }).click();
    const field = this.page.getByLabel('Ссылка на проект');
    await expect(field).toHaveValue(/\/calculator\?s=[A-Za-z0-9_-]+$/);
    return field.inputValue();
  }
}
