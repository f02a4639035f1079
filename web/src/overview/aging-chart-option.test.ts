import { describe, expect, it } from 'vitest';
import { agingChartOption, shareOf, type CurrencyAging } from './aging-chart-option';

const pln: CurrencyAging = {
  currency: 'PLN',
  openMinor: 100_000,
  overdueMinor: 60_000,
  openInvoices: 4,
  overdueInvoices: 3,
  buckets: { notDue: 40_000, d1to30: 30_000, d31to60: 20_000, d61to90: 0, d90plus: 10_000 },
  bucketCounts: { notDue: 1, d1to30: 1, d31to60: 1, d61to90: 0, d90plus: 1 },
};
const eur: CurrencyAging = { ...pln, currency: 'EUR', openMinor: 0, buckets: { ...pln.buckets, notDue: 0, d1to30: 0, d31to60: 0, d90plus: 0 } };

const labels = { bucket: (b: string) => `bucket ${b}`, money: (m: number, c: string) => `${m} ${c}` };

describe('agingChartOption', () => {
  it('draws one stacked series per bucket with shares per currency', () => {
    const option = agingChartOption([pln, eur], labels);
    const series = option.series as { name: string; stack: string; data: number[] }[];
    expect(series.map((s) => s.name)).toEqual([
      'bucket notDue',
      'bucket d1to30',
      'bucket d31to60',
      'bucket d61to90',
      'bucket d90plus',
    ]);
    expect(series.every((s) => s.stack === 'aging')).toBe(true);
    expect(series.map((s) => s.data[0])).toEqual([40, 30, 20, 0, 10]);
    expect(series.map((s) => s.data[1])).toEqual([0, 0, 0, 0, 0]);
    expect((option.yAxis as { data: string[] }).data).toEqual(['PLN', 'EUR']);
  });

  it('shows the amounts in the tooltip, escaped', () => {
    const option = agingChartOption([pln], { ...labels, bucket: () => '<b>x</b>' });
    const formatter = (option.tooltip as { formatter: (p: unknown) => string }).formatter;
    const html = formatter([{ dataIndex: 0 }]);
    expect(html).toContain('40000 PLN');
    expect(html).toContain('&lt;b&gt;x&lt;/b&gt;');
    expect(html).toContain('(40%)');
  });
});

describe('shareOf', () => {
  it('rounds to one decimal and is 0 for an empty whole', () => {
    expect(shareOf(1, 3)).toBe(33.3);
    expect(shareOf(5, 0)).toBe(0);
  });
});
