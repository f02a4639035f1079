// How a CSV statement is read, and the person's say in it: which column each field
// comes from, and the date format, decimal separator and currency when the file
// cannot tell them. Every change is handed up at once, to be checked again.
import { useMemo } from 'react';
import { Badge, Group, Select, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { writtenDateFormats, type WrittenDateFormat } from '../../../src/domain/written-dates';
import { currencyOptions } from '../auth/setup-options';
import { useLanguage } from '../i18n/use-language';
import { statementFieldLabel } from './field-label';
import { mappingRows } from './import-flow';
import { statementKnownFields } from './known-fields';
import { MappingEditor } from './mapping-editor';
import type { CsvOption, CsvReading } from './statement-csv-reading';
import type { CsvChoices, DecimalSeparator } from './statement-flow';

type Props = {
  reading: CsvReading;
  choices: CsvChoices;
  /** The option the last check asked for, because the file cannot tell it. */
  asked: CsvOption | null;
  /** Fields the last check found wrong, with the line. */
  fieldsInError: Map<string, number>;
  onChange: (choices: CsvChoices) => void;
};

const separatorNames: Record<string, string> = { ';': 'semicolon', '\t': 'tab', ',': 'comma' };
const SKIPPED_SHOWN = 20;

export function StatementCsvSection({ reading, choices, asked, fieldsInError, onChange }: Props) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const currencies = useMemo(() => currencyOptions(language), [language]);
  const separator = separatorNames[reading.delimiter];
  // Found by a check, or chosen; before a check nothing is known of the values yet.
  const describe = (chosen: boolean, found: boolean) =>
    chosen ? t('statementImport.csv.chosen') : !reading.checked ? t('statementImport.csv.onCheck') : found ? t('statementImport.csv.found') : undefined;
  const skipped = reading.skippedLines;

  return (
    <Stack gap="sm">
      <Group gap="xs">
        <Text fz="sm">{t('statementImport.csv.headerLine', { line: reading.headerLine })}</Text>
        {separator && (
          <Badge variant="light" color="gray" tt="none">
            {t('statementImport.csv.separator', { name: t(`statementImport.csv.separators.${separator}`) })}
          </Badge>
        )}
      </Group>
      <MappingEditor
        headers={reading.headers}
        rows={mappingRows(statementKnownFields, reading.mapping, choices.mapping)}
        labelOf={(field) => statementFieldLabel(t, field)}
        problemOf={(field) => {
          const line = fieldsInError.get(field);
          return line === undefined ? undefined : t('statementImport.csv.fieldError', { line });
        }}
        onChange={(field, header) => onChange({ ...choices, mapping: { ...choices.mapping, [field]: header } })}
      />
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
        <Select
          label={t('statementImport.csv.dateFormat')}
          data={[...writtenDateFormats]}
          value={choices.dateFormat ?? reading.dateFormat}
          placeholder={t('statementImport.csv.fromDates')}
          clearable={choices.dateFormat !== null}
          allowDeselect={false}
          description={describe(choices.dateFormat !== null, reading.dateFormat !== null)}
          error={asked === 'dateFormat' ? t('statementImport.csv.askedDateFormat') : undefined}
          onChange={(value) => onChange({ ...choices, dateFormat: value as WrittenDateFormat | null })}
        />
        <Select
          label={t('statementImport.csv.decimalSeparator')}
          data={[
            { value: ',', label: t('statementImport.csv.decimalComma') },
            { value: '.', label: t('statementImport.csv.decimalPoint') },
          ]}
          value={choices.decimalSeparator ?? reading.decimalSeparator}
          placeholder={reading.checked ? t('statementImport.csv.wholeAmounts') : t('statementImport.csv.fromAmounts')}
          clearable={choices.decimalSeparator !== null}
          allowDeselect={false}
          description={describe(choices.decimalSeparator !== null, reading.decimalSeparator !== null)}
          error={asked === 'decimalSeparator' ? t('statementImport.csv.askedDecimalSeparator') : undefined}
          onChange={(value) => onChange({ ...choices, decimalSeparator: value as DecimalSeparator | null })}
        />
        <Select
          label={t('statementImport.csv.currency')}
          data={currencies}
          value={choices.currency}
          placeholder={t('statementImport.csv.currencyFromFile')}
          searchable
          clearable
          description={t('statementImport.csv.currencyHint')}
          error={asked === 'currency' ? t('statementImport.csv.askedCurrency') : undefined}
          onChange={(value) => onChange({ ...choices, currency: value })}
        />
      </SimpleGrid>
      {skipped.length > 0 && (
        <Text fz="sm" c="dimmed">
          {t('statementImport.csv.skipped', {
            count: skipped.length,
            lines: skipped.slice(0, SKIPPED_SHOWN).join(', ') + (skipped.length > SKIPPED_SHOWN ? ', …' : ''),
          })}
        </Text>
      )}
    </Stack>
  );
}
