/**
 * Makes a blank worksheet (Worksheet.astro) fillable: each section gets real fields, the answers
 * are kept in this browser's local storage as they are typed, and the participant can print blank
 * or filled, save the answers to a file, open a saved file, and erase everything. Diagrams are
 * drawn from the tables as they fill. Nothing leaves the device: no request is ever made, and
 * everything read back (storage or file) goes through `parseAnswers` and is written as text only.
 */
import { fill } from '../lib/i18n.ts';
import {
  answersFile,
  answersFileName,
  isEmpty,
  MAX_ROWS,
  MAX_TEXT,
  parseAnswers,
  storageKey,
  SUGGESTING_DIAGRAM,
  type Dropped,
  type ReadResult,
  type SectionShape,
  type WorksheetAnswers,
  type WorksheetShape,
} from '../lib/worksheet-answers.ts';
import type * as Drawings from '../lib/worksheet-drawings.ts';
import type { Diagram, DiagramWords, DrawingSpec } from '../lib/worksheet-drawings.ts';
import type { FillWord } from './worksheet-words.ts';

/** The drawing code, loaded only on a worksheet that draws a diagram. */
type DrawingLib = typeof Drawings;

interface PageData {
  shape: WorksheetShape;
  drawings: Record<string, DrawingSpec>;
  words: Record<FillWord, string>;
  /** Only on a worksheet that draws. */
  diagram?: DiagramWords;
}

const SVG = 'http://www.w3.org/2000/svg';

/** `el('p', { class: 'x' }, 'text')`: an element with attributes and text children (never markup). */
function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string> = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, value);
  node.append(...children);
  return node;
}

function drawing(diagram: Diagram, { svgNodes }: DrawingLib): SVGSVGElement {
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', `0 0 ${diagram.width} ${diagram.height}`);
  svg.setAttribute('class', 'ws-drawing');
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', diagram.summary[0] ?? '');
  for (const node of svgNodes(diagram)) {
    const shape = document.createElementNS(SVG, node.tag);
    for (const [name, value] of Object.entries(node.attrs)) shape.setAttribute(name, value);
    if (node.text !== undefined) shape.textContent = node.text;
    svg.append(shape);
  }
  return svg;
}

