import { svg } from './dom.js';

const quads = [
  ['verbal_cooperation', 'Verbal cooperation', '#4c9be8'],
  ['material_cooperation', 'Material cooperation', '#2f6db5'],
  ['verbal_conflict', 'Verbal conflict', '#f0a04b'],
  ['material_conflict', 'Material conflict', '#c8432b'],
];

// Stacked bars of counts by quad class per period, with the mean Goldstein score (−10 conflict … +10
// cooperation) as a line on its own axis. Clicking a bar calls onSelect with its bucket.
export function dyadChart(buckets, onSelect) {
  const width = 900, height = 320, left = 48, right = 48, top = 16, bottom = 56;
  const plotWidth = width - left - right, plotHeight = height - top - bottom;
  const max = Math.max(1, ...buckets.map(b => b.total));
  const step = plotWidth / Math.max(1, buckets.length);
  const barWidth = Math.max(2, step * 0.7);
  const yCount = n => top + plotHeight - (n / max) * plotHeight;
  const yScore = s => top + plotHeight / 2 - (s / 10) * (plotHeight / 2);
  const chart = svg('svg', { viewBox: `0 0 ${width} ${height}`, class: 'chart', role: 'img', 'aria-label': 'Dyad time series' });
  chart.append(
    svg('line', { x1: left, y1: top + plotHeight, x2: left + plotWidth, y2: top + plotHeight, class: 'axis' }),
    svg('line', { x1: left, y1: yScore(0), x2: left + plotWidth, y2: yScore(0), class: 'zero' }),
    svg('text', { x: left - 6, y: top + 10, 'text-anchor': 'end', class: 'tick' }, max),
    svg('text', { x: left - 6, y: top + plotHeight, 'text-anchor': 'end', class: 'tick' }, 0),
    svg('text', { x: left + plotWidth + 6, y: yScore(10) + 10, class: 'tick' }, '+10'),
    svg('text', { x: left + plotWidth + 6, y: yScore(-10), class: 'tick' }, '−10'));
  const labelEvery = Math.ceil(buckets.length / 12);
  buckets.forEach((bucket, i) => {
    const x = left + i * step + (step - barWidth) / 2;
    let base = 0;
    const group = svg('g', { class: 'bucket', 'data-period': bucket.period, tabindex: 0 });
    group.addEventListener('click', () => onSelect(bucket));
    group.addEventListener('keydown', e => { if (e.key === 'Enter') onSelect(bucket); });
    for (const [key, label, color] of quads) {
      const n = bucket[key];
      if (n === 0) continue;
      group.append(svg('rect', { x, y: yCount(base + n), width: barWidth, height: yCount(base) - yCount(base + n), fill: color },
        svg('title', {}, `${bucket.period}: ${label} ${n}`)));
      base += n;
    }
    chart.append(group);
    if (i % labelEvery === 0) {
      chart.append(svg('text', { x: x + barWidth / 2, y: top + plotHeight + 16, 'text-anchor': 'middle', class: 'tick' }, bucket.period));
    }
  });
  const points = buckets.map((b, i) => `${left + i * step + step / 2},${yScore(b.goldstein_mean)}`).join(' ');
  chart.append(svg('polyline', { points, class: 'score' }));
  buckets.forEach((b, i) => chart.append(svg('circle', { cx: left + i * step + step / 2, cy: yScore(b.goldstein_mean), r: 3, class: 'score-point' },
    svg('title', {}, `${b.period}: mean Goldstein ${b.goldstein_mean.toFixed(2)} over ${b.total} events`))));
  const legend = svg('g', { class: 'legend' });
  [...quads, ['score', 'Mean Goldstein score', '#222']].forEach(([, label, color], i) => {
    legend.append(svg('rect', { x: left + i * 170, y: height - 18, width: 10, height: 10, fill: color }),
      svg('text', { x: left + i * 170 + 14, y: height - 9, class: 'tick' }, label));
  });
  chart.append(legend);
  return chart;
}
