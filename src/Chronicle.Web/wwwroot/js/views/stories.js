import { get } from '../api.js';
import { el, message } from '../dom.js';
import { actorGraph } from '../graph.js';
import { storiesTable } from './dyad.js';

const fields = [
  ['from', 'From', 'date'], ['to', 'To', 'date'], ['source', 'Source actor', 'text'], ['target', 'Target actor', 'text'],
  ['type', 'Event type', 'text'], ['place', 'Place', 'text'], ['text', 'Evidence words', 'text'],
];

export async function storiesView(view, parameters) {
  const inputs = fields.map(([name, label, type]) =>
    el('label', {}, label, el('input', { name, type, value: parameters.get(name) ?? '', maxlength: 100 })));
  const form = el('form', { class: 'filters', id: 'story-filters', onsubmit: e => {
    e.preventDefault();
    const query = new URLSearchParams();
    for (const input of form.querySelectorAll('input')) if (input.value) query.set(input.name, input.value);
    location.hash = `#/stories?${query}`;
  } }, inputs, el('button', { type: 'submit' }, 'Filter'));
  view.append(el('h2', {}, 'Stories'), form);
  const filter = Object.fromEntries(fields.map(([name]) => [name, parameters.get(name)]));
  const stories = await get('stories', { ...filter, limit: 500 });
  if (stories.length === 0) {
    view.append(message('No stories match these filters.'));
    return;
  }
  view.append(
    el('p', { class: 'meta' }, `${stories.length} stories${stories.length === 500 ? ' (the latest 500)' : ''}; click an actor to filter by it.`),
    el('div', { class: 'two-columns' },
      el('div', {}, storiesTable(stories)),
      el('aside', {}, el('h3', {}, 'Actors'), actorGraph(stories, code => {
        const query = new URLSearchParams(parameters);
        query.set('source', code);
        location.hash = `#/stories?${query}`;
      }))));
}
