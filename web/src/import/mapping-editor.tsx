import { Badge, Code, Group, Select, SimpleGrid, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ImportKind } from '../api/types';
import { fieldLabel } from './field-label';
import { groupsSatisfied, mappingRows } from './import-flow';
import type { KnownField } from './known-fields';

type MappingEditorProps = {
  kind: ImportKind;
  headers: string[];
  detected: Record<string, string>;
  overrides: Record<string, string | null>;
  known: KnownField[];
  onChange: (field: string, header: string | null) => void;
};

/** Which column each field is read from: detected by the server, changeable per field. */
export function MappingEditor({ kind, headers, detected, overrides, known, onChange }: MappingEditorProps) {
  const { t } = useTranslation();
  const rows = mappingRows(known, detected, overrides);
  const unusedHeaders = headers.filter((h) => !rows.some((r) => r.header === h));
  const customerNamed = groupsSatisfied(rows);
  return (
    <div>
      {!customerNamed && (
        <Text fz="sm" c="red.8" mb="xs" role="alert">
          {t('import.customerGroup')}
        </Text>
      )}
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="sm" verticalSpacing="xs">
        {rows.map((row) => (
          <Select
            key={row.field}
            label={
              <>
                {fieldLabel(t, kind, row.field)} <Code fz="xs">{row.field}</Code>
                {row.group && (
                  <>
                    {' '}
                    <Badge size="xs" variant="light" color={customerNamed ? 'gray' : 'red'} tt="none">
                      {t('import.oneOfCustomer')}
                    </Badge>
                  </>
                )}
              </>
            }
            required={row.required}
            placeholder={t('import.notInFile')}
            data={headers}
            value={row.header}
            clearable={!row.required}
            searchable={headers.length > 10}
            onChange={(value) => onChange(row.field, value)}
            error={row.required && !row.header ? t('import.requiredField') : undefined}
          />
        ))}
      </SimpleGrid>
      {unusedHeaders.length > 0 && (
        <Group gap={4} mt="sm">
          <Text fz="sm" c="dimmed">
            {t('import.unusedColumns')}
          </Text>
          {unusedHeaders.map((h) => (
            <Badge key={h} variant="outline" color="gray" tt="none">
              {h}
            </Badge>
          ))}
        </Group>
      )}
    </div>
  );
}
