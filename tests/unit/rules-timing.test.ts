/**
 * The honest-timing rules on the real curriculum: every activity counts its setup and its
 * debrief, every module keeps a debrief no format can cut, and the training stays 16–20 hours.
 * (Each rule's broken fixture is in tests/fixtures/broken/; content-check.test.ts follows its hints.)
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/content-check.ts';
import { linkCurriculum } from '../../src/lib/curriculum.ts';
import { ACTIVITY_TIMING, CURRICULUM_MINUTES, curriculumRules } from '../../src/lib/rules.ts';
import { parseContent, readContent, sourceFiles } from '../support/content-harness.ts';

const files = readContent(join(process.cwd(), 'content'));
const curriculum = linkCurriculum(parseContent(files).input);
const timingRules = ['activity-setup-step', 'activity-debrief-has-time', 'debrief-kept-with-activity', 'debrief-not-cut'] as const;

describe('honest timing on the real curriculum', () => {
  it('has the timing rules, and the content passes every rule', () => {
    for (const rule of timingRules) expect(Object.keys(curriculumRules)).toContain(rule);
    expect(checkContent(sourceFiles(files))).toEqual([]);
  });
  it('gives every activity a first setup step of at least 3 minutes', () => {
    for (const activity of curriculum.activities) {
      expect(activity.steps[0]?.kind, activity.id).toBe('setup');
      expect(activity.steps[0]?.minutes, activity.id).toBeGreaterThanOrEqual(ACTIVITY_TIMING.setupMinutes);
    }
  });
  it('gives every activity time for its debrief questions, in a step or in a core debrief item kept right after it', () => {
    for (const m of curriculum.modules) {
      m.agenda.forEach((item, i) => {
        const activity = curriculum.activities.find((a) => a.id === item.activityId);
        if (!activity) return;
        const step = activity.steps.find((s) => s.kind === 'debrief');
        const next = m.agenda[i + 1];
        if (step) expect(step.minutes, activity.id).toBeGreaterThanOrEqual(ACTIVITY_TIMING.debriefMinutes);
        else {
          expect(next?.debrief, `${m.id} item after ${activity.id}`).toBe(true);
          expect(next?.optional, `${m.id} debrief of ${activity.id}`).toBe(false);
          expect(next?.minutes ?? 0).toBeGreaterThanOrEqual(ACTIVITY_TIMING.debriefMinutes);
          expect(item.keepWithNext, `${m.id} ${activity.id} kept with its debrief`).toBe(true);
        }
      });
    }
  });
  it('leaves minutes beyond the setup and debrief for the work itself', () => {
    for (const activity of curriculum.activities) {
      const work = activity.steps.filter((s) => s.kind === 'work').reduce((sum, s) => sum + s.minutes, 0);
      expect(work, activity.id).toBeGreaterThanOrEqual(activity.minutes / 2);
    }
  });
  it('keeps the training within 16–20 hours, with module minutes that add up', () => {
    expect(curriculum.totalMinutes).toBeGreaterThanOrEqual(CURRICULUM_MINUTES.min);
    expect(curriculum.totalMinutes).toBeLessThanOrEqual(CURRICULUM_MINUTES.max);
    expect(curriculum.totalMinutes).toBe(curriculum.modules.reduce((sum, m) => sum + m.agenda.reduce((s, a) => s + a.minutes, 0), 0));
  });
});
