// Builds elements from data with textContent only: nothing from the store or the user is parsed as HTML.
export function el(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === null || value === undefined || value === false) continue;
    if (name === 'class') node.className = value;
    else if (name.startsWith('on')) node.addEventListener(name.slice(2), value);
    else node.setAttribute(name, value === true ? '' : String(value));
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

export function svg(tag, attributes = {}, ...children) {
  const node = document.createElementNS('http://www.w3.org/2000/svg', tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value !== null && value !== undefined) node.setAttribute(name, String(value));
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

export function table(columns, rows) {
  return el('table', {},
    el('thead', {}, el('tr', {}, columns.map(c => el('th', {}, c.title)))),
    el('tbody', {}, rows.map(row => el('tr', {}, columns.map(c => el('td', {}, c.value(row) ?? ''))))));
}

export function actorLink(code, name) {
  if (!code) return name ?? '';
  return el('a', { href: `#/actor/${encodeURIComponent(code)}`, title: name ?? code, class: 'actor' }, code);
}

export function articleLink(id, text) {
  return el('a', { href: `#/article/${encodeURIComponent(id)}` }, text ?? id);
}

export function message(text, kind = 'info') {
  return el('p', { class: `message ${kind}` }, text);
}
