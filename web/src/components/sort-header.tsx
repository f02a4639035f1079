import { Group, Table, UnstyledButton } from '@mantine/core';
import type { ReactNode } from 'react';

export type SortOrder = 'asc' | 'desc';

type SortHeaderProps = {
  label: ReactNode;
  active: boolean;
  order: SortOrder;
  onSort: () => void;
  align?: 'left' | 'right';
};

/** A column header that sorts the table; a real button, so Tab and Enter reach it. */
export function SortHeader({ label, active, order, onSort, align = 'left' }: SortHeaderProps) {
  const arrow = active ? (order === 'asc' ? '▲' : '▼') : '↕';
  return (
    <Table.Th
      aria-sort={active ? (order === 'asc' ? 'ascending' : 'descending') : 'none'}
      style={{ textAlign: align }}
    >
      <UnstyledButton onClick={onSort} fw={600} fz="sm" style={{ width: '100%' }}>
        <Group gap={4} justify={align === 'right' ? 'flex-end' : 'flex-start'} wrap="nowrap">
          <span style={{ whiteSpace: 'nowrap' }}>{label}</span>
          <span aria-hidden="true" style={{ opacity: active ? 1 : 0.35 }}>
            {arrow}
          </span>
        </Group>
      </UnstyledButton>
    </Table.Th>
  );
}