export function mountWorksheet(root: HTMLElement): void {
  const dataNode = root.querySelector('[data-ws-data]');
  if (!dataNode?.textContent) return;
  const data = JSON.parse(dataNode.textContent) as PageData;
  const { shape, words } = data;
  const key = storageKey(shape.id);
  const sectionOf = new Map(shape.sections.map((s) => [s.key, s]));
  let answers: WorksheetAnswers = {};
  let uid = 0;
  let lib: DrawingLib | undefined;
  const id = () => `ws-f-${++uid}`;

  // ─── Messages ───
  const message = el('div', { class: 'ws-message', role: 'status' });
  const say = (text: string, dropped: readonly Dropped[] = []) => {
    message.replaceChildren(el('p', {}, text));
    if (dropped.length === 0) return;
    const w = (name: FillWord, values: Record<string, string | number> = {}) => fill(words[name], values);
    const items = dropped.map((d) => {
      if (d.reason === 'version') return w('dropVersion', { found: d.found });
      if (d.reason === 'unknown-section') return w('dropUnknownSection', { name: d.name });
      if (d.reason === 'extra-field') return w('dropExtraField', { name: d.name });
      if (d.reason === 'too-long') return w('dropTooLong', { section: d.section, max: MAX_TEXT });
      if (d.reason === 'too-many-rows') return w('dropTooManyRows', { section: d.section, max: MAX_ROWS });
      return w('dropWrongType', { section: d.section });
    });
    message.append(el('p', {}, words.someDropped), el('ul', {}, ...items.map((item) => el('li', {}, item))));
  };
  const refused = (result: Exclude<ReadResult, { ok: true }>): string =>
    result.reason === 'other-worksheet'
      ? fill(words.otherWorksheet, { name: result.worksheet })
      : words[result.reason === 'too-big' ? 'tooBig' : result.reason === 'not-json' ? 'notJson' : 'notAnswers'];

  // ─── Storage ───
  let storageWarned = false;
  const store = () => {
    try {
      if (isEmpty(answers)) localStorage.removeItem(key);
      else localStorage.setItem(key, JSON.stringify(answersFile(shape, answers, new Date())));
    } catch {
      if (!storageWarned) say(words.storageFailed);
      storageWarned = true;
    }
  };

  // ─── Drawings and the printed answers ───
  const redraws: (() => void)[] = [];
  const redraw = () => {
    root.dataset['print'] = isEmpty(answers) ? 'blank' : 'filled';
    for (const f of redraws) f();
    // A section left empty prints blank, to write on by hand, even in a filled print.
    for (const section of root.querySelectorAll<HTMLElement>('.ws-section')) {
      const k = section.dataset['key'] ?? '';
      const keys = data.drawings[k]?.sources.map((source) => source.key) ?? [k];
      section.classList.toggle('is-answered', !isEmpty(Object.fromEntries(keys.map((x) => [x, answers[x] ?? '']))));
    }
  };
  const changed = () => {
    store();
    redraw();
  };
  const rowsOf = (k: string) => {
    const a = answers[k];
    return Array.isArray(a) && a.every((row) => Array.isArray(row)) ? a : [];
  };

  // ─── Fields, built from `answers` (again after a file is opened or answers are erased) ───
  const fieldsOf = (section: HTMLElement, s: SectionShape): HTMLElement[] => {
    const heading = section.querySelector('h2, h3')?.textContent ?? '';
    const prompt = section.querySelector('p')?.id ?? '';
    if (s.kind === 'lines') {
      const fieldId = id();
      const area = el('textarea', { id: fieldId, rows: '4', 'aria-describedby': prompt, maxlength: String(MAX_TEXT) });
      area.value = typeof answers[s.key] === 'string' ? String(answers[s.key]) : '';
      area.addEventListener('input', () => {
        answers[s.key] = area.value;
        printed.textContent = area.value;
        changed();
      });
      const printed = el('div', { class: 'ws-filled ws-answer' }, area.value);
      return [el('div', { class: 'ws-fill' }, el('label', { for: fieldId, class: 'sr-only' }, heading), area), printed];
    }
    if (s.kind === 'checklist') {
      const items = [...section.querySelectorAll('.ws-blank li')].map((li) => li.textContent.trim());
      const ticks = Array.isArray(answers[s.key]) ? (answers[s.key] as boolean[]) : [];
      const list = el('ul', { class: 'ws-checklist ws-both', 'aria-describedby': prompt });
      items.forEach((item, i) => {
        const fieldId = id();
        const box = el('input', { type: 'checkbox', id: fieldId });
        box.checked = ticks[i] === true;
        box.addEventListener('change', () => {
          answers[s.key] = [...list.querySelectorAll('input')].map((b) => b.checked);
          changed();
        });
        list.append(el('li', {}, box, el('label', { for: fieldId }, item)));
      });
      return [list];
    }
    // A table: one row of inputs per answer row; on a narrow screen each row is a card.
    const headings = [...section.querySelectorAll('.ws-blank thead th')].map((th) => th.textContent.trim());
    const rowHeadings = [...section.querySelectorAll('.ws-blank tbody th')].map((th) => th.textContent.trim());
    const fixed = s.fixedRows > 0;
    const columns = fixed ? headings.slice(1) : headings;
    const start = rowsOf(s.key);
    let rows: string[][] = start.length > 0 ? start.map((r) => [...r]) : [];
    if (fixed) rows = rowHeadings.map((_, i) => rows[i] ?? columns.map(() => ''));
    else if (rows.length === 0)
      rows = Array.from({ length: Math.min(3, section.querySelectorAll('.ws-blank tbody tr').length) }, () => columns.map(() => ''));
    const body = el('tbody');
    const printedBody = el('tbody');
    const add = el('button', { type: 'button', class: 'ws-button ws-add' }, words.addRow);
    const sync = () => {
      answers[s.key] = rows.map((r) => [...r]);
      printedBody.replaceChildren(
        ...rows.flatMap((r, at) =>
          fixed || r.some((cell) => cell.trim() !== '')
            ? [el('tr', {}, ...(fixed ? [el('th', { scope: 'row' }, rowHeadings[at] ?? '')] : []), ...r.map((cell) => el('td', {}, cell)))]
            : [],
        ),
      );
      add.hidden = fixed || rows.length >= MAX_ROWS;
    };
    const render = () => {
      body.replaceChildren(
        ...rows.map((row, r) => {
          const label = fill(words.row, { n: r + 1 });
          const tr = el('tr', {}, ...(fixed ? [el('th', { scope: 'row' }, rowHeadings[r] ?? '')] : []));
          columns.forEach((column, c) => {
            const fieldId = id();
            const input = el('input', { type: 'text', id: fieldId, maxlength: String(MAX_TEXT) });
            input.value = row[c] ?? '';
            const list = choices(s.key, c);
            if (list) input.setAttribute('list', list);
            input.addEventListener('input', () => {
              row[c] = input.value;
              sync();
              changed();
            });
            const name = fixed ? `${column}, ${rowHeadings[r] ?? ''}` : `${column}, ${label}`;
            // The visible label is the column (a card's heading on a phone); the name says the row too.
            input.setAttribute('aria-label', name);
            tr.append(el('td', {}, el('label', { for: fieldId, class: 'ws-cell-label' }, column), input));
          });
          if (!fixed) {
            const remove = el('button', { type: 'button', class: 'ws-remove', 'aria-label': fill(words.removeRow, { n: r + 1 }) }, '×');
            remove.addEventListener('click', () => {
              rows.splice(r, 1);
              render();
              sync();
              changed();
              (body.querySelectorAll('input')[Math.max(0, (r - 1) * columns.length)] ?? add).focus();
            });
            tr.append(el('td', { class: 'ws-row-tools' }, remove));
          }
          return tr;
        }),
      );
    };
    add.addEventListener('click', () => {
      rows.push(columns.map(() => ''));
      render();
      sync();
      changed();
      body.querySelectorAll('input')[(rows.length - 1) * columns.length]?.focus();
    });
    render();
    sync();
    const head = el('thead', {}, el('tr', {}, ...headings.map((h) => el('th', { scope: 'col' }, h)), ...(fixed ? [] : [el('td')])));
    const printedHead = el('thead', {}, el('tr', {}, ...headings.map((h) => el('th', { scope: 'col' }, h))));
    return [
      el('div', { class: 'ws-fill' }, el('table', { class: 'ws-grid', 'aria-describedby': prompt }, head, body), add),
      el('table', { class: 'ws-table ws-filled' }, printedHead, printedBody),
    ];
  };

  // Suggestions for the power map's power and stance columns.
  const datalists = el('div');
  const choices = (tableKey: string, cell: number): string | undefined => {
    for (const spec of Object.values(data.drawings)) {
      if (spec.diagram !== SUGGESTING_DIAGRAM) continue;
      for (const source of spec.sources) {
        if (source.key !== tableKey) continue;
        const role = source.cells.indexOf(cell);
        const p = data.diagram?.powerMap;
        if (!p) continue;
        const options = role === 1 ? [p.high, p.medium, p.low] : role === 2 ? [p.against, p.neutral, p.with] : undefined;
        if (!options) continue;
        const listId = `ws-choices-${tableKey}-${role}`;
        if (!document.getElementById(listId))
          datalists.append(el('datalist', { id: listId }, ...options.map((o) => el('option', { value: o }))));
        return listId;
      }
    }
    return undefined;
  };

  const build = () => {
    redraws.length = 0;
    for (const section of root.querySelectorAll<HTMLElement>('.ws-section')) {
      for (const old of section.querySelectorAll('.ws-fill, .ws-filled, .ws-both')) old.remove();
      const k = section.dataset['key'] ?? '';
      const s = sectionOf.get(k);
      if (s) {
        section.append(...fieldsOf(section, s));
        continue;
      }
      const spec = data.drawings[k];
      const drawn = el('div', { class: 'ws-drawn ws-both' });
      if (!spec) {
        section.append(el('p', { class: 'ws-fill' }, words.drawOnPaper));
        continue;
      }
      redraws.push(() => {
        if (!lib || !data.diagram) return;
        const tables = Object.fromEntries(spec.sources.map((source) => [source.key, rowsOf(source.key)]));
        const diagram = lib.drawFrom(spec, tables, data.diagram);
        drawn.replaceChildren(
          el('p', { class: 'ws-fill' }, words.drawn),
          drawing(diagram, lib),
          el('ul', { class: 'ws-diagram-text' }, ...diagram.summary.slice(1).map((line) => el('li', {}, line))),
        );
      });
      section.append(drawn);
    }
    redraw();
  };

  // ─── Tools: print, save, open, erase ───
  const button = (text: string, action: () => void) => {
    const b = el('button', { type: 'button', class: 'ws-button' }, text);
    b.addEventListener('click', action);
    return b;
  };
  const printAs = (mode: 'blank' | 'filled') => {
    root.dataset['print'] = mode;
    window.print();
  };
  window.addEventListener('afterprint', redraw);
  const fileId = id();
  const picker = el('input', { type: 'file', id: fileId, accept: '.json,application/json', class: 'sr-only' });
  picker.addEventListener('change', () => {
    const file = picker.files?.[0];
    picker.value = '';
    if (!file) return;
    if (file.size > 1_000_000) return say(words.tooBig);
    const reader = new FileReader();
    reader.onerror = () => say(words.unreadable);
    reader.onload = () => {
      const result = parseAnswers(typeof reader.result === 'string' ? reader.result : '', shape);
      if (!result.ok) return say(refused(result));
      if (!isEmpty(answers) && !window.confirm(words.confirmReplace)) return;
      answers = result.answers;
      build();
      store();
      say(fill(words.opened, { file: file.name }), result.dropped);
    };
    reader.readAsText(file);
  });
  const tools = el(
    'div',
    { class: 'ws-tools screen-only', role: 'group', 'aria-label': words.tools },
    button(words.printFilled, () => printAs('filled')),
    button(words.printBlank, () => printAs('blank')),
    button(words.save, () => {
      const name = answersFileName(shape.id);
      const url = URL.createObjectURL(
        new Blob([JSON.stringify(answersFile(shape, answers, new Date()), null, 2)], { type: 'application/json' }),
      );
      const link = el('a', { href: url, download: name });
      document.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 1000);
      say(fill(words.saved, { file: name }));
    }),
    picker,
    el('label', { for: fileId, class: 'ws-button' }, words.open),
    button(words.erase, () => {
      if (!window.confirm(words.confirmErase)) return;
      answers = {};
      try {
        localStorage.removeItem(key);
      } catch {
        // Storage that cannot be read holds nothing to erase.
      }
      build();
      say(words.erased);
    }),
  );
  const panel = el('div', { class: 'ws-panel screen-only' }, el('p', { class: 'ws-private' }, words.private), tools, message, datalists);
  root.prepend(panel);
  document.querySelector<HTMLElement>('.ws-js-only')?.removeAttribute('hidden');

  // ─── Start: what this device kept ───
  let kept: string | null;
  try {
    kept = localStorage.getItem(key);
  } catch {
    // Storage turned off: start empty; typing then says the answers cannot be kept.
    kept = null;
  }
  if (kept !== null) {
    const result = parseAnswers(kept, shape);
    if (result.ok) {
      answers = result.answers;
      if (!isEmpty(answers))
        say(
          words.restored,
          result.dropped.filter((d) => d.reason !== 'version'),
        );
    } else say(words.storageUnreadable);
  }
  root.classList.add('is-live');
  build();
  if (Object.keys(data.drawings).length > 0)
    void import('../lib/worksheet-drawings.ts').then((loaded) => {
      lib = loaded;
      redraw();
    });
}
