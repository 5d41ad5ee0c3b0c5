//! Facets and the actor network of a search: what the top-ranked matches
//! of a query are about (top entities, actors, event roots) and who acts on
//! whom in them. Used by `dateline search --facets` and the API.

use dateline_core::Document;
use serde::Serialize;
use std::collections::{BTreeMap, HashMap, HashSet};

/// An entity and how many sampled articles mention it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct EntityFacet {
    /// Canonical name.
    pub name: String,
    /// PERSON, ORG, GPE, LOC, NORP, MISC.
    #[serde(rename = "type")]
    pub kind: String,
    /// Actor code, when known.
    pub code: Option<String>,
    /// Sampled articles mentioning it.
    pub articles: u64,
}

/// An actor code and how often it takes part in events.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ActorFacet {
    /// CAMEO actor code.
    pub code: String,
    /// The most frequent entity name behind the code, if any.
    pub name: Option<String>,
    /// Sampled articles where the code occurs (as an entity's code or an
    /// event's source or target).
    pub articles: u64,
    /// Events with the code as source or target.
    pub events: u64,
}

/// A CAMEO root and its events in the sample.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct RootFacet {
    /// CAMEO root, 1..=20.
    pub root: u8,
    /// Events with this root.
    pub events: u64,
    /// Sampled articles with such an event.
    pub articles: u64,
}

/// Facets of the top-ranked matches of a search.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Facets {
    /// All matches of the query.
    pub total: usize,
    /// The articles the facets count (the top `sample` matches).
    pub sampled: usize,
    /// Entities by articles, most first.
    pub entities: Vec<EntityFacet>,
    /// Actor codes by articles, most first.
    pub actors: Vec<ActorFacet>,
    /// Event roots by events, most first.
    pub event_roots: Vec<RootFacet>,
}

/// Counts names and keeps the most frequent (ties: the first seen).
#[derive(Default)]
struct NameVotes(Vec<(String, u64)>);

impl NameVotes {
    fn add(&mut self, name: &str) {
        match self.0.iter_mut().find(|(n, _)| n == name) {
            Some((_, c)) => *c += 1,
            None => self.0.push((name.to_string(), 1)),
        }
    }
    fn best(&self) -> Option<String> {
        let mut best: Option<&(String, u64)> = None;
        for v in &self.0 {
            match best {
                Some(b) if b.1 >= v.1 => {}
                _ => best = Some(v),
            }
        }
        best.map(|b| b.0.clone())
    }
}

fn clean_code(code: Option<&str>) -> Option<String> {
    code.map(str::trim).filter(|c| !c.is_empty()).map(str::to_uppercase)
}

/// Computes facets over `docs`, keeping the top `top` of each kind.
pub fn compute_facets(docs: &[Document], total: usize, top: usize) -> Facets {
    // Entities keyed by (lowercased name, type).
    let mut ents: HashMap<(String, &'static str), (EntityFacet, usize)> = HashMap::new();
    let mut actors: HashMap<String, (u64, u64, NameVotes, usize)> = HashMap::new();
    let mut roots: BTreeMap<u8, (u64, u64)> = BTreeMap::new();
    let mut order = 0usize;
    for doc in docs {
        let mut seen_ent = HashSet::new();
        let mut seen_actor = HashSet::new();
        let mut seen_root = HashSet::new();
        for e in &doc.entities {
            let key = (e.name.to_lowercase(), e.kind.as_str());
            if seen_ent.insert(key.clone()) {
                order += 1;
                let slot = ents.entry(key).or_insert_with(|| {
                    (
                        EntityFacet {
                            name: e.name.clone(),
                            kind: e.kind.as_str().to_string(),
                            code: clean_code(e.code.as_deref()),
                            articles: 0,
                        },
                        order,
                    )
                });
                slot.0.articles += 1;
                if slot.0.code.is_none() {
                    slot.0.code = clean_code(e.code.as_deref());
                }
            }
            if let Some(code) = clean_code(e.code.as_deref()) {
                order += 1;
                let slot = actors.entry(code.clone()).or_insert_with(|| (0, 0, NameVotes::default(), order));
                slot.2.add(&e.name);
                if seen_actor.insert(code) {
                    slot.0 += 1;
                }
            }
        }
        for ev in &doc.events {
            let r = roots.entry(ev.root).or_insert((0, 0));
            r.0 += 1;
            if seen_root.insert(ev.root) {
                r.1 += 1;
            }
            for (code, ent) in [(&ev.source, ev.source_entity), (&ev.target, ev.target_entity)] {
                let Some(code) = clean_code(code.as_deref()) else { continue };
                order += 1;
                let slot = actors.entry(code.clone()).or_insert_with(|| (0, 0, NameVotes::default(), order));
                slot.1 += 1;
                if let Some(en) = ent.and_then(|id| doc.entity(id)) {
                    slot.2.add(&en.name);
                }
                if seen_actor.insert(code) {
                    slot.0 += 1;
                }
            }
        }
    }
    let mut entities: Vec<(EntityFacet, usize)> = ents.into_values().collect();
    entities.sort_by(|a, b| b.0.articles.cmp(&a.0.articles).then(a.1.cmp(&b.1)));
    let mut actor_list: Vec<(ActorFacet, usize)> = actors
        .into_iter()
        .map(|(code, (articles, events, names, first))| {
            (ActorFacet { code, name: names.best(), articles, events }, first)
        })
        .collect();
    actor_list.sort_by(|a, b| (b.0.articles, b.0.events).cmp(&(a.0.articles, a.0.events)).then(a.1.cmp(&b.1)));
    let mut event_roots: Vec<RootFacet> =
        roots.into_iter().map(|(root, (events, articles))| RootFacet { root, events, articles }).collect();
    event_roots.sort_by(|a, b| b.events.cmp(&a.events).then(a.root.cmp(&b.root)));
    Facets {
        total,
        sampled: docs.len(),
        entities: entities.into_iter().take(top).map(|e| e.0).collect(),
        actors: actor_list.into_iter().take(top).map(|a| a.0).collect(),
        event_roots: event_roots.into_iter().take(top).collect(),
    }
}

/// An actor in the network.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Node {
    /// CAMEO actor code.
    pub id: String,
    /// The most frequent entity name behind the code, else the code.
    pub label: String,
    /// Events it takes part in.
    pub events: u64,
}

