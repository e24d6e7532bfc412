import { readFileSync, readdirSync } from 'node:fs';

// Export files of team members, made the way the profile page's export writes them
// (docs/formats.md#export-file): every stored key's envelope under `keys`, object members in
// alphabetical order, pretty-printed with two spaces. Ticks are drawn from a seeded generator,
// so every run loads the same team; what the team view should show is worked out here from
// the same data, independently of the app (docs/rules.md#self-assessment).

export interface Item {
  id: string;
  text: string;
}
export interface Group {
  id: string;
  title?: string;
  items: Item[];
}
export interface Grade {
  id: string;
  title: string;
  groups: Group[];
}
/** A profession in the stored form of the matrices key (docs/formats.md#matrices-key). */
export interface Profession {
  id: string;
  name: string;
  grades: Grade[];
}

/** The built-in professions, read from the matrix files the app compiles in, in their order. */
export function builtIn(): Profession[] {
  const folder = new URL('../../../assets/matrices/', import.meta.url);
  return readdirSync(folder)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .flatMap((name) => JSON.parse(readFileSync(new URL(name, folder), 'utf8')) as Record<string, any>[])
    .map((profession) => ({
      id: profession.id,
      name: profession.name,
      grades: (profession.grades ?? []).map((grade: Record<string, any>) => ({
        id: grade.id ?? grade.level,
        title: grade.title,
        groups: (grade.skill_groups ?? []).map((group: Record<string, any>) => ({
          id: group.id,
          ...(group.title ? { title: group.title } : {}),
          // A built-in item without an id is known by its position in the group, from 1.
          items: group.items.map((item: string | Item, at: number) =>
            typeof item === 'string' ? { id: String(at + 1), text: item } : { id: String(item.id), text: item.text },
          ),
        })),
      })),
    }));
}

export const professionById = (id: string, extra: Profession[] = []) => {
  const found = [...builtIn(), ...extra].find((p) => p.id === id);
  if (!found) throw new Error(`no profession ${id}`);
  return found;
};

/** Every item key of a grade: `{profession}/{grade}/{group}/{item}` (docs/formats.md#item-keys). */
export const gradeKeys = (profession: Profession, grade: Grade) =>
  grade.groups.flatMap((group) => group.items.map((item) => `${profession.id}/${grade.id}/${group.id}/${item.id}`));

export const itemKeys = (profession: Profession) => profession.grades.flatMap((grade) => gradeKeys(profession, grade));

/** A profession of one's own: `grades` × `groups` × `items`, ids as the editor gives them. */
export function ownProfession(id: string, name: string, grades: number, groups: number, items: number): Profession {
  return {
    id,
    name,
    grades: Array.from({ length: grades }, (_, g) => ({
      id: `g${g + 1}`,
      title: `Ступень ${g + 1}`,
      groups: Array.from({ length: groups }, (_, s) => ({
        id: `s${s + 1}`,
        title: `Группа ${s + 1}`,
        items: Array.from({ length: items }, (_, i) => ({
          id: String(i + 1),
          text: `Навык ${g + 1}.${s + 1}.${i + 1}: проектирует, пишет и сопровождает сервисы`,
        })),
      })),
    })),
  };
}

/** mulberry32: a small seeded generator, the same numbers on every run. */
export function random(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The fewest ticks of `n` items that reach a grade: at least 80 %. */
export const threshold = (n: number) => Math.ceil((n * 4) / 5);

/**
 * How many of a grade's items a member ticks: all, none, just enough for 80 %, one short of it,
 * or a random share.
 */
export type Fill = 'full' | 'none' | 'just' | 'short' | 'rand';

function tickCount(fill: Fill, n: number, next: () => number) {
  switch (fill) {
    case 'full':
      return n;
    case 'none':
      return 0;
    case 'just':
      return threshold(n);
    case 'short':
      return Math.max(threshold(n) - 1, 0);
    case 'rand':
      return Math.floor(next() * (n + 1));
  }
}

/** `count` of `keys`, chosen by `next`, in their original order. */
function pick(keys: string[], count: number, next: () => number) {
  const order = keys.map((key) => ({ key, at: next() }));
  order.sort((a, b) => a.at - b.at);
  const chosen = new Set(order.slice(0, count).map((o) => o.key));
  return keys.filter((key) => chosen.has(key));
}

export interface MemberSpec {
  /** The file's name. */
  file: string;
  name: string;
  /** The profession's id: built in, or one of `own`. */
  profession: string;
  current?: string | null;
  target?: string | null;
  /** Per grade of the profession, in ladder order; missing grades get none. */
  fills: Fill[];
  seed: number;
  /** Professions of the member's own, carried in the file under the matrices key. */
  own?: Profession[];
  /** Evidence on every `evidenceEvery`-th ticked item. */
  evidenceEvery?: number;
  /** Saved calculator projects: the worked example, with its levels. */
  projects?: boolean;
  language?: 'ru' | 'en';
  exportedAt?: string;
}

export interface Member {
  spec: MemberSpec;
  profession: Profession;
  /** The ticked item keys, in key order. */
  ticks: string[];
  evidence: string[];
  /** The stored values, key → its raw text, as the app stores them. */
  stored: Record<string, string>;
  /** The export file's text. */
  text: string;
}

/** Sorts every object's members, as serde_json writes a `Value`. */
function sorted(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sorted);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.keys(value as object)
        .sort()
        .map((key) => [key, sorted((value as Record<string, unknown>)[key])]),
    );
  }
  return value;
}

