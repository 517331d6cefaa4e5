import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import en from '../../src/content/i18n/en.json' with { type: 'json' };
import { summarize, summaryText, type SummaryWords } from '../../src/lib/assessment.ts';
import { fill, plural, pluralForms, richText } from '../../src/lib/i18n.ts';
import {
  agendaKindLabel,
  caseKindLabel,
  dueLabel,
  groupSizeLabel,
  labelsIn,
  settingLabel,
  yearsLabel,
  type Translate,
} from '../../src/lib/labels.ts';
import { formatFindings, scanAstro, scanClientScript } from './i18n-scan.ts';

const dictionary: Record<string, string> = en;

function filesUnder(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

const templates = filesUnder('src').filter((file) => file.endsWith('.astro'));
const clientScripts = filesUnder('src/components').filter((file) => file.endsWith('.ts'));

describe('interface strings come from the dictionary', () => {
  it('finds no hard-coded English in any template', () => {
    const findings = templates.flatMap((file) => scanAstro(file, readFileSync(file, 'utf8')));
    expect(formatFindings(findings)).toBe('');
  });

  it('finds no hard-coded English that a client script writes into the page', () => {
    const findings = clientScripts.flatMap((file) => scanClientScript(file, readFileSync(file, 'utf8')));
    expect(formatFindings(findings)).toBe('');
  });

  it('reads every template and client script of the site', () => {
    expect(templates).toContain('src/pages/[...locale]/schedules/builder.astro');
    expect(templates).toContain('src/components/overrides/Search.astro');
    expect(clientScripts).toContain('src/components/run-mode.ts');
    expect(templates.length).toBeGreaterThan(30);
  });
});

describe('the scanner catches hard-coded strings', () => {
  const astro = (markup: string) => scanAstro('src/pages/x.astro', markup);

  it('reports text, readable attributes, component props, page titles and script text with file and line', () => {
    const source = [
      '---',
      "const headings = [{ depth: 2, slug: 'a', text: 'Steps' }];",
      '---',
      '<StarlightPage frontmatter={{ title: `Run: ${name}` }} headings={headings}>',
      '  <h2>Agenda</h2>',
      '  <nav aria-label="Modules"><input type="submit" value="Go" /><option value="in-person" /></nav>',
      '  <LinkList items={[]} empty="No guides yet." class="wide" />',
      '  {ok && <p>Total: {n}</p>}',
      '</StarlightPage>',
      '<script>',
      "  status.textContent = 'Nothing matches.';",
      '</script>',
    ].join('\n');
    expect(formatFindings(astro(source))).toBe(
      [
        'src/pages/x.astro:2 “Steps” — move it to src/content/i18n/en.json and read it with t()',
        'src/pages/x.astro:4 “Run:” — move it to src/content/i18n/en.json and read it with t()',
        'src/pages/x.astro:5 “Agenda” — move it to src/content/i18n/en.json and read it with t()',
        'src/pages/x.astro:6 “Modules” — move it to src/content/i18n/en.json and read it with t()',
        'src/pages/x.astro:6 “Go” — move it to src/content/i18n/en.json and read it with t()',
        'src/pages/x.astro:7 “No guides yet.” — move it to src/content/i18n/en.json and read it with t()',
        'src/pages/x.astro:8 “Total:” — move it to src/content/i18n/en.json and read it with t()',
        'src/pages/x.astro:11 “Nothing matches.” — move it to src/content/i18n/en.json and read it with t()',
      ].join('\n'),
    );
  });

  it('accepts what comes from t(), symbols, key caps, styles and JSON data', () => {
    const source = [
      '---',
      'const { t } = Astro.locals;',
      '---',
      "<h2 aria-label={t('a')}>{t('module.agenda')} · — ← 09:00–09:30 #</h2>",
      '<kbd>E</kbd>',
      '<style>p { color: red; }</style>',
      '<script type="application/json" set:html={json} />',
    ].join('\n');
    expect(astro(source)).toEqual([]);
  });

  it('reports client-script strings that reach the page, not the ones that stay in code', () => {
    const script = [
      "node.textContent = 'Finished';",
      "button.setAttribute('aria-label', 'Close');",
      'li.textContent = `Cut "${title}"`;',
      "if (!window.confirm('Reset?')) return;",
      'node.textContent = words.finished;',
      "node.setAttribute('data-behind', 'true');",
      "open.setAttribute('aria-keyshortcuts', 'Meta+K');",
      "box.setAttribute('aria-pressed', 'true');",
      'time.textContent = `${a}–${b}`;',
    ].join('\n');
    expect(scanClientScript('src/components/x.ts', script).map((f) => `${f.line} ${f.text}`)).toEqual([
      '1 Finished',
      '2 Close',
      '3 Cut ""',
      '4 Reset?',
    ]);
  });
});

describe('the dictionary', () => {
  const keys = Object.keys(dictionary);
  const prefixes = [
    'activities',
    'activity',
    'agenda',
    'assessment',
    'case',
    'cases',
    'checklist',
    'coaching',
    'curriculum',
    'dashboard',
    'directors',
    'docx',
    'facilitator',
    'glossary',
    'guides',
    'home',
    'label',
    'licence',
    'module',
    'nav',
    'notes',
    'notFound',
    'offline',
    'practice',
    'practices',
    'print',
    'pictures',
    'program',
    'programs',
    'publisher',
    'related',
    'room',
    'run',
    'runMode',
    'schedule',
    'schedules',
    'sizes',
    'builder',
    'search',
    'staffTime',
    'translation',
    'worksheet',
  ];

  it('is sorted, grouped by a known prefix, and has no empty string', () => {
    expect(keys).toEqual([...keys].sort());
    expect(keys.filter((key) => !prefixes.includes(key.split('.')[0] ?? ''))).toEqual([]);
    expect(keys.filter((key) => (dictionary[key] ?? '').trim() === '')).toEqual([]);
  });

  it('does not redefine a key Starlight owns', () => {
    const starlight = ['search.label', 'search.ctrlKey', 'search.cancelLabel', 'search.devWarning'];
    expect(keys.filter((key) => starlight.includes(key))).toEqual([]);
  });

  it('has every key used somewhere in the code (whole, or as the start of a key built from a value)', () => {
    const code = [...filesUnder('src'), ...filesUnder('tests/unit')]
      .filter((file) => /\.(astro|ts)$/.test(file) && !file.endsWith('i18n.test.ts'))
      .map((file) => readFileSync(file, 'utf8'))
      .join('\n');
    const unused = keys.filter((key) => {
      const base = key.replace(/_(zero|one|two|few|many|other)$/, '');
      const stem = base.slice(0, base.lastIndexOf('.') + 1);
      return !code.includes(`'${base}'`) && !code.includes(`\`${stem}\${`);
    });
    expect(unused).toEqual([]);
  });

  it('lets another language hold only keys English has', () => {
    const others = readdirSync('src/content/i18n').filter((file) => file.endsWith('.json') && file !== 'en.json');
    for (const file of others) {
      const translated = Object.keys(JSON.parse(readFileSync(join('src/content/i18n', file), 'utf8')) as Record<string, string>);
      expect(
        translated.filter((key) => !(key in dictionary)),
        file,
      ).toEqual([]);
    }
  });
});

describe('sentences with tags, values and counts', () => {
  it('splits a sentence into plain and tagged parts, in order', () => {
    expect(richText(en['module.roleSwitch'])).toEqual([
      { text: 'Running this module? ' },
      { text: 'Open the facilitator page', tag: 'link' },
      { text: ' for clock times and notes.' },
    ]);
    expect(richText(en['run.moduleIntro'])[1]).toEqual({ text: 'Space', tag: 'kbd' });
    expect(richText('No tags.')).toEqual([{ text: 'No tags.' }]);
    expect(richText(en['schedules.format.print']).filter((part) => part.tag !== undefined)).toEqual([
      { text: 'facilitator pack', tag: 'facilitator' },
      { text: 'PDF', tag: 'facilitatorPdf' },
      { text: 'participant pack', tag: 'participant' },
      { text: 'PDF', tag: 'participantPdf' },
      { text: 'schedule builder', tag: 'builder' },
    ]);
  });

  it('fills {name} values in the browser and leaves unknown ones visible', () => {
    expect(fill(en['runMode.client.shortenItem'], { title: 'Debrief', from: 20, to: 10 })).toBe('Shorten "Debrief" from 20 to 10 min');
    expect(fill('{a} and {b}', { a: 1 })).toBe('1 and {b}');
  });

  it('reads a counted sentence in every plural form of the language and picks the right one', () => {
    const forms = pluralForms('en', (count) => (count === 1 ? en['search.page.results_one'] : en['search.page.results_other']));
    expect(forms).toEqual({ one: '{count} result.', other: '{count} results.' });
    expect(plural(forms, 'en', 1)).toBe('1 result.');
    expect(plural(forms, 'en', 12)).toBe('12 results.');
    expect(Object.keys(pluralForms('pl', String)).sort()).toEqual(['few', 'many', 'one', 'other']);
  });

  it('writes the self-assessment summary from the dictionary sentences', () => {
    const words: SummaryWords = {
      none: en['assessment.result.none'],
      answered: en['assessment.result.answered'],
      focus: en['assessment.result.focus'],
      strengths: en['assessment.result.strengths'],
      separator: en['assessment.result.separator'],
      end: en['assessment.result.end'],
    };
    const practices = [
      { id: 'a', title: 'Coaching' },
      { id: 'b', title: 'Recruitment' },
      { id: 'c', title: 'Narrative' },
    ];
    expect(summaryText(summarize({}, practices), words)).toBe('None of the 3 practices answered yet.');
    expect(summaryText(summarize({ a: 1, b: 4 }, practices), words)).toBe(
      '2 of 3 practices answered · start with: Coaching · already spreading: Recruitment.',
    );
  });
});

describe('labels for stored values', () => {
  it('reads the English tables from the dictionary', () => {
    expect(agendaKindLabel['small-groups']).toBe('Small groups');
    expect(settingLabel.both).toBe('In person or online');
    expect(caseKindLabel.composite).toBe('Composite case');
    expect(dueLabel['week-before']).toBe('A week before');
    expect(yearsLabel({ start: 2012 })).toBe('2012 onward');
    expect(yearsLabel({ start: 2010, end: 2010 })).toBe('2010');
    expect(yearsLabel({ start: 2010, end: 2014 })).toBe('2010–2014');
    expect(groupSizeLabel({ min: 4, max: 40 })).toBe('4–40 people');
    expect(groupSizeLabel({ min: 12, max: 12 })).toBe('12 people');
  });

  it('asks the page’s t() for every word, so another language needs only a dictionary', () => {
    const asked: string[] = [];
    const t: Translate = (key: string, values?: Record<string, string | number>) => {
      asked.push(key);
      return `${key}${values ? JSON.stringify(values) : ''}`;
    };
    const labels = labelsIn(t);
    expect(labels.setting('online')).toBe('label.setting.online');
    expect(labels.groupSize({ min: 2, max: 9 })).toBe('label.people.range{"min":2,"max":9}');
    expect(labels.caseFacet('sector')).toEqual({ filter: 'cases.facet.sector', browse: 'cases.browseBy.sector' });
    expect(labels.caseFacet('unknown')).toEqual({ filter: 'unknown', browse: 'unknown' });
    expect(asked.every((key) => key in dictionary)).toBe(true);
  });
});
