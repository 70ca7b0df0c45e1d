import { el } from './dom.js';

// Every annotation of an article record as a half-open [start, end) range with its layer and hover text.
export function annotations(article) {
  const ranges = [];
  article.entities.forEach((entity, index) => {
    for (const mention of entity.mentions) {
      const codes = [entity.type, entity.actor, entity.country, entity.role].filter(Boolean).join(' · ');
      ranges.push({ start: mention.start, end: mention.end, layer: 'entity', key: `e${index}`, title: `${entity.name} — ${codes}` });
    }
  });
  article.quotes.forEach((quote, index) => ranges.push({
    start: quote.start, end: quote.end, layer: 'quote', key: `q${index}`,
    title: `Quote (${quote.direct ? 'direct' : 'indirect'}) by ${quote.speaker ?? 'unknown speaker'}${quote.cue ? `, cue “${quote.cue}”` : ''}`,
  }));
  article.events.forEach((event, index) => {
    const title = `${event.event}${event.cameo ? ` (CAMEO ${event.cameo})` : ''}: ${event.source ?? '?'} → ${event.target ?? '?'}, ${event.modality}${event.date ? `, ${event.date}` : ''}`;
    ranges.push({ start: event.start, end: event.end, layer: 'event', key: `v${index}`, title });
    for (const more of event.more_evidence ?? []) ranges.push({ start: more.start, end: more.end, layer: 'event', key: `v${index}`, title });
  });
  article.dates.forEach((date, index) => ranges.push({
    start: date.start, end: date.end, layer: 'date', key: `d${index}`,
    title: `${date.type ?? 'date'}: ${date.value ?? date.timex3 ?? 'unresolved'}`,
  }));
  return ranges.filter(r => r.start < r.end && r.end <= article.body.length);
}

// The body cut at every annotation boundary; each piece carries the classes and hover texts of the ranges
// covering it, so overlapping annotations (a date inside a quote inside an event sentence) all show.
export function renderBody(article) {
  const ranges = annotations(article);
  const sentences = article.sentences ?? [];
  const cuts = new Set([0, article.body.length]);
  for (const r of ranges) { cuts.add(r.start); cuts.add(r.end); }
  for (const s of sentences) { cuts.add(s.start); cuts.add(s.end); }
  const points = [...cuts].filter(p => p >= 0 && p <= article.body.length).sort((a, b) => a - b);
  const body = el('div', { class: 'article-body' });
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i], end = points[i + 1];
    const covering = ranges.filter(r => r.start <= start && r.end >= end);
    const sentence = sentences.findIndex(s => s.start <= start && s.end >= end);
    const text = article.body.slice(start, end);
    if (covering.length === 0 && sentence < 0) {
      body.append(text);
      continue;
    }
    const layers = [...new Set(covering.map(r => r.layer))];
    const classes = layers.map(l => `hl-${l}`);
    if (sentence >= 0) classes.push('sentence', sentence % 2 ? 'sentence-odd' : 'sentence-even');
    body.append(el('span', {
      class: classes.join(' '),
      title: covering.map(r => r.title).join('\n') || null,
      'data-keys': covering.map(r => r.key).join(' ') || null,
      'data-sentence': sentence >= 0 ? sentence : null,
      'data-start': start,
    }, text));
  }
  return body;
}