/** serde_json's `to_string_pretty` of a `Value`: members sorted, two-space indents. */
export const pretty = (value: unknown) => JSON.stringify(sorted(value), null, 2);

/** Keys in the order the app keeps them (Rust's `BTreeSet<String>`: by bytes). */
const byBytes = (a: string, b: string) => Buffer.compare(Buffer.from(a), Buffer.from(b));

/** The export file of one member, with what the team view should make of it. */
export function member(spec: MemberSpec): Member {
  const next = random(spec.seed);
  const profession = professionById(spec.profession, spec.own ?? []);
  const ticks = profession.grades
    .flatMap((grade, at) => {
      const keys = gradeKeys(profession, grade);
      return pick(keys, tickCount(spec.fills[at] ?? 'none', keys.length, next), next);
    })
    .sort(byBytes);
  const evidence = spec.evidenceEvery ? ticks.filter((_, at) => at % spec.evidenceEvery! === 0) : [];
  const envelope = (data: unknown) => JSON.stringify(sorted({ data, v: 1 }));
  const stored: Record<string, string> = {
    'grades.profile': envelope({
      current_grade: spec.current ?? null,
      name: spec.name,
      profession: spec.profession,
      target_grade: spec.target ?? null,
    }),
  };
  if (spec.language) stored['grades.language'] = envelope(spec.language);
  if (ticks.length) stored['grades.assessment'] = envelope({ ticked: ticks });
  if (spec.own?.length) stored['grades.matrices'] = envelope({ professions: spec.own });
  if (evidence.length) {
    stored['grades.evidence'] = envelope({
      items: Object.fromEntries(
        evidence.map((key, at) => [
          key,
          {
            date: `2026-11-${String((at % 28) + 1).padStart(2, '0')}`,
            links: [`https://git.example.com/${spec.seed}/pull/${at + 1}`],
            note: `Сделано в проекте ${at + 1}`,
          },
        ]),
      ),
    });
  }
  if (spec.projects) {
    stored['grades.projects'] = envelope({
      current: 1,
      next_id: 5,
      projects: [
        {
          id: 1,
          name: 'Пример из методики',
          technologies: [
            { id: 2, min: '1', name: 'Письменный английский', weight: '0.5' },
            { id: 3, min: '1', name: 'Разработка на Rust', weight: '1.0' },
            { id: 4, min: '2', name: 'Разработка серверного ПО', weight: '0.8' },
          ],
        },
      ],
    });
    stored['grades.levels'] = envelope({
      'письменный английский': { level: '1', name: 'Письменный английский' },
      'разработка на rust': { level: '3', name: 'Разработка на Rust' },
      'разработка серверного по': { level: '2', name: 'Разработка серверного ПО' },
    });
  }
  return { spec, profession, ticks, evidence, stored, text: exportText(stored, spec.exportedAt) };
}

/** The export file of stored values, as `build_export` writes it. */
export function exportText(stored: Record<string, string>, exportedAt = '2026-11-30T09:30:00.000Z') {
  return pretty({
    app_version: '0.1.0',
    exported_at: exportedAt,
    format: 'grades-export',
    format_version: 1,
    keys: Object.fromEntries(Object.entries(stored).map(([key, raw]) => [key, JSON.parse(raw)])),
  });
}

/** A file for Playwright's `setInputFiles`. */
export const upload = (name: string, text: string) => ({
  name,
  mimeType: 'application/json',
  buffer: Buffer.from(text, 'utf8'),
});

