// The tone guard as the API speaks it: a text to check and the findings, and the
// organization's own rules, which are added to the ones Duly ships.
import { z } from 'zod';
import { tones } from '../../domain/dunning/procedure';
import { messageLanguages } from '../../domain/messages/message-types';
import { patternProblem } from '../../domain/tone/phrase-pattern';
import { shippedToneRules } from '../../domain/tone/rules';
import { toneCategories, toneSeverities } from '../../domain/tone/tone-rule';

const shippedRuleIds = new Set(messageLanguages.flatMap((language) => shippedToneRules(language).map((rule) => rule.id)));

const wordPattern = z
  .string()
  .max(300)
  .superRefine((pattern, context) => {
    const problem = patternProblem(pattern);
    if (problem) context.addIssue({ code: 'custom', message: problem });
  })
  .describe('words in a row; "stem*" any word starting so, "*part*" any word containing it, "a|b" either word, "..." up to 4 other words');

const toneMatcher = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('phrases'), patterns: z.array(wordPattern).min(1).max(100) }),
  z.strictObject({ kind: z.literal('capitals'), ignoredWords: z.array(z.string().max(40)).max(200).describe('abbreviations that are not shouting') }),
  z.strictObject({ kind: z.literal('exclamations') }),
]);

export const toneRule = z.strictObject({
  id: z
    .string()
    .regex(/^[a-z0-9][a-z0-9._-]{0,79}$/, 'lower-case letters, digits, ".", "_" and "-", up to 80')
    .describe('names the rule in findings, e.g. org.competitor-names'),
  category: z.enum(toneCategories),
  severity: z.enum(toneSeverities).describe('forbidden blocks sending; warning only warns'),
  language: z.enum(messageLanguages).optional().describe('the language the rule reads; none: every language'),
  match: toneMatcher,
  suggestion: z.string().trim().min(1).max(500).describe('what to write instead, in the language of the rule'),
  allowedTones: z.array(z.enum(tones)).optional().describe('tones at which the phrase is in its place'),
});
export type ToneRuleView = z.infer<typeof toneRule>;

/** An organization's own rules: ids unique, and none taking the id of a shipped rule. */
export const toneRules = z
  .array(toneRule)
  .max(500)
  .superRefine((rules, context) => {
    const seen = new Set<string>();
    rules.forEach((rule, index) => {
      if (shippedRuleIds.has(rule.id)) {
        context.addIssue({ code: 'custom', path: [index, 'id'], message: `"${rule.id}" is the id of a rule Duly ships; choose another` });
      } else if (seen.has(rule.id)) {
        context.addIssue({ code: 'custom', path: [index, 'id'], message: `"${rule.id}" is used by an earlier rule` });
      }
      seen.add(rule.id);
    });
  });

export const toneRulesInput = z.object({ rules: toneRules });
export type ToneRulesInput = z.infer<typeof toneRulesInput>;

export const toneCheckInput = z.object({
  text: z.string().max(200_000).describe('the message as the customer will read it'),
  language: z.enum(messageLanguages),
  tone: z.enum(tones).optional().describe("the step's tone; legal talk is fine from formal on. None: every rule applies"),
});
export type ToneCheckInput = z.infer<typeof toneCheckInput>;

export const toneFinding = z.object({
  ruleId: z.string(),
  category: z.enum(toneCategories),
  severity: z.enum(toneSeverities),
  phrase: z.string().describe('the words exactly as written'),
  offset: z.number().int().describe('where the phrase starts in the text, in UTF-16 code units'),
  suggestion: z.string(),
  allowedTones: z.array(z.enum(tones)).optional().describe('set when the phrase is fine at these tones, only early here'),
});

export const toneCheckResult = z.object({
  findings: z.array(toneFinding).describe('in reading order'),
  blocked: z.boolean().describe('true when a forbidden finding stops the message from being sent'),
});
export type ToneCheckResultView = z.infer<typeof toneCheckResult>;
