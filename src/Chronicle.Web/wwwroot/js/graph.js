import { svg } from './dom.js';

// Actors of a set of stories as a network: nodes sized by stories, edges by stories between two actors,
// coloured by the mean Goldstein score. Laid out by a short, seeded force simulation (deterministic).
export function actorGraph(stories, onSelect) {
  const nodes = new Map();
  const edges = new Map();
  for (const story of stories) {
    if (!story.source || !story.target || story.source === story.target) continue;
    for (const [code, name] of [[story.source, story.source_name], [story.target, story.target_name]]) {
      const node = nodes.get(code) ?? { code, name, weight: 0 };
      node.weight += 1;
      node.name ??= name;
      nodes.set(code, node);
    }
    const key = [story.source, story.target].sort().join('|');
    const edge = edges.get(key) ?? { a: story.source, b: story.target, count: 0, score: 0 };
    edge.count += 1;
    edge.score += story.goldstein;
    edges.set(key, edge);
  }
  const width = 640, height = 420;
  const list = [...nodes.values()].sort((x, y) => y.weight - x.weight).slice(0, 60);
  const kept = new Set(list.map(n => n.code));
  list.forEach((n, i) => {
    const angle = (2 * Math.PI * i) / Math.max(1, list.length);
    n.x = width / 2 + Math.cos(angle) * width / 3;
    n.y = height / 2 + Math.sin(angle) * height / 3;
  });
  const links = [...edges.values()].filter(e => kept.has(e.a) && kept.has(e.b));
  const byCode = new Map(list.map(n => [n.code, n]));
  // Repulsion between all nodes, springs along edges, a pull to the centre; each step is capped by a
  // cooling temperature so that the layout settles instead of flinging nodes against the borders.
  for (let iteration = 0; iteration < 300; iteration++) {
    const temperature = 12 * (1 - iteration / 300) + 0.5;
    for (const p of list) {
      p.dx = (width / 2 - p.x) * 0.03;
      p.dy = (height / 2 - p.y) * 0.03;
      for (const q of list) {
        if (p === q) continue;
        const dx = p.x - q.x, dy = p.y - q.y, d2 = Math.max(100, dx * dx + dy * dy);
        p.dx += (dx / d2) * 500; p.dy += (dy / d2) * 500;
      }
    }
    for (const link of links) {
      const p = byCode.get(link.a), q = byCode.get(link.b);
      const dx = q.x - p.x, dy = q.y - p.y, d = Math.max(1, Math.hypot(dx, dy));
      const pull = (d - 100) * 0.05;
      p.dx += (dx / d) * pull; p.dy += (dy / d) * pull; q.dx -= (dx / d) * pull; q.dy -= (dy / d) * pull;
    }
    for (const p of list) {
      const step = Math.hypot(p.dx, p.dy);
      const scale = step > temperature ? temperature / step : 1;
      p.x = Math.min(width - 30, Math.max(30, p.x + p.dx * scale));
      p.y = Math.min(height - 20, Math.max(34, p.y + p.dy * scale));
    }
  }
  const graph = svg('svg', { viewBox: `0 0 ${width} ${height}`, class: 'graph', role: 'img', 'aria-label': 'Actor network' });
  for (const link of links) {
    const p = byCode.get(link.a), q = byCode.get(link.b);
    const mean = link.score / link.count;
    graph.append(svg('line', { x1: p.x, y1: p.y, x2: q.x, y2: q.y, class: mean >= 0 ? 'edge cooperation' : 'edge conflict', 'stroke-width': Math.min(8, 1 + Math.log2(link.count)) },
      svg('title', {}, `${link.a} – ${link.b}: ${link.count} stories, mean Goldstein ${mean.toFixed(1)}`)));
  }
  for (const node of list) {
    const group = svg('g', { class: 'node', 'data-actor': node.code, tabindex: 0 });
    group.addEventListener('click', () => onSelect(node.code));
    group.append(svg('circle', { cx: node.x, cy: node.y, r: Math.min(22, 5 + 3 * Math.sqrt(node.weight)) }, svg('title', {}, `${node.name ?? node.code}: ${node.weight} stories`)),
      svg('text', { x: node.x, y: node.y - 10 - Math.min(17, 3 * Math.sqrt(node.weight)), 'text-anchor': 'middle' }, node.code));
    graph.append(group);
  }
  return graph;
}