/**
 * The estimate by the 80 % rule (docs/rules.md#self-assessment): walking up the ladder, every
 * grade with items must be reached (at least 80 % ticked); the estimate is the last one reached
 * before the first that is not. Grades without items are skipped. `null` below the first grade
 * or when the profession has no items.
 */
export function estimate(profession: Profession, ticks: Iterable<string>): string | null {
  const ticked = new Set(ticks);
  let reached: string | null = null;
  for (const grade of profession.grades) {
    const keys = gradeKeys(profession, grade);
    if (keys.length === 0) continue;
    const count = keys.filter((key) => ticked.has(key)).length;
    if (count * 5 < keys.length * 4) break;
    reached = grade.id;
  }
  return reached;
}

/**
 * Progress towards the target (docs/rules.md#plan): the items ticked of every grade up to the
 * target together, and their share rounded down; `null` without a target of the profession.
 */
export function progress(profession: Profession, ticks: Iterable<string>, target: string | null | undefined) {
  const at = profession.grades.findIndex((grade) => grade.id === target);
  if (at < 0) return null;
  const ticked = new Set(ticks);
  const keys = profession.grades.slice(0, at + 1).flatMap((grade) => gradeKeys(profession, grade));
  const count = keys.filter((key) => ticked.has(key)).length;
  return { count, total: keys.length, percent: Math.floor((count * 100) / keys.length) };
}

/** Per item key of each member's profession: how many members ticked it. */
export function holders(members: Member[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const m of members) for (const key of itemKeys(m.profession)) counts.set(key, counts.get(key) ?? 0);
  for (const m of members) for (const key of m.ticks) if (counts.has(key)) counts.set(key, counts.get(key)! + 1);
  return counts;
}

/** The own profession a member carries in the team below: 3 grades × 2 groups × 5 items. */
export const PLATFORM = ownProfession('platform-team', 'Платформенная команда', 3, 2, 5);

/** Twelve members of mixed professions; the last carries a profession of her own. */
export function team(): Member[] {
  const specs: MemberSpec[] = [
    { file: 'anna.json', name: 'Анна Петрова', profession: 'python-developer', current: 'junior', target: 'middle', fills: ['full', 'just', 'rand', 'none'], evidenceEvery: 3, projects: true },
    { file: 'boris.json', name: 'Борис Орлов', profession: 'python-developer', current: 'junior', target: 'senior', fills: ['short', 'full', 'full', 'full'] },
    { file: 'vera.json', name: 'Вера Ким', profession: 'python-developer', current: 'senior', target: 'lead', fills: ['full', 'full', 'full', 'full'], evidenceEvery: 2 },
    { file: 'gleb.json', name: 'Глеб Соколов', profession: 'python-developer-extended', current: 'junior+', target: 'middle+', fills: ['full', 'just', 'short', 'rand', 'none'] },
    { file: 'darya.json', name: 'Дарья Лебедева', profession: 'python-developer-extended', current: 'middle+', target: 'senior', fills: ['full', 'full', 'just', 'short', 'none'], projects: true },
    { file: 'egor.json', name: 'Егор Власов', profession: 'python-developer-extended', current: 'senior', target: 'lead', fills: ['just', 'just', 'just', 'just', 'just'], language: 'en' },
    { file: 'zhanna.json', name: 'Жанна Белова', profession: 'python-backend', current: 'intern', target: 'junior', fills: ['full', 'short', 'full', 'full', 'full', 'full'] },
    { file: 'zoya.json', name: 'Зоя Миронова', profession: 'python-backend', current: null, target: null, fills: [], projects: true },
    { file: 'ivan.json', name: 'Иван Зайцев', profession: 'python-data-science', current: 'junior', target: 'middle', fills: ['full', 'full', 'just', 'rand', 'rand', 'none'], evidenceEvery: 4 },
    { file: 'kira.json', name: 'Кира Новикова', profession: 'python-ml-engineer', current: 'junior', target: 'junior+', fills: ['rand', 'rand', 'rand', 'rand', 'rand', 'rand'] },
    { file: 'lev.json', name: 'Лев Гусев', profession: 'python-devops', current: 'middle+', target: 'senior+', fills: ['full', 'full', 'full', 'full', 'full', 'full'] },
    { file: 'maria.json', name: 'Мария Фролова', profession: PLATFORM.id, current: 'g1', target: 'g2', fills: ['full', 'just', 'short'], own: [PLATFORM], evidenceEvery: 2 },
  ];
  return specs.map((spec, at) => member({ ...spec, seed: 1000 + at, exportedAt: `2026-11-${10 + at}T08:00:00.000Z` }));
}
