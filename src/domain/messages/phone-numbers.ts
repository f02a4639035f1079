// Phone numbers as SMS providers take them: E.164, "+" and the country calling code
// followed by the national number. Contacts hold numbers as people typed them
// ("500 100 200", "(22) 555-01-02", "0048 500…"); a number without a country code is
// read as one of the organization's country.

type NationalRule = {
  callingCode: string;
  /** The national trunk prefix dialled before an area code inside the country, dropped in E.164. */
  trunkPrefix?: string;
};

// The countries Duly's customers are most often in. Polish numbers have nine digits
// and no trunk prefix; most others drop a leading 0.
const nationalRules: Record<string, NationalRule> = {
  PL: { callingCode: '48' },
  DE: { callingCode: '49', trunkPrefix: '0' },
  AT: { callingCode: '43', trunkPrefix: '0' },
  CH: { callingCode: '41', trunkPrefix: '0' },
  CZ: { callingCode: '420' },
  SK: { callingCode: '421', trunkPrefix: '0' },
  LT: { callingCode: '370', trunkPrefix: '8' },
  UA: { callingCode: '380', trunkPrefix: '0' },
  GB: { callingCode: '44', trunkPrefix: '0' },
  IE: { callingCode: '353', trunkPrefix: '0' },
  FR: { callingCode: '33', trunkPrefix: '0' },
  NL: { callingCode: '31', trunkPrefix: '0' },
  BE: { callingCode: '32', trunkPrefix: '0' },
  IT: { callingCode: '39' },
  ES: { callingCode: '34' },
};

const e164 = /^\+[1-9]\d{7,14}$/;

/** True for a number already in E.164 form, e.g. "+48500100200". */
export function isE164(number: string): boolean {
  return e164.test(number);
}

/**
 * The number in E.164 form, or null when it cannot be one. A number without "+" or
 * "00" is national to `defaultCountry` (ISO 3166 alpha-2): "500 100 200" in PL is
 * "+48500100200".
 */
export function toE164(raw: string, defaultCountry: string): string | null {
  const compact = raw.trim().replace(/[\s().\-\/]/g, '');
  if (!/^(\+|\d)\d*$/.test(compact)) return null;
  if (compact.startsWith('+')) return isE164(compact) ? compact : null;
  if (compact.startsWith('00')) return toE164(`+${compact.slice(2)}`, defaultCountry);
  const rule = nationalRules[defaultCountry.toUpperCase()];
  if (!rule) return null;
  // Polish numbers are often written with the country code but without "+".
  if (rule.callingCode === '48' && /^48\d{9}$/.test(compact)) return `+${compact}`;
  const national = rule.trunkPrefix && compact.startsWith(rule.trunkPrefix) ? compact.slice(rule.trunkPrefix.length) : compact;
  if (rule.callingCode === '48' && !/^\d{9}$/.test(national)) return null;
  const candidate = `+${rule.callingCode}${national}`;
  return isE164(candidate) ? candidate : null;
}
