// dateline dashboard: a single-page app over the JSON API of `dateline serve`.
// Plain JavaScript, no dependencies. Every text from the API goes into the page
// through textContent or attributes, never as HTML.
'use strict';
(function () {
  const SVG = 'http://www.w3.org/2000/svg';
  const ROOTS = {
    1: 'Make public statement', 2: 'Appeal', 3: 'Express intent to cooperate', 4: 'Consult',
    5: 'Engage in diplomatic cooperation', 6: 'Engage in material cooperation', 7: 'Provide aid', 8: 'Yield',
    9: 'Investigate', 10: 'Demand', 11: 'Disapprove', 12: 'Reject', 13: 'Threaten', 14: 'Protest',
    15: 'Exhibit force posture', 16: 'Reduce relations', 17: 'Coerce', 18: 'Assault', 19: 'Fight',
    20: 'Use unconventional mass violence',
  };
  const QUADS = ['Verbal cooperation', 'Material cooperation', 'Verbal conflict', 'Material conflict'];
  const QUAD_COLORS = ['#2f9e44', '#1971c2', '#e8590c', '#c92a2a'];
  const ENTITY_TYPES = { PERSON: 'Person', ORG: 'Organization', GPE: 'Country or city', LOC: 'Place', NORP: 'Nationality or group', MISC: 'Other' };
  const LAYERS = [
    ['entity', 'Entities'], ['time', 'Times'], ['amount', 'Amounts'], ['quote', 'Quotes'], ['event', 'Events'],
  ];
  const LAYER_RANK = { quote: 0, event: 1, entity: 2, time: 3, amount: 4 };
  const FILTERS = ['q', 'from', 'to', 'entity', 'actor', 'country', 'event', 'source'];

  const main = document.getElementById('main');
  let generation = 0; // ignores the answers of views the user has left

  // ---- helpers -------------------------------------------------------------
  function h(tag, attrs, ...kids) {
    const el = document.createElement(tag);
    setAttrs(el, attrs);
    appendKids(el, kids);
    return el;
  }
  function s(tag, attrs, ...kids) {
    const el = document.createElementNS(SVG, tag);
    setAttrs(el, attrs);
    appendKids(el, kids);
    return el;
  }
  function setAttrs(el, attrs) {
    if (!attrs) return;
    for (const [k, v] of Object.entries(attrs)) {
      if (v === null || v === undefined || v === false) continue;
      if (k === 'text') el.textContent = v;
      else if (k.startsWith('on')) el.addEventListener(k.slice(2), v);
      else el.setAttribute(k, v === true ? '' : String(v));
    }
  }
  function appendKids(el, kids) {
    for (const k of kids.flat(Infinity)) {
      if (k === null || k === undefined || k === false) continue;
      el.append(k instanceof Node ? k : String(k));
    }
  }
  function qs(params) {
    const u = new URLSearchParams();
    for (const [k, v] of Object.entries(params)) {
      if (v !== null && v !== undefined && String(v).trim() !== '') u.set(k, String(v).trim());
    }
    return u.toString();
  }
  async function api(path, params) {
    const q = params ? qs(params) : '';
    const res = await fetch(q ? `${path}?${q}` : path, { headers: { Accept: 'application/json' } });
    let body = null;
    try { body = await res.json(); } catch (_) { body = null; }
    if (!res.ok) {
      const msg = body && body.error && body.error.message ? body.error.message : `HTTP ${res.status}`;
      throw new Error(msg);
    }
    return body;
  }
  const plural = (n, w) => `${n} ${w}${n === 1 ? '' : 's'}`;
  const rootLabel = (r) => ROOTS[Number(r)] || `Root ${r}`;
  const pad2 = (n) => String(n).padStart(2, '0');
  const fmtNum = (x) => (Math.round(x * 100) / 100).toLocaleString('en');
  function entityHref(who, code) {
    return '#/entity?' + qs({ who, code });
  }
  function searchHref(params) {
    return '#/search?' + qs(params);
  }
  function safeUrl(u) {
    return typeof u === 'string' && /^https?:\/\//i.test(u) ? u : null;
  }
  function setView(name, title) {
    document.title = title ? `${title} · dateline` : 'dateline';
    for (const a of document.querySelectorAll('[data-nav]')) {
      if (a.dataset.nav === name) a.setAttribute('aria-current', 'page');
      else a.removeAttribute('aria-current');
    }
  }
  // Marks the view as rendered once the frame with its data has been painted:
  // the browser tests wait for this and read the time (ms since navigation start).
  function ready(view) {
    main.setAttribute('aria-busy', 'false');
    const gen = generation;
    requestAnimationFrame(() => setTimeout(() => {
      if (gen !== generation) return;
      window.__dateline = { view, renderedAt: performance.now() };
      document.body.dataset.ready = view;
    }, 0));
  }
  function fail(gen, err) {
    if (gen !== generation) return;
    main.replaceChildren(h('p', { class: 'error', role: 'alert', text: `Could not load: ${err.message}` }));
    ready('error');
  }

  // ---- routing ------------------------------------------------------------
  function route() {
    const gen = ++generation;
    delete document.body.dataset.ready;
    main.setAttribute('aria-busy', 'true');
    const hash = location.hash.replace(/^#/, '') || '/';
    const qi = hash.indexOf('?');
    const path = qi < 0 ? hash : hash.slice(0, qi);
    const params = new URLSearchParams(qi < 0 ? '' : hash.slice(qi + 1));
    const p = Object.fromEntries(params.entries());
    let view;
    if (path.startsWith('/article/')) view = articleView(gen, decodeURIComponent(path.slice(9)));
    else if (path === '/entity') view = entityView(gen, p);
    else if (path === '/network') view = networkView(gen, p);
    else view = searchView(gen, p);
    view.catch((e) => fail(gen, e));
  }

  // ---- search -------------------------------------------------------------
  function field(name, label, attrs, value) {
    const id = `f-${name}`;
    return h('div', attrs && attrs.wide ? { class: 'wide' } : null,
      h('label', { for: id, text: label }),
      h('input', Object.assign({ id, name, value: value || '' }, attrs && attrs.input)));
  }
  function filterForm(p, target) {
    const event = h('select', { id: 'f-event', name: 'event' }, h('option', { value: '', text: 'Any event type' }));
    for (let r = 1; r <= 20; r++) {
      const v = pad2(r);
      event.append(h('option', { value: v, selected: p.event === v, text: `${v} ${ROOTS[r]}` }));
    }
    if (p.event && !/^\d\d$/.test(p.event)) event.append(h('option', { value: p.event, selected: true, text: `CAMEO ${p.event}` }));
    const form = h('form', { class: 'filters', role: 'search', 'aria-label': 'Search articles' },
      field('q', 'Search text', { wide: true, input: { type: 'search', placeholder: 'words, "a phrase", title:word, -exclude', autocomplete: 'off' } }, p.q),
      field('from', 'From', { input: { type: 'date' } }, p.from),
      field('to', 'To', { input: { type: 'date' } }, p.to),
      field('actor', 'Actor code', { input: { placeholder: 'USA, USAGOV', autocapitalize: 'characters' } }, p.actor),
      field('country', 'Country (ISO 3166 alpha-3)', { input: { placeholder: 'UKR', maxlength: 3 } }, p.country),
      h('div', null, h('label', { for: 'f-event', text: 'Event type (CAMEO root)' }), event),
      field('source', 'Source', { input: { placeholder: 'outlet' } }, p.source),
      field('entity', 'Entity name', { input: { placeholder: 'exact name' } }, p.entity),
      h('div', { class: 'actions' }, h('button', { type: 'submit', text: target === 'network' ? 'Show network' : 'Search' })));
    form.addEventListener('submit', (ev) => {
      ev.preventDefault();
      const params = {};
      for (const f of FILTERS) params[f] = form.elements[f] ? form.elements[f].value : '';
      location.hash = (target === 'network' ? '#/network?' : '#/search?') + qs(params);
    });
    return form;
  }
  function filtersOf(p) {
    const out = {};
    for (const f of FILTERS) if (p[f]) out[f] = p[f];
    return out;
  }
  function highlightWords(text, q) {
    const words = (q || '').split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 2 && !/^(AND|OR|NOT|title|body)$/.test(w));
    if (!words.length) return [text];
    const re = new RegExp(`(${words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})`, 'giu');
    return text.split(re).map((part, i) => (i % 2 ? h('mark', { text: part }) : part));
  }
  async function searchView(gen, p) {
    setView('search', p.q ? `Search: ${p.q}` : 'Search');
    const filters = filtersOf(p);
    const limit = 20;
    const offset = Math.max(0, parseInt(p.offset || '0', 10) || 0);
    let res;
    let facets;
    try {
      [res, facets] = await Promise.all([
        api('/api/search', Object.assign({ limit, offset }, filters)),
        api('/api/facets', filters),
      ]);
    } catch (e) {
      // A query the index cannot parse: keep the form so it can be fixed.
      if (gen !== generation) return;
      main.replaceChildren(h('h1', { class: 'visually-hidden', text: 'Search articles' }), filterForm(p, 'search'),
        h('p', { class: 'error', role: 'alert', id: 'search-error', text: `The search failed: ${e.message}` }));
      ready('search');
      return;
    }
    if (gen !== generation) return;
    const hits = h('ol', { class: 'hits', start: offset + 1 });
    for (const hit of res.hits) {
      hits.append(h('li', { class: 'hit' },
        h('h3', null, h('a', { href: `#/article/${encodeURIComponent(hit.article_id)}`, text: hit.title || '(untitled article)' })),
        h('div', { class: 'muted' }, hit.day, hit.source ? ` · ${hit.source}` : ''),
        h('p', null, highlightWords(hit.snippet || '', p.q))));
    }
    const pager = h('nav', { class: 'pager', 'aria-label': 'Result pages' });
    if (offset > 0) pager.append(h('a', { href: searchHref(Object.assign({}, filters, { offset: Math.max(0, offset - limit) })), text: '← Previous' }));
    if (offset + res.hits.length < res.total) pager.append(h('a', { href: searchHref(Object.assign({}, filters, { offset: offset + limit })), text: 'Next →' }));
    const shown = res.hits.length ? `${offset + 1}–${offset + res.hits.length} of ` : '';
    const results = h('section', { 'aria-labelledby': 'results-h' },
      h('h2', { id: 'results-h' }, res.total ? `${shown}${res.total.toLocaleString('en')} article${res.total === 1 ? '' : 's'}` : 'No articles match'),
      h('p', null, h('a', { href: '#/network?' + qs(filters), text: 'Actor network of these results' })),
      hits, pager);
    main.replaceChildren(
      h('h1', { class: 'visually-hidden', text: 'Search articles' }),
      filterForm(p, 'search'),
      h('div', { class: 'cols' }, results, facetPanel(facets, filters)));
    ready('search');
  }
  function facetPanel(f, filters) {
    const ents = h('ul', { id: 'facet-entities' });
    for (const e of f.entities) {
      ents.append(h('li', { class: 'facet-row' },
        h('a', { href: entityHref(e.name, e.code), title: ENTITY_TYPES[e.type] || e.type, text: e.name }),
        h('span', { class: 'count', text: e.articles })));
    }
    const actors = h('ul', { id: 'facet-actors' });
    for (const a of f.actors) {
      actors.append(h('li', { class: 'facet-row' },
        h('span', null,
          h('a', { href: searchHref(Object.assign({}, filters, { actor: a.code })), class: 'code', title: `Filter by actor ${a.code}`, text: a.code }),
          ' ',
          h('a', { href: entityHref(a.code, a.code), text: a.name || 'actor page' })),
        h('span', { class: 'count', text: a.articles })));
    }
    const roots = h('ul', { id: 'facet-events' });
    for (const r of f.event_roots) {
      roots.append(h('li', { class: 'facet-row' },
        h('a', { href: searchHref(Object.assign({}, filters, { event: pad2(r.root) })), text: `${pad2(r.root)} ${rootLabel(r.root)}` }),
        h('span', { class: 'count', title: `${r.events} events in ${r.articles} articles`, text: r.events })));
    }
    const none = (list) => (list.childElementCount ? list : h('p', { class: 'muted', text: 'None' }));
    return h('aside', { 'aria-label': 'Facets' },
      h('p', { class: 'muted' }, `Counted over the top ${f.sampled} of ${f.total.toLocaleString('en')} matches.`),
      h('h2', { text: 'Top entities' }), none(ents),
      h('h2', { text: 'Actors' }), none(actors),
      h('h2', { text: 'Event types' }), none(roots));
  }

  // ---- article ------------------------------------------------------------
  function annotations(doc) {
    const anns = [];
    const text = doc.article.text;
    const byId = new Map((doc.entities || []).map((e) => [e.id, e]));
    (doc.entities || []).forEach((e, i) => {
      const extra = [e.code && `code ${e.code}`, e.country && `country ${e.country}`, e.roles && e.roles.length && e.roles.join(', ')].filter(Boolean).join(' · ');
      (e.mentions || []).forEach((m, j) => anns.push({
        layer: 'entity', key: `e${i}.${j}`, start: m.start, end: m.end, cls: `T-${e.type}`,
        tip: `${ENTITY_TYPES[e.type] || e.type}: ${e.name}${extra ? ' · ' + extra : ''}`,
        href: entityHref(e.name, e.code),
      }));
    });
    (doc.times || []).forEach((t, i) => anns.push({
      layer: 'time', key: `t${i}`, start: t.start, end: t.end,
      tip: `${t.type} ${t.value || '(unresolved)'}${t.mod ? ' · ' + t.mod : ''}${t.anchor ? ' · anchor ' + t.anchor : ''}`,
    }));
    (doc.amounts || []).forEach((a, i) => {
      const value = a.value === null || a.value === undefined ? '?' : fmtNum(a.value);
      const range = a.value_max !== null && a.value_max !== undefined ? `–${fmtNum(a.value_max)}` : '';
      anns.push({
        layer: 'amount', key: `a${i}`, start: a.start, end: a.end,
        tip: `${a.kind}: ${value}${range}${a.unit ? ' ' + a.unit : ''}${a.object ? ' · of ' + a.object : ''}${a.mod ? ' · ' + a.mod : ''}`,
      });
    });
    (doc.quotes || []).forEach((q, i) => {
      const sp = byId.get(q.speaker);
      anns.push({
        layer: 'quote', key: `q${i}`, start: q.start, end: q.end,
        tip: `${q.kind || ''} quote · speaker: ${(sp && sp.name) || q.speaker_text || 'unknown'}${q.cue ? ' · cue: ' + q.cue : ''}${q.date ? ' · ' + q.date : ''}`,
      });
    });
    (doc.events || []).forEach((ev, i) => {
      const start = Number.isInteger(ev.trigger_start) ? ev.trigger_start : ev.start;
      const end = Number.isInteger(ev.trigger_end) ? ev.trigger_end : ev.end;
      anns.push({
        layer: 'event', key: `v${i}`, start, end, code: ev.code,
        tip: `CAMEO ${ev.code} ${rootLabel(ev.root)} · ${actorName(ev.source, ev.source_entity, byId)} → ${actorName(ev.target, ev.target_entity, byId)}` +
          ` · ${ev.date || doc.article.date}${ev.location ? ' · ' + ev.location : ''} · ${ev.mode || ''}${ev.negated ? ' (negated)' : ''} · Goldstein ${fmtNum(ev.goldstein)}`,
      });
    });
    const n = [...text].length;
    return anns.filter((a) => Number.isInteger(a.start) && Number.isInteger(a.end) && a.start >= 0 && a.start < a.end && a.end <= n);
  }
  function actorName(code, entityId, byId) {
    const e = byId.get(entityId);
    if (e && code) return `${e.name} (${code})`;
    return (e && e.name) || code || '?';
  }
  // Splits the text at every annotation boundary; each piece is wrapped in one
  // element per annotation covering it (outermost: quotes, innermost: amounts),
  // all carrying data-ann, so an annotation's text is the concatenation of its pieces.
  function renderText(text, anns) {
    const cps = Array.from(text);
    const cuts = new Set([0, cps.length]);
    for (const a of anns) { cuts.add(a.start); cuts.add(a.end); }
    const bounds = [...cuts].sort((x, y) => x - y);
    const sorted = anns.slice().sort((x, y) => LAYER_RANK[y.layer] - LAYER_RANK[x.layer] || y.start - x.start || x.end - y.end);
    const frag = document.createDocumentFragment();
    for (let i = 0; i + 1 < bounds.length; i++) {
      const a0 = bounds[i];
      const b0 = bounds[i + 1];
      let node = document.createTextNode(cps.slice(a0, b0).join(''));
      for (const a of sorted) {
        if (a.start > a0 || a.end < b0) continue;
        const el = document.createElement(a.href ? 'a' : 'span');
        el.className = `hl L-${a.layer}${a.cls ? ' ' + a.cls : ''}`;
        el.dataset.ann = a.key;
        el.dataset.layer = a.layer;
        el.title = a.tip;
        if (a.href) el.href = a.href;
        if (a.code && a.end === b0) el.dataset.code = a.code;
        el.append(node);
        node = el;
      }
      frag.append(node);
    }
    return frag;
  }
  async function articleView(gen, id) {
    const doc = await api(`/api/articles/${encodeURIComponent(id)}`);
    if (gen !== generation) return;
    const art = doc.article;
    setView('article', art.title || art.id);
    const anns = annotations(doc);
    const counts = {};
    for (const a of anns) counts[a.layer] = (counts[a.layer] || 0) + 1;
    const text = h('div', { class: 'doc', id: 'doc', lang: 'en' });
    text.append(renderText(art.text, anns));
    const detail = h('div', { class: 'detail', id: 'detail', role: 'status', 'aria-live': 'polite' },
      h('span', { class: 'muted', text: 'Hover over a highlight, or choose an event or quote on the side, to see its details here.' }));
    const show = (el) => { detail.textContent = el.title; };
    text.addEventListener('click', (ev) => {
      const el = ev.target instanceof Element ? ev.target.closest('[data-ann]') : null;
      if (el && el.tagName !== 'A') show(el);
    });
    text.addEventListener('mouseover', (ev) => {
      const el = ev.target instanceof Element ? ev.target.closest('[data-ann]') : null;
      if (el) show(el);
    });
    text.addEventListener('focusin', (ev) => { if (ev.target.dataset && ev.target.dataset.ann) show(ev.target); });
    const layers = h('fieldset', { class: 'layers' }, h('legend', { text: 'Layers' }));
    for (const [layer, label] of LAYERS) {
      const box = h('input', { type: 'checkbox', id: `layer-${layer}`, checked: true });
      box.addEventListener('change', () => text.classList.toggle(`off-${layer}`, !box.checked));
      layers.append(h('label', { for: `layer-${layer}` }, box, `${label} (${counts[layer] || 0})`));
    }
    const legend = h('ul', { class: 'legend', 'aria-label': 'Colour key' });
    for (const [t, label] of Object.entries(ENTITY_TYPES)) legend.append(h('li', { class: `swatch L-entity T-${t}`, text: label }));
    legend.append(h('li', { class: 'swatch L-time', text: 'Time' }), h('li', { class: 'swatch L-amount', text: 'Amount' }),
      h('li', { class: 'swatch L-quote', text: 'Quote' }), h('li', { class: 'swatch L-event', text: 'Event trigger' }));
    const jump = (key) => {
      const el = text.querySelector(`[data-ann="${key}"]`);
      if (!el) return;
      show(el);
      el.scrollIntoView({ block: 'center', behavior: 'smooth' });
      el.classList.remove('flash');
      void el.offsetWidth;
      el.classList.add('flash');
    };
    const byId = new Map((doc.entities || []).map((e) => [e.id, e]));
    const events = h('ul', { class: 'plain side-list', id: 'side-events' });
    (doc.events || []).forEach((ev, i) => {
      events.append(h('li', null,
        h('button', { type: 'button', class: 'link', onclick: () => jump(`v${i}`) },
          h('span', { class: 'code', text: ev.code }), ` ${rootLabel(ev.root)}`),
        h('div', null, `${actorName(ev.source, ev.source_entity, byId)} → ${actorName(ev.target, ev.target_entity, byId)}`),
        h('div', { class: 'muted' }, `${ev.date || art.date}${ev.mode ? ' · ' + ev.mode : ''} · Goldstein ${fmtNum(ev.goldstein)}`)));
    });
    const quotes = h('ul', { class: 'plain side-list', id: 'side-quotes' });
    (doc.quotes || []).forEach((q, i) => {
      const sp = byId.get(q.speaker);
      const who = (sp && sp.name) || q.speaker_text;
      quotes.append(h('li', null,
        h('button', { type: 'button', class: 'link', onclick: () => jump(`q${i}`), text: `“${q.text.length > 120 ? q.text.slice(0, 119) + '…' : q.text}”` }),
        h('div', null, '— ', sp ? h('a', { href: entityHref(sp.name, sp.code), text: sp.name }) : (who || 'unknown speaker'), q.cue ? ` (${q.cue})` : '')));
    });
    // Times and amounts with their values, reachable by keyboard too.
    const valued = (id, items, prefix, describe) => {
      const ul = h('ul', { class: 'plain side-list', id });
      items.forEach((x, i) => ul.append(h('li', null,
        h('button', { type: 'button', class: 'link', onclick: () => jump(`${prefix}${i}`), text: x.text }), ` ${describe(x)}`)));
      return ul;
    };
    const times = valued('side-times', doc.times || [], 't', (t) => `→ ${t.value || '?'}${t.mod ? ' (' + t.mod + ')' : ''}`);
    const amounts = valued('side-amounts', doc.amounts || [], 'a', (a) => {
      const v = a.value === null || a.value === undefined ? '?' : fmtNum(a.value);
      return `→ ${v}${a.unit ? ' ' + a.unit : ''}${a.object ? ' of ' + a.object : ''}`;
    });
    const ents = h('ul', { class: 'plain side-list', id: 'side-entities' });
    for (const e of doc.entities || []) {
      ents.append(h('li', null, h('a', { href: entityHref(e.name, e.code), text: e.name }), ' ',
        h('span', { class: 'muted' }, `${ENTITY_TYPES[e.type] || e.type}${e.code ? ' · ' + e.code : ''}`)));
    }
    const none = (list, what) => (list.childElementCount ? list : h('p', { class: 'muted', text: `No ${what} found.` }));
    const url = safeUrl(art.url);
    main.replaceChildren(
      h('p', null, h('a', { href: '#/', text: '← Search' })),
      h('h1', { text: art.title || '(untitled article)' }),
      h('p', { class: 'meta' }, art.date, art.source ? ` · ${art.source}` : '', ' · ', h('span', { class: 'code', text: art.id }),
        url ? [' · ', h('a', { href: url, rel: 'noopener noreferrer', text: 'original' })] : ''),
      layers, legend, detail,
      h('div', { class: 'cols' },
        h('article', { 'aria-label': 'Article text' }, text),
        h('aside', { 'aria-label': 'Events, quotes and entities' },
          h('h2', { text: `Events (${(doc.events || []).length})` }), none(events, 'events'),
          h('h2', { text: `Quotes (${(doc.quotes || []).length})` }), none(quotes, 'quotes'),
          h('h2', { text: `Entities (${(doc.entities || []).length})` }), none(ents, 'entities'),
          h('details', null, h('summary', { text: `Times (${(doc.times || []).length})` }), none(times, 'times')),
          h('details', null, h('summary', { text: `Amounts (${(doc.amounts || []).length})` }), none(amounts, 'amounts')))));
    ready('article');
  }

  // ---- entity / actor -----------------------------------------------------
  const looksLikeCode = (w) => /^[A-Z]{3}[A-Z0-9]*$/.test(w || '');
  function matchesWho(code, name, who, whoCode) {
    const lw = who.toLowerCase();
    if (code && whoCode && code.startsWith(whoCode)) return true;
    if (code && looksLikeCode(who) && code.startsWith(who)) return true;
    return !!(name && name.toLowerCase().includes(lw));
  }
  async function entityView(gen, p) {
    const who = (p.who || '').trim();
    if (!who) throw new Error('no entity or actor given');
    setView('entity', who);
    const tl = await api('/api/timeline', { who, limit: 500 });
    if (gen !== generation) return;
    const items = tl.items || [];
    // The actor code: given, or the code itself, or the one the events use for this name.
    let code = (p.code || '').toUpperCase();
    if (!code && looksLikeCode(who)) code = who;
    if (!code) {
      const votes = new Map();
      for (const it of items) {
        if (it.type !== 'event') continue;
        if (it.source && matchesWho(null, it.source_name, who, null)) votes.set(it.source, (votes.get(it.source) || 0) + 1);
        if (it.target && matchesWho(null, it.target_name, who, null)) votes.set(it.target, (votes.get(it.target) || 0) + 1);
      }
      code = [...votes.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] || '';
    }
    // Related actors: the other side of each event.
    const related = new Map();
    for (const it of items) {
      if (it.type !== 'event') continue;
      const srcIsMe = matchesWho(it.source, it.source_name, who, code);
      const tgtIsMe = matchesWho(it.target, it.target_name, who, code);
      let other = null;
      if (srcIsMe && !tgtIsMe) other = [it.target, it.target_name];
      else if (tgtIsMe && !srcIsMe) other = [it.source, it.source_name];
      if (!other || !other[0]) continue;
      const r = related.get(other[0]) || { code: other[0], name: other[1], events: 0, goldstein: 0 };
      r.events += 1;
      r.goldstein += Number(it.goldstein) || 0;
      if (!r.name && other[1]) r.name = other[1];
      related.set(other[0], r);
    }
    const rel = [...related.values()].sort((a, b) => b.events - a.events || a.code.localeCompare(b.code));
    const relList = h('ul', { class: 'plain', id: 'related' });
    for (const r of rel) {
      relList.append(h('li', { class: 'facet-row' },
        h('span', null, h('a', { href: entityHref(r.name || r.code, r.code), text: r.name || r.code }), ' ', h('span', { class: 'code muted', text: r.code })),
        h('span', { class: 'count', title: `summed Goldstein ${fmtNum(r.goldstein)}`, text: r.events })));
    }
    const timeline = h('ol', { class: 'timeline', id: 'timeline' });
    for (const it of items) {
      const link = h('a', { href: `#/article/${encodeURIComponent(it.article_id)}`, text: 'article' });
      if (it.type === 'event') {
        timeline.append(h('li', null, h('span', { class: 'code', text: it.date }),
          h('div', null, h('span', { class: 'tag event', text: 'event' }),
            `${it.source_name || it.source || '?'} → ${it.target_name || it.target || '?'}: `,
            h('span', { class: 'code', text: it.code }), ` ${rootLabel(it.root)} “${it.trigger}”${it.mode && it.mode !== 'asserted' ? ' (' + it.mode + ')' : ''} · `, link)));
      } else {
        timeline.append(h('li', null, h('span', { class: 'code', text: it.date }),
          h('div', null, h('span', { class: 'tag quote', text: 'quote' }),
            `“${it.text}” — ${it.speaker || it.speaker_text || '?'}${it.cue ? ' (' + it.cue + ')' : ''} · `, link)));
      }
    }
    const chartBox = h('div', { id: 'chart-box' });
    const otherSel = h('select', { id: 'rel-other' });
    for (const r of rel) otherSel.append(h('option', { value: r.code, text: `${r.name ? r.name + ' · ' : ''}${r.code} (${r.events})` }));
    const otherInput = h('input', { id: 'rel-code', placeholder: 'or type a code', autocapitalize: 'characters' });
    const bySel = h('select', { id: 'rel-by' }, ['month', 'week', 'day'].map((b) => h('option', { value: b, text: b })));
    const controls = h('form', { class: 'chart-controls', 'aria-label': 'Relations chart' },
      h('div', null, h('label', { for: 'rel-other', text: 'Relations with' }), otherSel),
      h('div', null, h('label', { for: 'rel-code', text: 'Other actor code' }), otherInput),
      h('div', null, h('label', { for: 'rel-by', text: 'Per' }), bySel),
      h('div', null, h('button', { type: 'submit', text: 'Draw' })));
    const draw = async () => {
      const b = (otherInput.value.trim() || otherSel.value || '').toUpperCase();
      if (!code || !b) {
        chartBox.replaceChildren(h('p', { class: 'muted', text: code ? 'No other actor to chart: type an actor code.' : 'No actor code is known for this entity, so relations cannot be charted.' }));
        return;
      }
      const r = await api('/api/relations', { a: code, b, by: bySel.value });
      chartBox.replaceChildren(relationChart(r, code, b, chartBox.clientWidth));
    };
    controls.addEventListener('submit', (ev) => { ev.preventDefault(); draw().catch((e) => chartBox.replaceChildren(h('p', { class: 'error', role: 'alert', text: e.message }))); });
    const nEvents = items.filter((i) => i.type === 'event').length;
    main.replaceChildren(
      h('p', null, h('a', { href: '#/', text: '← Search' })),
      h('h1', null, who, code && code !== who ? h('span', { class: 'code muted', text: ` ${code}` }) : ''),
      h('p', { class: 'meta' }, `${plural(nEvents, 'event')} and ${plural(items.length - nEvents, 'quote')}`, ' · ',
        h('a', { href: searchHref(code ? { actor: code } : { entity: who }), text: 'articles' }),
        code ? [' · ', h('a', { href: '#/network?' + qs({ actor: code }), text: 'network' })] : ''),
      h('div', { class: 'cols' },
        h('div', null,
          h('section', { 'aria-labelledby': 'chart-h' }, h('h2', { id: 'chart-h', text: 'Relations over time' }), controls, chartBox),
          h('section', { 'aria-labelledby': 'tl-h' }, h('h2', { id: 'tl-h', text: 'Timeline' }),
            timeline.childElementCount ? timeline : h('p', { class: 'muted', text: 'No events or quotes.' }))),
        h('aside', { 'aria-label': 'Related actors' }, h('h2', { text: 'Related actors' }),
          relList.childElementCount ? relList : h('p', { class: 'muted', text: 'None yet.' }))));
    await draw();
    if (gen !== generation) return;
    ready('entity');
  }
  // Stacked bars of events per quad class (both directions) and the summed
  // Goldstein score as a line, one column per period.
  function relationChart(r, a, b, width) {
    const per = new Map();
    for (const k of r.buckets || []) {
      const x = per.get(k.period) || { period: k.period, quad: [0, 0, 0, 0], goldstein: 0, events: 0, dirs: [] };
      k.quad.forEach((n, i) => { x.quad[i] += n; });
      x.goldstein += k.goldstein;
      x.events += k.events;
      x.dirs.push(k);
      per.set(k.period, x);
    }
    const rows = [...per.values()].sort((x, y) => (x.period < y.period ? -1 : 1));
    // Drawn at the width it is shown at, so text keeps its size on phones.
    const W = Math.max(300, Math.min(900, Math.round(width) || 640));
    const legendCols = W >= 600 ? 4 : 2;
    const H = legendCols === 4 ? 260 : 280; const m = { l: 40, r: 44, t: 16, b: legendCols === 4 ? 44 : 64 };
    const iw = W - m.l - m.r; const ih = H - m.t - m.b;
    const maxN = Math.max(1, ...rows.map((x) => x.events));
    const maxG = Math.max(1, ...rows.map((x) => Math.abs(x.goldstein)));
    const bw = rows.length ? iw / rows.length : iw;
    const yN = (n) => m.t + ih - (n / maxN) * ih;
    const yG = (g) => m.t + ih / 2 - (g / maxG) * (ih / 2);
    const titleId = `chart-t-${a}-${b}`.replace(/[^\w-]/g, '');
    const svg = s('svg', { class: 'chart', id: 'relations-chart', viewBox: `0 0 ${W} ${H}`, role: 'img', 'aria-labelledby': `${titleId} ${titleId}-d` },
      s('title', { id: titleId, text: `Events between ${a} and ${b} per ${r.by}` }),
      s('desc', { id: `${titleId}-d`, text: rows.length ? `${rows.length} periods, ${rows.reduce((t, x) => t + x.events, 0)} events; bars: events per quad class; line: summed Goldstein score.` : 'No events between these actors.' }));
    // axes
    svg.append(s('line', { x1: m.l, y1: m.t + ih, x2: m.l + iw, y2: m.t + ih, stroke: '#555' }));
    svg.append(s('line', { x1: m.l, y1: m.t, x2: m.l, y2: m.t + ih, stroke: '#555' }));
    for (const n of [0, Math.round(maxN / 2), maxN]) {
      svg.append(s('text', { x: m.l - 6, y: yN(n) + 4, 'text-anchor': 'end', text: n }));
    }
    svg.append(s('line', { x1: m.l, y1: yG(0), x2: m.l + iw, y2: yG(0), stroke: '#888', 'stroke-dasharray': '4 3' }));
    for (const g of [-maxG, 0, maxG]) {
      svg.append(s('text', { x: m.l + iw + 6, y: yG(g) + 4, text: fmtNum(g) }));
    }
    svg.append(s('text', { x: 4, y: 12, text: 'events' }), s('text', { x: W - 4, y: 12, 'text-anchor': 'end', text: 'Goldstein' }));
    const every = Math.max(1, Math.ceil(rows.length / Math.max(2, Math.floor(iw / 70))));
    rows.forEach((x, i) => {
      let y = m.t + ih;
      const g = s('g', { class: 'bar' });
      x.quad.forEach((n, q) => {
        if (!n) return;
        const hgt = (n / maxN) * ih;
        y -= hgt;
        g.append(s('rect', { x: m.l + i * bw + bw * 0.15, y, width: Math.max(1, bw * 0.7), height: hgt, fill: QUAD_COLORS[q] },
          s('title', { text: `${x.period}: ${n} ${QUADS[q].toLowerCase()}` })));
      });
      svg.append(g);
      if (i % every === 0) {
        svg.append(s('text', { x: m.l + i * bw + bw / 2, y: m.t + ih + 16, 'text-anchor': 'middle', text: x.period }));
      }
    });
    if (rows.length) {
      const pts = rows.map((x, i) => `${m.l + i * bw + bw / 2},${yG(x.goldstein)}`).join(' ');
      svg.append(s('polyline', { points: pts, fill: 'none', stroke: '#111', 'stroke-width': 2, class: 'goldstein' }));
      rows.forEach((x, i) => svg.append(s('circle', { cx: m.l + i * bw + bw / 2, cy: yG(x.goldstein), r: 3.5, fill: '#111' },
        s('title', { text: `${x.period}: Goldstein ${fmtNum(x.goldstein)} over ${x.events} events` }))));
    } else {
      svg.append(s('text', { x: W / 2, y: H / 2, 'text-anchor': 'middle', text: 'No events between these actors' }));
    }
    // legend
    QUADS.forEach((q, i) => {
      const lx = m.l + (i % legendCols) * 140;
      const ly = H - 14 - (legendCols === 2 && i < 2 ? 18 : 0);
      svg.append(s('rect', { x: lx, y: ly, width: 10, height: 10, fill: QUAD_COLORS[i] }), s('text', { x: lx + 14, y: ly + 9, text: q }));
    });
    const table = h('table', null, h('thead', null, h('tr', null, ['Period', 'Direction', ...QUADS, 'Goldstein'].map((t) => h('th', { scope: 'col', text: t })))));
    const tb = h('tbody');
    for (const x of rows) {
      for (const d of x.dirs) {
        tb.append(h('tr', null, h('td', { text: x.period }), h('td', { text: d.direction === 'a->b' ? `${a} → ${b}` : `${b} → ${a}` }),
          d.quad.map((n) => h('td', { class: 'n', text: n })), h('td', { class: 'n', text: fmtNum(d.goldstein) })));
      }
    }
    table.append(tb);
    return h('figure', { class: 'figure' }, svg,
      h('details', null, h('summary', { text: 'Data table' }), h('div', { class: 'table-wrap' }, table)));
  }

  // ---- network ------------------------------------------------------------
  // A deterministic force-directed layout (nodes start on a circle).
  function layout(nodes, edges, W, H) {
    const n = nodes.length;
    const pos = nodes.map((_, i) => ({ x: W / 2 + (W / 3) * Math.cos((2 * Math.PI * i) / Math.max(1, n)), y: H / 2 + (H / 3) * Math.sin((2 * Math.PI * i) / Math.max(1, n)) }));
    if (n < 2) { if (n === 1) pos[0] = { x: W / 2, y: H / 2 }; return pos; }
    const idx = new Map(nodes.map((d, i) => [d.id, i]));
    const k = Math.sqrt((W * H) / n) * 0.6;
    let temp = W / 8;
    for (let it = 0; it < 250; it++) {
      const disp = pos.map(() => ({ x: 0, y: 0 }));
      for (let i = 0; i < n; i++) {
        for (let j = i + 1; j < n; j++) {
          let dx = pos[i].x - pos[j].x; let dy = pos[i].y - pos[j].y;
          let d = Math.hypot(dx, dy);
          if (d < 0.01) { dx = 0.01 * (i - j); dy = 0.01; d = Math.hypot(dx, dy); }
          const f = (k * k) / d;
          disp[i].x += (dx / d) * f; disp[i].y += (dy / d) * f;
          disp[j].x -= (dx / d) * f; disp[j].y -= (dy / d) * f;
        }
      }
      for (const e of edges) {
        const i = idx.get(e.source); const j = idx.get(e.target);
        if (i === undefined || j === undefined) continue;
        const dx = pos[i].x - pos[j].x; const dy = pos[i].y - pos[j].y;
        const d = Math.max(0.01, Math.hypot(dx, dy));
        const f = ((d * d) / k) * (1 + Math.log2(e.events) * 0.3);
        disp[i].x -= (dx / d) * f; disp[i].y -= (dy / d) * f;
        disp[j].x += (dx / d) * f; disp[j].y += (dy / d) * f;
      }
      for (let i = 0; i < n; i++) {
        const d = Math.max(0.01, Math.hypot(disp[i].x, disp[i].y));
        pos[i].x += (disp[i].x / d) * Math.min(d, temp);
        pos[i].y += (disp[i].y / d) * Math.min(d, temp);
        // gentle pull to the centre keeps separate components on screen
        pos[i].x += (W / 2 - pos[i].x) * 0.01;
        pos[i].y += (H / 2 - pos[i].y) * 0.01;
      }
      temp *= 0.98;
    }
    // fit into the box with one scale for both axes, centred
    const xs = pos.map((p) => p.x); const ys = pos.map((p) => p.y);
    const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
    const padX = 110; const padY = 50;
    const scale = Math.min((W - 2 * padX) / Math.max(1, x1 - x0), (H - 2 * padY) / Math.max(1, y1 - y0));
    const cx = (x0 + x1) / 2; const cy = (y0 + y1) / 2;
    return pos.map((p) => ({ x: W / 2 + (p.x - cx) * scale, y: H / 2 + (p.y - cy) * scale }));
  }
  function goldsteinColor(mean) {
    if (mean > 0.5) return '#2f9e44';
    if (mean < -0.5) return '#c92a2a';
    return '#6b7280';
  }
  async function networkView(gen, p) {
    setView('network', 'Network');
    const filters = filtersOf(p);
    const net = await api('/api/network', Object.assign({ nodes: 40 }, filters));
    if (gen !== generation) return;
    const W = 800; const H = 560;
    const pos = layout(net.nodes, net.edges, W, H);
    const idx = new Map(net.nodes.map((d, i) => [d.id, i]));
    const maxE = Math.max(1, ...net.edges.map((e) => e.events));
    const svg = s('svg', { class: 'net', id: 'network-svg', viewBox: `0 0 ${W} ${H}`, role: 'group', 'aria-labelledby': 'net-t' },
      s('title', { id: 'net-t', text: `Actor network: ${net.nodes.length} actors, ${net.edges.length} directed links` }),
      s('defs', null, ['#2f9e44', '#c92a2a', '#6b7280'].map((c) => s('marker', { id: `arrow-${c.slice(1)}`, viewBox: '0 0 10 10', refX: 10, refY: 5, markerUnits: 'userSpaceOnUse', markerWidth: 12, markerHeight: 12, orient: 'auto' },
        s('path', { d: 'M0,0 L10,5 L0,10 z', fill: c })))));
    const radius = (d) => 6 + 3 * Math.sqrt(d.events);
    for (const e of net.edges) {
      const i = idx.get(e.source); const j = idx.get(e.target);
      if (i === undefined || j === undefined) continue;
      const a = pos[i]; const b = pos[j];
      const d = Math.max(1, Math.hypot(b.x - a.x, b.y - a.y));
      // shorten to the circles and bend a little so both directions show
      const rb = radius(net.nodes[j]) + 2; const ra = radius(net.nodes[i]);
      const x1 = a.x + ((b.x - a.x) / d) * ra; const y1 = a.y + ((b.y - a.y) / d) * ra;
      const x2 = b.x - ((b.x - a.x) / d) * rb; const y2 = b.y - ((b.y - a.y) / d) * rb;
      const mx = (x1 + x2) / 2 - ((y2 - y1) / d) * 14; const my = (y1 + y2) / 2 + ((x2 - x1) / d) * 14;
      const color = goldsteinColor(e.goldstein / Math.max(1, e.events));
      svg.append(s('path', { class: 'edge', d: `M${x1},${y1} Q${mx},${my} ${x2},${y2}`, fill: 'none', stroke: color, 'stroke-opacity': 0.75, 'stroke-width': 1 + (4 * e.events) / maxE, 'marker-end': `url(#arrow-${color.slice(1)})` },
        s('title', { text: `${e.source} → ${e.target}: ${e.events} events (${e.quad.map((n, q) => `${n} ${QUADS[q].toLowerCase()}`).join(', ')}); Goldstein ${fmtNum(e.goldstein)}` })));
    }
    net.nodes.forEach((d, i) => {
      const { x, y } = pos[i];
      svg.append(s('a', { href: entityHref(d.label !== d.id ? d.label : d.id, d.id), class: 'node', 'aria-label': `${d.label} (${d.id}), ${d.events} events` },
        s('circle', { cx: x, cy: y, r: radius(d), fill: '#1d4e89', 'fill-opacity': 0.85, stroke: '#fff', 'stroke-width': 1.5 }),
        s('text', { class: 'label', x, y: y - radius(d) - 4, 'text-anchor': 'middle', text: d.label === d.id ? d.id : `${d.label} · ${d.id}` })));
    });
    const table = h('table', { id: 'edges-table' }, h('thead', null, h('tr', null, ['From', 'To', 'Events', ...QUADS, 'Goldstein'].map((t) => h('th', { scope: 'col', text: t })))));
    const tb = h('tbody');
    for (const e of net.edges) {
      tb.append(h('tr', null, h('td', null, h('a', { href: entityHref(e.source, e.source), text: e.source })), h('td', null, h('a', { href: entityHref(e.target, e.target), text: e.target })),
        h('td', { class: 'n', text: e.events }), e.quad.map((n) => h('td', { class: 'n', text: n })), h('td', { class: 'n', text: fmtNum(e.goldstein) })));
    }
    table.append(tb);
    main.replaceChildren(
      h('h1', { text: 'Actor network' }),
      filterForm(p, 'network'),
      h('p', { class: 'muted' }, `Actors as nodes, events as directed links (width: events; colour: mean Goldstein, green cooperative, red conflictual), over the top ${net.sampled} of ${net.total.toLocaleString('en')} matching articles. `,
        h('a', { href: searchHref(filters), text: 'Show the articles' })),
      net.nodes.length ? svg : h('p', { class: 'muted', text: 'No events with two known actors in these articles.' }),
      h('details', null, h('summary', { text: `Links as a table (${net.edges.length})` }), h('div', { class: 'table-wrap' }, table)));
    ready('network');
  }

  // ---- start --------------------------------------------------------------
  window.addEventListener('hashchange', () => { route(); main.focus({ preventScroll: true }); });
  route();
  api('/api/stats').then((st) => {
    const el = document.getElementById('stats');
    if (el) el.textContent = `${(st.articles || 0).toLocaleString('en')} articles${st.first_day ? ` · ${st.first_day} to ${st.last_day}` : ''} · dateline`;
  }).catch(() => {});
})();
