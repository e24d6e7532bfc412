import { test, expect } from './fixtures';

test.beforeEach(async ({ app, page }) => {
  await app.open('learning');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Обучение');
});

test('only professions with grades can be chosen', async ({ page }) => {
  await expect(page.getByLabel('Профессия').getByRole('option')).toHaveText([
    'Python-разработчик',
    'Python-разработчик (расширенная матрица)',
    'Бэкендер / Веб-разработчик',
    'Аналитик данных / Data Scientist',
    'AI-разработчик / ML Engineer',
    'DevOps-инженер / Инженер автоматизации',
    'Грейдирование по PostgeSQL для аналитиков данных',
    'Грейдирование по PostgeSQL для системных инженеров и администраторов бд',
  ]);
});

test('levels, then sections, then modules, each coming soon', async ({ page }) => {
  const levels = page.getByTestId('level');
  await expect(page.getByRole('heading', { level: 2 })).toHaveText(['Junior', 'Middle', 'Senior', 'Lead']);
  const junior = levels.filter({ has: page.getByRole('heading', { level: 2, name: 'Junior' }) });
  await expect(junior.getByRole('heading', { level: 3 })).toHaveText(['Soft Skills', 'Hard Skills']);
  await expect(junior.getByTestId('module')).toHaveCount(10);
  await expect(junior.getByTestId('module').first()).toHaveText(/Готовность учиться и быстро осваивать новое\s*Скоро/);
  await expect(page.getByTestId('module')).toHaveCount(40);
  await expect(page.getByTestId('module').filter({ hasText: 'Скоро' })).toHaveCount(40);
  await expect(page.getByTestId('learning-summary')).toHaveText('Уровней: 4 · разделов: 8 · модулей: 40');
});

test('choosing another profession lays out its ladder', async ({ page }) => {
  const select = page.getByLabel('Профессия');
  await select.selectOption({ label: 'Бэкендер / Веб-разработчик' });
  await expect(page.getByRole('heading', { level: 2 })).toHaveText([
    /Стажёр/,
    /Джун/,
    /Джун\+/,
    /Мидл/,
    /Мидл\+/,
    /Синьор\+/,
  ]);
  await expect(page.getByRole('heading', { level: 3 })).toHaveCount(6);
  await expect(page.getByRole('heading', { level: 3 }).first()).toHaveText('Навыки');
  await expect(page.getByTestId('module')).toHaveCount(32);

  await select.selectOption({ label: 'Грейдирование по PostgeSQL для аналитиков данных' });
  await expect(page.getByTestId('level')).toHaveCount(6);
  await expect(page.getByTestId('module')).toHaveCount(0);
  await expect(page.getByTestId('level').first()).toContainText(
    'Разделы этого уровня появятся, когда в матрице будут описаны его навыки.',
  );
});

test('in English the modules are coming soon', async ({ page }) => {
  await page.getByRole('button', { name: 'EN' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Learning');
  await page.getByLabel('Profession').selectOption({ label: 'Python-разработчик (расширенная матрица)' });
  await expect(page.getByTestId('module').filter({ hasText: 'Coming soon' })).toHaveCount(92);
});
