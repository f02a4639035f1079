// How a step looks wherever it is shown: the colour of its tone (calm to firm), and
// its day as "D−5" / "D+3" with a sentence for screen readers.
import type { TFunction } from 'i18next';

export const toneColors: Record<string, string> = {
  courtesy: 'teal',
  reminder: 'blue',
  firm: 'orange',
  formal: 'red',
  final: 'grape',
};

/** The Mantine colour of a tone; gray for one the app does not know. */
export function toneColor(tone: string | null | undefined): string {
  return (tone && toneColors[tone]) || 'gray';
}

/** "−5", "0", "+3": a day offset with a real minus sign. */
export function signedOffset(dayOffset: number): string {
  if (dayOffset === 0) return '0';
  return dayOffset < 0 ? `\u2212${-dayOffset}` : `+${dayOffset}`;
}

/** "5 days before due", "on the due date", "3 days after due". */
export function offsetSentence(t: TFunction, dayOffset: number): string {
  if (dayOffset === 0) return t('stepTimeline.onDueDate');
  return dayOffset < 0 ? t('stepTimeline.daysBefore', { count: -dayOffset }) : t('stepTimeline.daysAfter', { count: dayOffset });
}

/** A translated label of a known value, or the value itself (a key the app has no words for). */
export function labelOf(t: TFunction, group: string, value: string): string {
  return t(`${group}.${value}`, { defaultValue: value });
}
