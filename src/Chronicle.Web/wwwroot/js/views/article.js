import { analyze, get } from '../api.js';
import { actorLink, el, message, table } from '../dom.js';
import { renderBody } from '../highlight.js';

const sample = `Russian President Vladimir Putin met Chinese leader Xi Jinping in Moscow on Monday, the Kremlin said.

Putin called Xi a dear friend, saying: "We have a lot of common tasks." The two leaders will sign a joint statement on Tuesday.`;

function legend() {
  return el('p', { class: 'legend' },
    el('span', { class: 'hl-entity' }, 'entity'), ' ', el('span', { class: 'hl-quote' }, 'quote'), ' ',
    el('span', { class: 'hl-event' }, 'event evidence'), ' ', el('span', { class: 'hl-date' }, 'date'), ' ',
    el('span', { class: 'sentence sentence-even' }, 'sentence'));
}

// A speaker with an actor code links to the actor page, any other to a search for the name.
function speakerLink(article, speaker) {
  if (!speaker) return 'unknown speaker';
  const entity = article.entities.find(e => e.actor && (e.name === speaker || e.aliases.includes(speaker)));
  return entity
    ? el('a', { href: `#/actor/${encodeURIComponent(entity.actor)}`, title: entity.actor, class: 'speaker' }, speaker)
    : el('a', { href: `#/search?q=${encodeURIComponent(speaker)}`, class: 'speaker' }, speaker);
}

// The article as Chronicle read it: highlighted body on the left, events, quotes, entities, dates on the right.
export function renderArticle(article) {
  const counts = `${article.sentences.length} sentences · ${article.entities.length} entities · ${article.quotes.length} quotes · ${article.events.length} events · ${article.dates.length} dates`;
  return el('section', { class: 'article', 'data-article-id': article.id },
    el('h2', {}, article.title ?? '(untitled)'),
    el('p', { class: 'meta' }, [article.published, article.source, article.dateline].filter(Boolean).join(' · ')),
    el('p', { class: 'counts' }, counts),
    legend(),
    el('div', { class: 'two-columns' },
      renderBody(article),
      el('aside', {},
        el('h3', {}, 'Events'),
        article.events.length === 0 ? message('No events found.') : table([
          { title: 'Event', value: e => el('span', { title: e.cameo ? `CAMEO ${e.cameo}` : null }, e.event) },
          { title: 'Source', value: e => actorLink(e.source, e.source_name) },
          { title: 'Target', value: e => actorLink(e.target, e.target_name) },
          { title: 'Modality', value: e => e.modality },
          { title: 'Date', value: e => e.date },
          { title: 'Place', value: e => e.location },
        ], article.events),
        el('h3', {}, 'Quotes'),
        article.quotes.length === 0 ? message('No quotes found.') : el('ul', { class: 'quotes' }, article.quotes.map(q =>
          el('li', {}, el('q', {}, q.text), ' — ', speakerLink(article, q.speaker)))),
        el('h3', {}, 'Entities'),
        article.entities.length === 0 ? message('No entities found.') : table([
          { title: 'Name', value: e => e.name },
          { title: 'Type', value: e => e.type },
          { title: 'Actor', value: e => actorLink(e.actor, e.name) },
          { title: 'Mentions', value: e => e.mentions.length },
        ], article.entities),
        el('h3', {}, 'Dates'),
        article.dates.length === 0 ? message('No dates found.') : table([
          { title: 'Text', value: d => d.text },
          { title: 'Value', value: d => d.value ?? d.timex3 },
          { title: 'Type', value: d => d.type },
        ], article.dates))));
}

export async function articleView(view, id) {
  view.append(message('Loading…'));
  const article = await get(`articles/${id.split('/').map(encodeURIComponent).join('/')}`);
  view.replaceChildren(renderArticle(article));
}

// Paste an article, get it back annotated: POST /api/analyze, nothing stored.
export function analyzeView(view) {
  const text = el('textarea', { id: 'analyze-text', rows: 10, placeholder: 'Paste an article (plain text or HTML)…' }, sample);
  const published = el('input', { id: 'analyze-published', type: 'date', value: '2023-03-22', 'aria-label': 'Publication date' });
  const result = el('div', { id: 'analyze-result' });
  const button = el('button', { id: 'analyze-button', type: 'submit' }, 'Analyse');
  // An explicit submit cancels the pending live one, and only the latest request's answer is shown: an
  // earlier, slower answer must not replace a newer one (nor "Analysing…" replace a shown result).
  let timer = 0;
  let latest = 0;
  const form = el('form', { class: 'analyze', onsubmit: async event => {
    event.preventDefault();
    clearTimeout(timer);
    const ticket = ++latest;
    button.disabled = true;
    result.replaceChildren(message('Analysing…'));
    try {
      const value = text.value.trim();
      const request = /^\s*</.test(value) ? { html: value } : { text: value };
      request.published = published.value || null;
      const article = await analyze(request);
      if (ticket === latest) {
        result.replaceChildren(renderArticle(article));
      }
    } catch (error) {
      if (ticket === latest) {
        result.replaceChildren(message(error.message, 'error'));
      }
    } finally {
      if (ticket === latest) {
        button.disabled = false;
      }
    }
  } }, el('label', { for: 'analyze-text' }, 'Article'), text, el('div', { class: 'row' },
    el('label', { for: 'analyze-published' }, 'Published '), published, button));
  // Live: re-analyse a moment after the text stops changing.
  text.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => form.requestSubmit(), 700);
  });
  view.append(el('h2', {}, 'Analyse an article'), form, result);
}
