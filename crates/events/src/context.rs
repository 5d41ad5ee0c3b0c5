//! An event's own date, place and mode, read from its clause: the time
//! expression attached to the trigger ("in 2014", "on Monday"), else the
//! clause it depends on, else a tense-aware default (the article date, or
//! `FUTURE_REF` for planned events); the GPE/LOC introduced by "in", "at"
//! or "near"; and the mode from the clause's negation, modality and the
//! speech verb it is reported under.

use dateline_core::{Document, EntityKind, EventMode, TimexType};
use dateline_syntax::{Clause, Modality};

/// Speech and attribution verbs: an event in their complement is reported.
pub const SPEECH: &[&str] = &[
    "say", "tell", "report", "claim", "allege", "announce", "add", "state", "insist", "argue", "believe", "think",
    "write", "quote", "confirm", "suggest", "indicate", "note",
];

/// Per-document context: which trigger each time expression and place
/// belongs to.
pub struct Context<'a> {
    doc: &'a Document,
    /// Trigger token of each time expression (index into `doc.times`).
    time_owner: Vec<Option<usize>>,
}

impl<'a> Context<'a> {
    /// Attaches every time expression to the nearest trigger above it in
    /// the dependency tree (`triggers` holds predicate and noun-trigger
    /// tokens).
    pub fn new(doc: &'a Document, triggers: &[usize]) -> Context<'a> {
        let mut time_owner = Vec::with_capacity(doc.times.len());
        for t in &doc.times {
            let toks = doc.tokens_in(t.span);
            // The time's root: the token whose head lies outside it.
            let root = toks.clone().find(|&i| doc.tokens[i].head.is_none_or(|h| !toks.contains(&(h as usize))));
            let mut owner = None;
            let mut cur = root.and_then(|r| doc.tokens[r].head.map(|h| h as usize));
            let mut steps = 0;
            while let Some(c) = cur {
                steps += 1;
                if steps > 64 || c >= doc.tokens.len() {
                    break;
                }
                if triggers.contains(&c) {
                    owner = Some(c);
                    break;
                }
                cur = doc.tokens[c].head.map(|h| h as usize);
            }
            time_owner.push(owner);
        }
        Context { doc, time_owner }
    }

    /// The value of the time expression owned by trigger `tok`, if any.
    pub fn own_date(&self, tok: usize) -> Option<String> {
        self.doc
            .times
            .iter()
            .zip(&self.time_owner)
            .filter(|(t, o)| **o == Some(tok) && matches!(t.kind, TimexType::Date | TimexType::Time))
            .map(|(t, _)| t.value.clone())
            .next()
    }

    /// The place of a clause: a GPE/LOC entity introduced by in/at/near,
    /// or the clause's own predicate when it is such a place ("was in
    /// Saudi Arabia").
    pub fn location(&self, clause: &Clause) -> Option<String> {
        let place = |tok: usize| -> Option<String> {
            self.doc.entities.iter().find_map(|e| {
                (matches!(e.kind, EntityKind::Gpe | EntityKind::Loc)
                    && e.mentions.iter().any(|m| self.doc.tokens_in(m.span).contains(&tok)))
                .then(|| e.name.clone())
            })
        };
        for o in &clause.obliques {
            let prep = o.prep.and_then(|p| self.doc.tokens.get(p)).map(|t| self.doc.slice(t.span).to_lowercase());
            if matches!(prep.as_deref(), Some("in" | "at" | "near" | "inside")) {
                if let Some(p) = place(o.head) {
                    return Some(p);
                }
            }
        }
        let p = clause.predicate;
        let has_in = self.doc.tokens.iter().enumerate().any(|(i, t)| {
            t.head == Some(p as u32)
                && t.deprel.as_deref() == Some("case")
                && matches!(self.doc.slice(self.doc.tokens[i].span).to_lowercase().as_str(), "in" | "at")
        });
        if has_in {
            return place(p);
        }
        None
    }
}

/// Mode of an event stated by `clause`, given the clauses above it.
pub fn mode(clause: &Clause, chain: &[&Clause], doc: &Document) -> (EventMode, bool) {
    let negated = clause.negated();
    if negated {
        return (EventMode::Negated, true);
    }
    let mut modality = clause.modality;
    let mut reported = false;
    for g in chain {
        if modality == Modality::Asserted && matches!(g.modality, Modality::Planned | Modality::Future) {
            modality = g.modality;
        }
        if modality == Modality::Asserted && g.modality == Modality::Hypothetical {
            modality = Modality::Hypothetical;
        }
        if SPEECH.contains(&g.lemma.as_str()) {
            reported = true;
        }
    }
    let _ = doc;
    let m = match modality {
        Modality::Planned | Modality::Future => EventMode::Planned,
        Modality::Hypothetical | Modality::Obligation => EventMode::Hypothetical,
        Modality::Asserted if reported => EventMode::Reported,
        Modality::Asserted => EventMode::Asserted,
    };
    (m, false)
}

/// The default date of an event without a time expression of its own: the
/// article day, or `FUTURE_REF` for planned and hypothetical events.
pub fn default_date(doc: &Document, mode: EventMode) -> String {
    match mode {
        EventMode::Planned | EventMode::Hypothetical => "FUTURE_REF".to_string(),
        _ => doc.article.date.date().to_string(),
    }
}
