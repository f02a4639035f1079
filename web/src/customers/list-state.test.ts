import { describe, expect, it } from 'vitest';
import { readListState, toQuery, toggleSort, writeListState } from './list-state';

describe('customers list state', () => {
  it('defaults to names A→Z on page 1', () => {
    expect(readListState(new URLSearchParams())).toEqual({ search: '', segment: '', sort: 'name', order: 'asc', page: 1 });
  });

  it('ignores unknown sort columns and bad pages', () => {
    const state = readListState(new URLSearchParams('sort=drop&page=-3&order=sideways'));
    expect(state.sort).toBe('name');
    expect(state.order).toBe('asc');
    expect(state.page).toBe(1);
  });

  it('round-trips through the URL without default values', () => {
    const state = { search: 'Łódź', segment: 'key', sort: 'overdue' as const, order: 'desc' as const, page: 3 };
    const params = writeListState(state);
    expect(params.toString()).toBe('q=%C5%81%C3%B3d%C5%BA&segment=key&sort=overdue&page=3');
    expect(readListState(params)).toEqual(state);
  });

  it('sorts amounts biggest first, flips on a second click and goes back to page 1', () => {
    const start = { ...readListState(new URLSearchParams()), page: 4 };
    const byOverdue = toggleSort(start, 'overdue');
    expect(byOverdue).toMatchObject({ sort: 'overdue', order: 'desc', page: 1 });
    expect(toggleSort(byOverdue, 'overdue').order).toBe('asc');
    expect(toggleSort(byOverdue, 'name').order).toBe('asc');
  });

  it('sends only the filters that are set', () => {
    const query = toQuery(readListState(new URLSearchParams('sort=daysOverdue')));
    expect(query).toEqual({ search: undefined, segment: undefined, sort: 'daysOverdue', order: 'desc', page: 1, pageSize: 50 });
  });
});