/// Events from one actor to another.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Edge {
    /// Source actor code.
    pub source: String,
    /// Target actor code.
    pub target: String,
    /// Events.
    pub events: u64,
    /// Events per quad class 1..=4.
    pub quad: [u64; 4],
    /// Summed Goldstein weight.
    pub goldstein: f64,
}

/// Actors as nodes and events as weighted, directed edges.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Network {
    /// All matches of the query.
    pub total: usize,
    /// The articles whose events make the network.
    pub sampled: usize,
    /// The most active actors (at most `max_nodes`).
    pub nodes: Vec<Node>,
    /// Edges between those actors, heaviest first.
    pub edges: Vec<Edge>,
}

/// Builds the actor network of `docs`: every event with both a source and a
/// target code adds to the edge source -> target. Only the `max_nodes` most
/// active actors and the edges between them are kept.
pub fn compute_network(docs: &[Document], total: usize, max_nodes: usize) -> Network {
    let mut nodes: HashMap<String, (u64, NameVotes, usize)> = HashMap::new();
    let mut edges: HashMap<(String, String), Edge> = HashMap::new();
    let mut order = 0usize;
    for doc in docs {
        for ev in &doc.events {
            let (Some(s), Some(t)) = (clean_code(ev.source.as_deref()), clean_code(ev.target.as_deref())) else {
                continue;
            };
            if s == t {
                continue;
            }
            for (code, ent) in [(&s, ev.source_entity), (&t, ev.target_entity)] {
                order += 1;
                let n = nodes.entry(code.clone()).or_insert_with(|| (0, NameVotes::default(), order));
                n.0 += 1;
                if let Some(en) = ent.and_then(|id| doc.entity(id)) {
                    n.1.add(&en.name);
                }
            }
            let e = edges.entry((s.clone(), t.clone())).or_insert_with(|| Edge {
                source: s,
                target: t,
                events: 0,
                quad: [0; 4],
                goldstein: 0.0,
            });
            e.events += 1;
            if (1..=4).contains(&ev.quad) {
                e.quad[usize::from(ev.quad - 1)] += 1;
            }
            e.goldstein += f64::from(ev.goldstein);
        }
    }
    let mut node_list: Vec<(Node, usize)> = nodes
        .into_iter()
        .map(|(id, (events, names, first))| {
            let label = names.best().unwrap_or_else(|| id.clone());
            (Node { id, label, events }, first)
        })
        .collect();
    node_list.sort_by(|a, b| b.0.events.cmp(&a.0.events).then(a.1.cmp(&b.1)));
    node_list.truncate(max_nodes);
    let kept: HashSet<&str> = node_list.iter().map(|n| n.0.id.as_str()).collect();
    let mut edge_list: Vec<Edge> =
        edges.into_values().filter(|e| kept.contains(e.source.as_str()) && kept.contains(e.target.as_str())).collect();
    edge_list.sort_by(|a, b| b.events.cmp(&a.events).then(a.source.cmp(&b.source)).then(a.target.cmp(&b.target)));
    for e in &mut edge_list {
        e.goldstein = (e.goldstein * 100.0).round() / 100.0;
    }
    Network { total, sampled: docs.len(), nodes: node_list.into_iter().map(|n| n.0).collect(), edges: edge_list }
}
