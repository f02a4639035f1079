// Segments are keys in the data (key_account, small_amounts…); people read them in
// their language. A segment the app has no words for is shown as it is written.
import type { TFunction } from 'i18next';
import { labelOf } from '../procedures/step-display';

/** The segment in the UI language, or the segment itself when it is not a known key. */
export function segmentLabel(t: TFunction, segment: string): string {
  return labelOf(t, 'segments', segment);
}
