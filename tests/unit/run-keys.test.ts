import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import en from '../../src/content/i18n/en.json' with { type: 'json' };
import { KEY_ACTIONS, RUN_KEYS } from '../../src/components/run-mode-words.ts';

describe('run mode keys', () => {
  it('maps every key on screen to its action, as KeyboardEvent.key names it', () => {
    expect(KEY_ACTIONS).toEqual({
      ' ': 'toggle',
      ArrowRight: 'next',
      n: 'next',
      ArrowLeft: 'previous',
      b: 'previous',
      s: 'step',
      e: 'extend',
      '+': 'extend',
      r: 'room',
      a: 'apply',
    });
  });

  it('lists the same keys in the README as on screen', () => {
    const readme = readFileSync('README.md', 'utf8');
    const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    for (const { keys, label } of RUN_KEYS) {
      const row = `| ${keys.map((key) => `<kbd>${key}</kbd>`).join(' or ')} | ${en[label]} |`;
      expect(readme, row).toMatch(new RegExp(escape(row).replace(/ /g, '\\s+')));
    }
  });
});
