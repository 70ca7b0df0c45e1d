import { get } from './api.js';
import { el, message } from './dom.js';
import { actorView, actorsView } from './views/actor.js';
import { analyzeView, articleView } from './views/article.js';
import { dyadView } from './views/dyad.js';
import { searchView } from './views/search.js';
import { storiesView } from './views/stories.js';

// Hash routes: #/analyze, #/article/ID, #/actors, #/actor/CODE, #/dyad/A/B?by=month, #/stories?filters, #/search?q=
const routes = [
  [/^\/?$/, (view, _, p) => storiesView(view, p), 'stories'],
  [/^\/analyze$/, view => analyzeView(view), 'analyze'],
  [/^\/article\/(.+)$/, (view, m) => articleView(view, decodeURIComponent(m[1])), 'analyze'],
  [/^\/actors$/, view => actorsView(view), 'actors'],
  [/^\/actor\/([^/]+)$/, (view, m) => actorView(view, decodeURIComponent(m[1])), 'actors'],
  [/^\/dyad\/([^/]+)\/([^/]+)$/, (view, m, p) => dyadView(view, decodeURIComponent(m[1]), decodeURIComponent(m[2]), p), 'dyad'],
  [/^\/stories$/, (view, _, p) => storiesView(view, p), 'stories'],
  [/^\/search$/, (view, _, p) => searchView(view, p), 'search'],
];

async function render() {
  const view = document.getElementById('view');
  const [path, query = ''] = location.hash.replace(/^#/, '').split('?');
  const parameters = new URLSearchParams(query);
  view.replaceChildren();
  view.removeAttribute('data-ready');
  const route = routes.find(([pattern]) => pattern.test(path));
  document.querySelectorAll('nav a').forEach(a => a.classList.toggle('active', route && a.dataset.view === route[2]));
  try {
    if (!route) {
      view.append(message(`No view at ${path}.`, 'error'));
    } else {
      await route[1](view, path.match(route[0]), parameters);
    }
  } catch (error) {
    view.replaceChildren(message(error.message, 'error'));
  }
  // Browser tests wait for this: the view has finished loading (or failed with a message).
  view.setAttribute('data-ready', route ? route[2] : 'none');
}

document.getElementById('search-form').addEventListener('submit', event => {
  event.preventDefault();
  location.hash = `#/search?q=${encodeURIComponent(document.getElementById('search-box').value)}`;
});
window.addEventListener('hashchange', render);
render();
get('status').then(status => {
  const c = status.counts;
  document.getElementById('status').replaceChildren(el('span', {},
    `${status.store} · ${c.articles} articles · ${c.events} events · ${c.stories} stories · ${c.quotes} quotes`));
}).catch(() => {});
