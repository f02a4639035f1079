// The aging chart: one horizontal bar per currency, split into the five buckets as
// shares of what is open in that currency, so currencies of any size compare; the
// tooltip gives the amounts themselves.
import { agingBuckets, type AgingBucket } from '../../../src/domain/aging';
import type { ChartOption } from '../components/echart';
import type { Overview } from '../api/types';

export type CurrencyAging = Overview['currencies'][number];

/** Green while not due, then warmer with every 30 days late. */
export const bucketColors: Record<AgingBucket, string> = {
  notDue: '#2f9e44',
  d1to30: '#fab005',
  d31to60: '#fd7e14',
  d61to90: '#e03131',
  d90plus: '#862e2e',
};

type Labels = { bucket: (bucket: AgingBucket) => string; money: (amountMinor: number, currency: string) => string };

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** Share of `part` in `whole` as a percentage for drawing; 0 when nothing is open. */
export function shareOf(part: number, whole: number): number {
  return whole > 0 ? Math.round((part / whole) * 1000) / 10 : 0;
}

export function agingChartOption(currencies: CurrencyAging[], labels: Labels): ChartOption {
  const names = currencies.map((c) => c.currency);
  return {
    animation: false,
    grid: { left: 48, right: 16, top: 36, bottom: 24 },
    legend: { top: 0, left: 0, itemWidth: 14, itemHeight: 10 },
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      formatter: (params: unknown) => {
        const first = Array.isArray(params) ? (params[0] as { dataIndex: number }) : (params as { dataIndex: number });
        const row = currencies[first.dataIndex];
        if (!row) return '';
        const lines = agingBuckets.map(
          (bucket) =>
            `<span style="color:${bucketColors[bucket]}">●</span> ${escapeHtml(labels.bucket(bucket))}: ` +
            `<b>${escapeHtml(labels.money(row.buckets[bucket], row.currency))}</b> (${shareOf(row.buckets[bucket], row.openMinor)}%)`,
        );
        return [`<b>${escapeHtml(row.currency)}</b>`, ...lines].join('<br/>');
      },
    },
    xAxis: { type: 'value', max: 100, axisLabel: { formatter: '{value}%' } },
    yAxis: { type: 'category', data: names, inverse: true },
    series: agingBuckets.map((bucket) => ({
      type: 'bar' as const,
      name: labels.bucket(bucket),
      stack: 'aging',
      barMaxWidth: 36,
      itemStyle: { color: bucketColors[bucket] },
      data: currencies.map((c) => shareOf(c.buckets[bucket], c.openMinor)),
    })),
  };
}
