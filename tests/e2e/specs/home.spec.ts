import AxeBuilder from '@axe-core/playwright';
import { test, expect } from './fixtures';
import { HomePage } from './home.page';

// Every profession of the seeds, in catalog order (000, 001, then 002's seven specialties and
// two PostgreSQL gradings).
const professions = [
  'Python-разработчик',
  'Python-разработчик (расширенная матрица)',
  'Бэкендер / Веб-разработчик',
  'Аналитик данных / Data Scientist',
  'AI-разработчик / ML Engineer',
  'DevOps-инженер / Инженер автоматизации',
  'QA Automation Engineer / Автоматизатор тестирования',
  'Game Dev / Разработчик игр',
  'Разработчик IoT / Системный программист',
  'Грейдирование по PostgeSQL для аналитиков данных',
  'Грейдирование по PostgeSQL для системных инженеров и администраторов бд',
];

test('the home page lists every profession of the seeds by name', async ({ app, page }) => {
  const home = new HomePage(app);
  await home.open();
  await expect(page.getByRole('heading', { level: 2 })).toHaveText(professions);
  await expect(home.count).toHaveText(`Показано профессий: ${professions.length} из ${professions.length}`);

  // Grades in order as chips; professions without grades say so.
  await expect(home.card('Python-разработчик').getByRole('list', { name: 'Грейды' }).getByRole('listitem')).toHaveText([
    'Junior',
    'Middle',
    'Senior',
    'Lead',
  ]);
  await expect(home.card('Бэкендер / Веб-разработчик').getByRole('listitem')).toHaveText([
    'Стажёр',
    'Джун',
    'Джун+',
    'Мидл',
    'Мидл+',
    'Синьор+',
  ]);
  for (const name of professions.slice(6, 9)) {
    await expect(home.card(name)).toContainText('Грейды ещё не определены.');
    await expect(home.card(name).getByRole('button')).toHaveCount(0);
  }
  // Where a matrix comes from is said in words (matrix-text.spec.ts), never as a file name.
  await expect(page.getByText(/\d{3}_[0-9a-f]{16}\.txt/)).toHaveCount(0);
});

test('expanding a profession shows its grades, skill groups and items', async ({ app }) => {
  const home = new HomePage(app);
  await home.open();
  const card = await home.expand('Python-разработчик');
  await expect(card.getByRole('heading', { level: 3 })).toHaveText(['Junior', 'Middle', 'Senior', 'Lead']);
  const junior = home.grade(card, 'Junior');
  await expect(junior.getByRole('heading', { level: 4 })).toHaveText(['Soft Skills', 'Hard Skills']);
  await expect(junior.getByRole('checkbox')).toHaveCount(10);
  await expect(junior.getByLabel('Базовое знание синтаксиса Python и ООП')).not.toBeChecked();
  await expect(home.grade(card, 'Lead').getByLabel('Лидерство и управление командой')).toBeVisible();

  // The extended matrix: the Lead note, the "as Senior" remark and the glossary.
  const extended = await home.expand('Python-разработчик (расширенная матрица)');
  const lead = home.grade(extended, 'Lead');
  await expect(lead).toContainText('Hard Skills Senior и Lead не отличаются.');
  await expect(lead).toContainText('Как у Senior +:');
  await expect(extended.getByRole('region', { name: 'Глоссарий' })).toContainText('Многозадачность');

  // Seed 002: one unnamed list per grade gets a heading; empty PostgreSQL grades say so.
  const backend = await home.expand('Бэкендер / Веб-разработчик');
  await expect(home.grade(backend, 'Стажёр').getByRole('heading', { level: 4 })).toHaveText('Навыки');
  await expect(home.grade(backend, 'Стажёр').getByLabel('понимание HTTP и REST')).toBeVisible();
  const postgres = await home.expand('Грейдирование по PostgeSQL для аналитиков данных');
  await expect(home.grade(postgres, 'стажер')).toContainText('Навыки этого грейда в источнике пока не описаны.');
  await expect(postgres.getByRole('checkbox')).toHaveCount(0);

  await card.getByRole('button', { name: 'Скрыть навыки' }).click();
  await expect(card.getByRole('checkbox')).toHaveCount(0);
  await expect(card.getByRole('button', { name: 'Показать навыки' })).toHaveAttribute('aria-expanded', 'false');
});

test('ticking items updates progress and the estimate, and survives a reload', async ({ app }) => {
  const home = new HomePage(app);
  await home.open();
  const card = await home.expand('Python-разработчик');
  const junior = home.grade(card, 'Junior');
  const estimate = card.getByTestId('estimate');
  await expect(estimate).toContainText('пока ниже первого грейда');

  const boxes = junior.getByRole('checkbox');
  for (let i = 0; i < 7; i++) await boxes.nth(i).check();
  await expect(junior.getByTestId('grade-progress')).toContainText('Отмечено 7 из 10 (70 %)');
  await expect(estimate).toContainText('пока ниже первого грейда');

  await boxes.nth(7).check();
  await expect(junior.getByTestId('grade-progress')).toContainText('Отмечено 8 из 10 (80 %)');
  await expect(junior.getByTestId('grade-progress')).toContainText('засчитан');
  await expect(estimate).toContainText('Junior');
  await expect(card).toContainText('Отмечено навыков: 8 из 40');

  await app.reload();
  await expect(home.card('Python-разработчик').getByTestId('estimate')).toContainText('Junior');
  const again = await home.expand('Python-разработчик');
  const juniorAgain = home.grade(again, 'Junior');
  await expect(juniorAgain.getByTestId('grade-progress')).toContainText('Отмечено 8 из 10 (80 %)');
  await expect(juniorAgain.getByRole('checkbox').nth(0)).toBeChecked();
  await expect(juniorAgain.getByRole('checkbox').nth(9)).not.toBeChecked();

  await juniorAgain.getByRole('checkbox').nth(0).uncheck();
  await expect(again.getByTestId('estimate')).toContainText('пока ниже первого грейда');
});

