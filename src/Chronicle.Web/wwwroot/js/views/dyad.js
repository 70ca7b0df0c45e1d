import { get } from '../api.js';
import { actorLink, articleLink, el, message, table } from '../dom.js';
import { dyadChart } from '../chart.js';

function iso(date) { return date.toISOString().slice(0, 10); }

// The days a period label covers: YYYY-MM (month), YYYY-MM-DD (a day, or the Monday a week starts on).
export function periodRange(period, by) {
  if (by === 'month') {
    const [year, month] = period.split('-').map(Number);
    return [`${period}-01`, iso(new Date(Date.UTC(year, month, 0)))];
  }
  if (by === 'week') {
    const start = new Date(`${period}T00:00:00Z`);
    return [period, iso(new Date(start.getTime() + 6 * 86400000))];
  }
  return [period, period];
}

export function storiesTable(stories) {
  return table([
    { title: 'Date', value: s => s.date },
    { title: 'Event', value: s => el('span', { title: s.cameo ? `CAMEO ${s.cameo}, Goldstein ${s.goldstein}` : null }, s.event_type) },
    { title: 'Source', value: s => actorLink(s.source, s.source_name) },
    { title: 'Target', value: s => actorLink(s.target, s.target_name) },
    { title: 'Place', value: s => s.location },
    { title: 'Reports', value: s => `${s.mentions} in ${s.articles} articles, ${s.sources} sources` },
    { title: 'Evidence', value: s => articleLink(s.first_article_id, s.evidence) },
  ], stories);
}

export async function dyadView(view, first, second, parameters) {
  const by = parameters.get('by') ?? 'month';
  const directed = parameters.get('directed') === 'true';
  const a = el('input', { name: 'first', value: first, maxlength: 3, size: 4, 'aria-label': 'First country' });
  const b = el('input', { name: 'second', value: second, maxlength: 3, size: 4, 'aria-label': 'Second country' });
  const bucket = el('select', { name: 'by', 'aria-label': 'Period' }, ['day', 'week', 'month'].map(p => el('option', { value: p, selected: p === by }, p)));
  const direction = el('input', { type: 'checkbox', name: 'directed', checked: directed });
  const form = el('form', { class: 'filters', onsubmit: e => {
    e.preventDefault();
    location.hash = `#/dyad/${encodeURIComponent(a.value.toUpperCase())}/${encodeURIComponent(b.value.toUpperCase())}?by=${bucket.value}&directed=${direction.checked}`;
  } }, a, ' and ', b, ' by ', bucket, el('label', {}, direction, ' first as source only'), el('button', { type: 'submit' }, 'Show'));
  view.append(el('h2', {}, `${first} – ${second}`), form);
  const series = await get(`dyads/${encodeURIComponent(first)}/${encodeURIComponent(second)}`, { by, directed });
  const details = el('div', { id: 'dyad-stories' }, message('Click a bar to see the stories behind it.'));
  if (series.length === 0) {
    view.append(message(`No asserted events between ${first} and ${second}.`));
    return;
  }
  const total = series.reduce((n, s) => n + s.total, 0);
  const score = series.reduce((n, s) => n + s.goldstein_sum, 0) / Math.max(1, total);
  view.append(el('p', { class: 'meta' }, `${total} events over ${series.length} periods; mean Goldstein score ${score.toFixed(2)} (cooperation > 0 > conflict)`));
  view.append(dyadChart(series, async point => {
    const [from, to] = periodRange(point.period, by);
    details.replaceChildren(message(`Loading stories of ${point.period}…`));
    const directions = directed ? [[first, second]] : [[first, second], [second, first]];
    const lists = await Promise.all(directions.map(([source, target]) => get('stories', { source, target, from, to, limit: 200 })));
    const stories = lists.flat().sort((x, y) => (y.mentions - x.mentions) || String(x.date).localeCompare(String(y.date)));
    details.replaceChildren(el('h3', {}, `Stories ${from} to ${to} (${stories.length})`), storiesTable(stories));
  }), details);
}
