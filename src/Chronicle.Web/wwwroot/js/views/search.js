import { get } from '../api.js';
import { articleLink, el, message } from '../dom.js';

// Snippets mark matched words in [brackets]; they become <mark> elements (text only, never HTML).
function snippet(text) {
  return el('span', {}, text.split(/(\[[^\]]*\])/).map(part =>
    part.startsWith('[') && part.endsWith(']') ? el('mark', {}, part.slice(1, -1)) : part));
}

export async function searchView(view, parameters) {
  const words = parameters.get('q') ?? '';
  view.append(el('h2', {}, `Search: ${words}`));
  if (!words.trim()) {
    view.append(message('Type words in the search box.'));
    return;
  }
  const result = await get('search', { q: words, limit: 50 });
  view.append(
    el('h3', {}, `Articles (${result.articles.length})`),
    result.articles.length === 0 ? message('No article matches.') : el('ol', { class: 'hits' }, result.articles.map(hit =>
      el('li', {}, articleLink(hit.article_id, hit.title ?? hit.article_id), ' ', el('small', {}, [hit.published, hit.source].filter(Boolean).join(' · ')),
        el('div', {}, snippet(hit.snippet))))),
    el('h3', {}, `Quotes (${result.quotes.length})`),
    result.quotes.length === 0 ? message('No quote matches.') : el('ul', { class: 'quotes' }, result.quotes.map(q =>
      el('li', {}, el('q', {}, q.text), ' — ', q.speaker ?? 'unknown speaker', ' ', el('small', {}, q.published ?? ''), ' ', articleLink(q.article_id, 'article')))));
}
