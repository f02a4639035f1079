import { describe, expect, it } from 'vitest';
import { defaultProcedure } from '../../domain/dunning/default-procedures';
import { fieldPath, formatOfFileName, parseProcedureText, pathOfField, procedureToText } from './procedure-document';

describe('procedure documents', () => {
  it('writes field paths the way procedure issues name them, and reads them back', () => {
    expect(fieldPath(['steps', 2, 'addressees', 0])).toBe('steps[2].addressees[0]');
    expect(fieldPath(['rhythm', 'maxContactsPerWeek'])).toBe('rhythm.maxContactsPerWeek');
    expect(fieldPath([])).toBe('');
    expect(pathOfField('steps[2].addressees[0]')).toEqual(['steps', 2, 'addressees', 0]);
    expect(pathOfField('name.pl')).toEqual(['name', 'pl']);
  });

  it('tells the format from the file name', () => {
    expect(formatOfFileName('standard.yaml')).toBe('yaml');
    expect(formatOfFileName('standard.YML')).toBe('yaml');
    expect(formatOfFileName('standard.json')).toBe('json');
    expect(formatOfFileName('standard.txt')).toBeNull();
  });

  it('reads back what it writes, in both formats', () => {
    const procedure = defaultProcedure('small-amounts');
    for (const format of ['yaml', 'json'] as const) {
      const parsed = parseProcedureText(procedureToText(procedure, format), format, `p.${format}`);
      expect(parsed.ok).toBe(true);
      if (parsed.ok) expect(parsed.value).toEqual(procedure);
    }
  });

  it('places problems: syntax by line, wrong and unknown fields by path and line', () => {
    const broken = parseProcedureText('procedureKey: x\nname: [unclosed\n', 'yaml', 'p.yaml');
    expect(broken.ok).toBe(false);
    if (!broken.ok) expect(broken.issues[0]).toMatchObject({ file: 'p.yaml' });

    const text = ['procedureKey: x', 'name: { pl: X, en: X }', 'steps:', '  - key: a', '    dayOffset: soon', '    channel: email', '    addressees: [payables]', '    templateKey: t', '    tone: reminder', '    colour: red'].join('\n');
    const wrong = parseProcedureText(text, 'yaml', 'p.yaml');
    expect(wrong.ok).toBe(false);
    if (wrong.ok) return;
    expect(wrong.issues).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ field: 'steps[0].dayOffset', line: 5 }),
        expect.objectContaining({ field: 'steps[0].colour', line: 10, message: 'unknown field "colour"' }),
      ]),
    );
  });
});
