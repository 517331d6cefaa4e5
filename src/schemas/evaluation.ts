/**
 * The participant evaluation forms: one YAML file, `content/evaluation.yaml`, printed by
 * `/print/evaluation/`. The questions live here, not in a template, so they are translated with
 * the content. One form is for the end of each day; the end of the training has two, as the closing
 * module describes: an anonymous one about the training, and one with the organization's name about
 * how ready it is to use each artifact (it goes to the organization's coach).
 */
import type { z } from 'astro/zod';
import { fields, list, oneOf, text, wholeNumber, yesNo } from './fields.ts';

/**
 * How a question is answered on paper:
 * - `scale`: tick one of the form's `scale` answers (or the question's own `options`);
 * - `choice`: tick one of the question's `options`;
 * - `open`: write on a few lines (`lines`);
 * - `modules`: a table with one row per session of the training and a tick box per `options` column;
 * - `artifacts`: a table with one row per artifact the training makes and a tick box per `options` column.
 */
export const evaluationQuestionKinds = ['scale', 'choice', 'open', 'modules', 'artifacts'] as const;
export type EvaluationQuestionKind = (typeof evaluationQuestionKinds)[number];

/** When a form is handed out. */
export const evaluationMoments = ['each-day', 'end'] as const;

export const evaluationQuestionSchema = fields('an evaluation question', {
  /** The question or statement, short and plain: "Today I learned something I will use." */
  ask: text('the question'),
  /** How it is answered (see `evaluationQuestionKinds`). */
  kind: oneOf(evaluationQuestionKinds, 'how the question is answered'),
  /** The answers to tick (for `choice`), or the columns of a `modules` / `artifacts` table. Left out: the form's scale. */
  options: list(text('an answer'), 'answers', 2, 5).optional(),
  /** For `open` questions: how many lines to write on (1 to 4; default 2). */
  lines: wholeNumber('the number of lines to write on', 1, 4).optional(),
});
export type EvaluationQuestion = z.infer<typeof evaluationQuestionSchema>;

export const evaluationFormSchema = fields('an evaluation form', {
  /** The heading of the sheet: "At the end of the day". */
  title: text('the form title'),
  /** When it is handed out: at the end of each day (or evening), or at the end of the training. */
  moment: oneOf(evaluationMoments, 'when the form is handed out'),
  /** Whether people leave their name off. The sheet then says so at the top. */
  anonymous: yesNo('whether the form is anonymous'),
  /** One or two sentences under the title: what the form is for and who reads it. */
  intro: text('the introduction of the form'),
  /** The answers of a `scale` question, from least to most: "No", "A little", "Mostly", "Yes". */
  scale: list(text('an answer on the scale'), 'answers on the scale', 2, 5),
  /** The questions, in the order they are printed. One printed page holds about eight. */
  questions: list(evaluationQuestionSchema, 'questions', 1, 10),
});
export type EvaluationForm = z.infer<typeof evaluationFormSchema>;

export const evaluationSchema = () =>
  fields('the evaluation file', {
    /** Printed on every form: how to fill it in a room where not everyone reads or writes easily, or reads English. */
    howToFill: text('how to fill in the forms'),
    /** The forms, in the order the page prints them: at least one for each day and one for the end. */
    forms: list(evaluationFormSchema, 'forms', 2, 4),
  });
export type EvaluationData = z.infer<ReturnType<typeof evaluationSchema>>;
