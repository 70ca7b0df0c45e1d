import { get } from '../api.js';
import { actorLink, articleLink, el, message, table } from '../dom.js';

export async function actorsView(view) {
  const actors = await get('actors', { limit: 50 });
  view.append(el('h2', {}, 'Most active actors'), table([
    { title: 'Actor', value: a => actorLink(a.actor, a.name) },
    { title: 'Name', value: a => a.name },
    { title: 'Events', value: a => a.events },
    { title: 'As source', value: a => a.as_source },
    { title: 'As target', value: a => a.as_target },
    { title: 'By type', value: a => Object.entries(a.by_type).map(([t, n]) => `${t} ${n}`).join(', ') },
  ], actors));
}

function bars(counts) {
  const max = Math.max(1, ...Object.values(counts));
  return el('ul', { class: 'bars' }, Object.entries(counts).map(([type, n]) =>
    el('li', {}, el('span', { class: 'bar-label' }, type),
      el('span', { class: 'bar', style: `width:${(100 * n / max).toFixed(1)}%` }), el('span', { class: 'bar-value' }, n))));
}

export async function actorView(view, code) {
  const actor = await get(`actors/${encodeURIComponent(code)}`);
  const country = actor.actor.slice(0, 3);
  view.append(
    el('h2', {}, `${actor.name ?? actor.actor} `, el('small', {}, actor.actor)),
    el('p', { class: 'meta' },
      `${actor.as_source} events as source · ${actor.as_target} as target`,
      actor.sampled ? ` (latest ${actor.window} of each counted)` : ''),
    el('div', { class: 'two-columns' },
      el('div', {},
        el('h3', {}, 'Names and aliases'), el('p', { class: 'aliases' }, actor.aliases.join(' · ') || '—'),
        el('h3', {}, 'Roles and types'), el('p', {}, [...actor.roles, ...actor.types].join(' · ') || '—'),
        el('h3', {}, 'Events by type'), bars(actor.by_type),
        el('h3', {}, 'Recent quotes'),
        actor.recent_quotes.length === 0 ? message('No quotes by this actor.') : el('ul', { class: 'quotes' }, actor.recent_quotes.map(q =>
          el('li', {}, el('q', {}, q.text), ' — ', q.speaker ?? '', ' ', el('small', {}, q.published ?? ''), ' ', articleLink(q.article_id, 'article'))))),
      el('aside', {},
        el('h3', {}, 'Top partners'),
        table([
          { title: 'Actor', value: p => actorLink(p.actor, p.name) },
          { title: 'Name', value: p => p.name },
          { title: 'Events', value: p => p.events },
          { title: 'Dyad', value: p => p.actor.slice(0, 3) !== country
            ? el('a', { href: `#/dyad/${country}/${p.actor.slice(0, 3)}` }, `${country}–${p.actor.slice(0, 3)}`) : '' },
        ], actor.partners),
        el('h3', {}, 'Latest events'),
        table([
          { title: 'Date', value: e => e.date },
          { title: 'Event', value: e => e.event_type },
          { title: 'Source', value: e => actorLink(e.source, e.source_name) },
          { title: 'Target', value: e => actorLink(e.target, e.target_name) },
          { title: 'Evidence', value: e => articleLink(e.article_id, e.evidence) },
        ], actor.recent_events))));
}
