// The tone guard: reads a message the way a debtor would and names every phrase that
// threatens, insults, shouts or otherwise works against getting paid (seed 004).
import type { Tone } from '../dunning/procedure';
import type { MessageLanguage } from '../messages/message-types';
import { compilePattern, findMatches, type CompiledPattern } from './phrase-pattern';
import { shippedToneRules } from './rules';
import { capitalRuns, exclamationPiles, quotedSpans } from './shouting';
import type { ToneFinding, ToneRule } from './tone-rule';
import { readWords, spansOf, type TextSpan, type Word } from './words';

export type ToneCheckOptions = {
  language: MessageLanguage;
  /** The step's tone; rules allowed at this tone (legal talk in formal letters) stay silent. None: all rules speak. */
  tone?: Tone;
  /** The organization's own rules, added to the shipped ones. */
  extraRules?: readonly ToneRule[];
  /**
   * Values filled in from records (customer names, invoice numbers, the bank's name):
   * not the writer's words, so never judged — a customer may well be called
   * "SĄD REJONOWY" or "ACME TRADING".
   */
  dataValues?: readonly string[];
};

type Reading = { text: string; words: Word[]; quoted: TextSpan[] };

// Compiling is most of the work for a short message, and the shipped rules never
// change; a rule that is dropped (an organization's, after the request) frees its entry.
const compiledPatterns = new WeakMap<ToneRule, Map<MessageLanguage, CompiledPattern[]>>();

function patternsOf(rule: ToneRule, patterns: readonly string[], language: MessageLanguage): CompiledPattern[] {
  const byLanguage = compiledPatterns.get(rule) ?? new Map<MessageLanguage, CompiledPattern[]>();
  compiledPatterns.set(rule, byLanguage);
  const known = byLanguage.get(language);
  if (known) return known;
  const compiled = patterns.map((pattern) => compilePattern(pattern, language));
  byLanguage.set(language, compiled);
  return compiled;
}

function spansOfRule(rule: ToneRule, reading: Reading, language: MessageLanguage): TextSpan[] {
  const { match } = rule;
  switch (match.kind) {
    case 'phrases': {
      const matches = patternsOf(rule, match.patterns, language).flatMap((pattern) => findMatches(pattern, reading.words));
      return matches.map(([first, last]): TextSpan => [reading.words[first]!.start, reading.words[last]!.end]);
    }
    case 'capitals':
      return capitalRuns(reading.words, match.ignoredWords, language, reading.quoted);
    case 'exclamations':
      return exclamationPiles(reading.text);
  }
}

// Two patterns of one rule may find the same words; the rule reports them once.
function withoutOverlaps(spans: TextSpan[]): TextSpan[] {
  const kept: TextSpan[] = [];
  for (const span of [...spans].sort((a, b) => a[0] - b[0] || b[1] - a[1])) {
    const last = kept[kept.length - 1];
    if (last && span[0] < last[1]) continue;
    kept.push(span);
  }
  return kept;
}

/** Every phrase of `text` that breaks a shipped or an extra rule of the language, in reading order. */
export function checkTone(text: string, options: ToneCheckOptions): ToneFinding[] {
  const { language, tone } = options;
  const rules = [...shippedToneRules(language), ...(options.extraRules ?? [])].filter(
    (rule) => (rule.language === undefined || rule.language === language) && !(tone !== undefined && rule.allowedTones?.includes(tone)),
  );
  const masked = spansOf(text, options.dataValues ?? []);
  const reading: Reading = { text, words: readWords(text, language, masked), quoted: quotedSpans(text) };
  const findings: ToneFinding[] = [];
  for (const rule of rules) {
    for (const [start, end] of withoutOverlaps(spansOfRule(rule, reading, language))) {
      if (rule.match.kind === 'exclamations' && masked.some(([from, to]) => start >= from && end <= to)) continue;
      findings.push({
        ruleId: rule.id,
        category: rule.category,
        severity: rule.severity,
        phrase: text.slice(start, end),
        offset: start,
        suggestion: rule.suggestion,
        ...(rule.allowedTones ? { allowedTones: [...rule.allowedTones] } : {}),
      });
    }
  }
  return findings.sort((a, b) => a.offset - b.offset || a.ruleId.localeCompare(b.ruleId));
}

/** True when a finding forbids sending the message. */
export function blocksSending(findings: readonly ToneFinding[]): boolean {
  return findings.some((finding) => finding.severity === 'forbidden');
}
