import type { Locator, Page } from '@playwright/test';
import type { App } from './fixtures';

/** The profile page: about the user, the summary, and export / import / reset of local data. */
export class ProfilePage {
  readonly page: Page;
  readonly name: Locator;
  readonly profession: Locator;
  readonly currentGrade: Locator;
  readonly targetGrade: Locator;
  readonly importFile: Locator;

  constructor(readonly app: App) {
    this.page = app.page;
    this.name = this.page.getByLabel('Имя');
    this.profession = this.page.getByLabel('Профессия');
    this.currentGrade = this.page.getByLabel('Текущий грейд');
    this.targetGrade = this.page.getByLabel('Целевой грейд');
    this.importFile = this.page.getByLabel('Файл экспорта');
  }

  async open() {
    await this.app.open('profile');
  }

  /** Every key of the app in storage, parsed. */
  storedData() {
    return this.page.evaluate(() =>
      Object.fromEntries(
        Object.keys(localStorage)
          .filter((key) => key.startsWith('grades.'))
          .sort()
          .map((key) => [key, JSON.parse(localStorage.getItem(key) ?? 'null')]),
      ),
    );
  }
}
