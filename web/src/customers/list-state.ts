// The customers list's search, filter, sort and page live in the URL, so a link or
// the back button brings the same list again.
import type { CustomerListQuery } from '../api/types';

export const sortColumns = ['name', 'open', 'overdue', 'daysOverdue'] as const;
export type SortColumn = (typeof sortColumns)[number];
export type ListState = { search: string; segment: string; sort: SortColumn; order: 'asc' | 'desc'; page: number };

export const pageSize = 50;

const isSortColumn = (value: string | null): value is SortColumn =>
  value !== null && (sortColumns as readonly string[]).includes(value);

/** Names sort A→Z first; amounts and lateness biggest first. */
export function defaultOrder(column: SortColumn): 'asc' | 'desc' {
  return column === 'name' ? 'asc' : 'desc';
}

export function readListState(params: URLSearchParams): ListState {
  const sortParam = params.get('sort');
  const sort = isSortColumn(sortParam) ? sortParam : 'name';
  const orderParam = params.get('order');
  const order = orderParam === 'asc' || orderParam === 'desc' ? orderParam : defaultOrder(sort);
  const page = Number.parseInt(params.get('page') ?? '1', 10);
  return {
    search: params.get('q') ?? '',
    segment: params.get('segment') ?? '',
    sort,
    order,
    page: Number.isFinite(page) && page >= 1 ? page : 1,
  };
}

/** The URL parameters of a state, leaving out what is the default. */
export function writeListState(state: ListState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.search) params.set('q', state.search);
  if (state.segment) params.set('segment', state.segment);
  if (state.sort !== 'name') params.set('sort', state.sort);
  if (state.order !== defaultOrder(state.sort)) params.set('order', state.order);
  if (state.page > 1) params.set('page', String(state.page));
  return params;
}

/** Clicking a header: the same column flips its order, another starts at its default; back to page 1. */
export function toggleSort(state: ListState, column: SortColumn): ListState {
  const order = state.sort === column ? (state.order === 'asc' ? 'desc' : 'asc') : defaultOrder(column);
  return { ...state, sort: column, order, page: 1 };
}

export function toQuery(state: ListState): CustomerListQuery {
  return {
    search: state.search || undefined,
    segment: state.segment || undefined,
    sort: state.sort,
    order: state.order,
    page: state.page,
    pageSize,
  };
}
