// Phone numbers as the dialler wants them: a tel: link keeps the leading + and the
// digits, nothing of the spaces, dashes and brackets people write numbers with.

/** "+48 600 100-200" → "tel:+48600100200". */
export function telHref(number: string): string {
  const trimmed = number.trim();
  const digits = trimmed.replace(/\D/g, '');
  return `tel:${trimmed.startsWith('+') ? '+' : ''}${digits}`;
}