test('the filter narrows the list, clearing restores it, and ticks are kept', async ({ app, page }) => {
  const home = new HomePage(app);
  await home.open();
  const card = await home.expand('Python-разработчик');
  await home.grade(card, 'Middle').getByLabel('Основы Docker и настройка CI/CD пайплайнов').check();

  await home.search.fill('docker');
  await expect(home.count).toHaveText('Показано профессий: 4 из 11');
  await expect(page.getByRole('heading', { level: 2 })).toHaveText([
    'Python-разработчик',
    'Python-разработчик (расширенная матрица)',
    'Бэкендер / Веб-разработчик',
    'DevOps-инженер / Инженер автоматизации',
  ]);
  await expect(home.card('Python-разработчик')).toContainText('Совпадений среди навыков: 2');
  await expect(home.grade(card, 'Middle').getByLabel('Основы Docker и настройка CI/CD пайплайнов')).toBeChecked();

  await home.search.fill('аналитик');
  await expect(home.count).toHaveText('Показано профессий: 2 из 11');
  await expect(home.card('Python-разработчик')).toHaveCount(0);

  await home.search.fill('нет такого навыка');
  await expect(home.count).toHaveText('Показано профессий: 0 из 11');
  await expect(page.getByTestId('no-results')).toHaveText('Ничего не найдено. Измените запрос или очистите поиск.');

  await page.getByRole('button', { name: 'Очистить поиск' }).click();
  await expect(home.search).toHaveValue('');
  await expect(home.count).toHaveText('Показано профессий: 11 из 11');
  await expect(page.getByRole('heading', { level: 2 })).toHaveText(professions);
  await expect(home.card('Python-разработчик')).toContainText('Отмечено навыков: 1 из 40');
});

test('the compare view shows what the higher grade adds', async ({ app }) => {
  const home = new HomePage(app);
  await home.open();
  const card = home.card('Python-разработчик (расширенная матрица)');
  const toggle = card.getByRole('button', { name: 'Сравнить грейды' });
  await toggle.click();
  await expect(card.getByRole('button', { name: 'Скрыть сравнение' })).toHaveAttribute('aria-expanded', 'true');
  const compare = card.getByTestId('compare');
  await expect(compare.getByRole('heading', { level: 3 })).toHaveText('Сравнение грейдов');

  // Defaults: the first grade against the next one.
  await expect(compare.getByLabel('Первый грейд')).toHaveValue('junior');
  await expect(compare.getByLabel('Второй грейд')).toHaveValue('junior+');

  await compare.getByLabel('Первый грейд').selectOption({ label: 'Senior' });
  await compare.getByLabel('Второй грейд').selectOption({ label: 'Lead' });
  const adds = compare.getByTestId('compare-higher');
  await expect(adds.getByRole('heading')).toHaveText('Добавляет «Lead» 3');
  await expect(adds.getByRole('listitem')).toHaveCount(3);
  await expect(adds).toContainText('Умение проведения встреч one-to-one.');
  await expect(compare.getByTestId('compare-lower')).toContainText('Нет');
  await expect(compare.getByTestId('compare-common').getByRole('listitem')).toHaveCount(23);

  // Either order reads the same; one grade against itself asks for two.
  await compare.getByLabel('Первый грейд').selectOption({ label: 'Lead' });
  await compare.getByLabel('Второй грейд').selectOption({ label: 'Senior' });
  await expect(compare.getByTestId('compare-higher').getByRole('heading')).toHaveText('Добавляет «Lead» 3');
  await compare.getByLabel('Второй грейд').selectOption({ label: 'Lead' });
  await expect(compare).toContainText('Выберите два разных грейда.');
});

test('disclosures and checkboxes work from the keyboard', async ({ app, page }) => {
  const home = new HomePage(app);
  await home.open();
  const card = home.card('Python-разработчик');
  await card.getByRole('button', { name: 'Показать навыки' }).focus();
  await page.keyboard.press('Enter');
  const first = home.grade(card, 'Junior').getByRole('checkbox').first();
  await first.focus();
  await page.keyboard.press('Space');
  await expect(first).toBeChecked();
  await expect(home.grade(card, 'Junior').getByTestId('grade-progress')).toContainText('Отмечено 1 из 10');
});

test('English switches the interface, the content stays Russian', async ({ app, page }) => {
  const home = new HomePage(app);
  await home.open();
  await page.getByRole('button', { name: 'EN' }).click();
  await expect(page.getByLabel('Search professions and skills')).toBeVisible();
  const card = page.getByRole('article', { name: 'Python-разработчик', exact: true });
  await card.getByRole('button', { name: 'Show skills' }).click();
  await expect(card.getByRole('region', { name: 'Junior', exact: true }).getByTestId('grade-progress')).toContainText(
    '0 of 10 ticked (0 %)',
  );
  await expect(page.getByRole('article', { name: 'Game Dev / Разработчик игр' })).toContainText('Grades not defined yet.');
});

test('the home page has no accessibility violations, collapsed or open', async ({ app, page }) => {
  const home = new HomePage(app);
  await home.open();
  const card = await home.expand('Python-разработчик (расширенная матрица)');
  await card.getByRole('button', { name: 'Сравнить грейды' }).click();
  await home.grade(card, 'Junior').getByRole('checkbox').first().check();
  await home.search.fill('docker');
  await expect(home.count).toHaveText('Показано профессий: 4 из 11');
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations).toEqual([]);
});
