import { Badge, Code, Group, Select, SimpleGrid, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { groupsSatisfied, type FieldRow } from './import-flow';

type MappingEditorProps = {
  /** The file's column headers, to choose from. */
  headers: string[];
  /** One per field, with the header it is read from now (see mappingRows). */
  rows: FieldRow[];
  /** A field's name for people. */
  labelOf: (field: string) => string;
  onChange: (field: string, header: string | null) => void;
  /** Wording for fields of which one must have a column (a customer named by code, tax ID or name). */
  group?: { badge: string; unmet: string };
  /** What the last check found wrong with a field, shown under its choice. */
  problemOf?: (field: string) => string | undefined;
};

/** Which column each field is read from: detected by the server, changeable per field. Table files and CSV statements alike. */
export function MappingEditor({ headers, rows, labelOf, onChange, group, problemOf }: MappingEditorProps) {
  const { t } = useTranslation();
  // Blank headers (unnamed columns) cannot be told apart in a list.
  const choices = [...new Set(headers.filter((h) => h !== ''))];
  const unusedHeaders = choices.filter((h) => !rows.some((r) => r.header === h));
  const groupMet = groupsSatisfied(rows);
  return (
    <div>
      {group && !groupMet && (
        <Text fz="sm" c="red.8" mb="xs" role="alert">
          {group.unmet}
        </Text>
      )}
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="sm" verticalSpacing="xs">
        {rows.map((row) => (
          <Select
            key={row.field}
            label={
              <>
                {labelOf(row.field)} <Code fz="xs">{row.field}</Code>
                {group && row.group && (
                  <>
                    {' '}
                    <Badge size="xs" variant="light" color={groupMet ? 'gray' : 'red'} tt="none">
                      {group.badge}
                    </Badge>
                  </>
                )}
              </>
            }
            required={row.required}
            placeholder={t('import.notInFile')}
            data={choices}
            value={row.header}
            clearable={!row.required}
            searchable={choices.length > 10}
            onChange={(value) => onChange(row.field, value)}
            error={row.required && !row.header ? t('import.requiredField') : problemOf?.(row.field)}
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
