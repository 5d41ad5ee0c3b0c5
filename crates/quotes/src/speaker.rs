//! Speaker resolution: from the words that name a speaker to an entity.
//!
//! A name resolves to the entity whose mention it overlaps. A singular
//! personal pronoun ("he", "she") resolves to the nearest person before it,
//! preferring one in subject position, within the last few sentences;
//! "it" resolves the same way to the nearest organization ("The ministry
//! said ... It said ..."), and to none when only persons stand in
//! subject position in the window (a company typed a person). A
//! role noun phrase ("the minister", "the top U.S. diplomat") resolves to a
//! nominal mention of the entity layer, else to the nearest person before it
//! whose roles name that noun. A definite noun of an organization's sort
//! ("the company", "the agency", see [`lexicon::org_noun`]) resolves to
//! the nearest organization of that sort (official or business, by its
//! actor code) in the same window. A phrase with no name of its own takes the
//! name of its apposition ("Its chairman, Moussa Faki, said"). Plural
//! pronouns and anything unclear stay
//! unresolved: no speaker is better than a wrong one.

use crate::lexicon;
use dateline_core::{Document, EntityKind, Span, Upos};

/// One entity mention, flattened.
#[derive(Debug, Clone, Copy)]
struct M {
    span: Span,
    entity: u32,
    kind: EntityKind,
}

/// Resolves speaker phrases of one document.
#[derive(Debug)]
pub struct Resolver<'a> {
    doc: &'a Document,
    mentions: Vec<M>,
}

/// How many sentences back a pronoun may look for its person.
const PRONOUN_WINDOW: usize = 3;

impl<'a> Resolver<'a> {
    /// Indexes the entity mentions of `doc`.
    pub fn new(doc: &'a Document) -> Resolver<'a> {
        let mut mentions: Vec<M> = doc
            .entities
            .iter()
            .flat_map(|e| e.mentions.iter().map(move |m| M { span: m.span, entity: e.id, kind: e.kind }))
            .collect();
        // A place or agency of a wire dateline ("MANILA, June 3 (Reuters)
        // -") is no antecedent: "what it called ..." is not Reuters.
        let mut dateline_end: std::collections::HashMap<usize, usize> = std::collections::HashMap::new();
        mentions.retain(|m| {
            let Some(k) = doc.sentence_at(m.span.start) else { return true };
            let end = *dateline_end.entry(k).or_insert_with(|| doc.past_dateline(doc.sentences[k].span).start);
            m.span.start >= end
        });
        mentions.sort_by_key(|m| (m.span.start, m.span.end));
        Resolver { doc, mentions }
    }

    fn rank(kind: EntityKind) -> u8 {
        match kind {
            EntityKind::Person => 0,
            EntityKind::Org => 1,
            EntityKind::Norp => 2,
            EntityKind::Gpe => 3,
            EntityKind::Misc => 4,
            EntityKind::Loc => 5,
        }
    }

    /// The entity a speaker phrase names, when it can be told.
    pub fn resolve(&self, span: Span, head: Option<usize>) -> Option<u32> {
        let text = self.doc.text();
        let phrase = span.get(text)?.trim();
        // A mention inside the phrase: the one holding its head, else the
        // best-ranked (persons first), the rightmost among equals.
        // A possessor ("Scott's niece", "the mayor's aide") is not who speaks.
        let possessor = |m: &M| {
            let rest = text.get(m.span.end..span.end).unwrap_or("");
            rest.starts_with("'s") || rest.starts_with("’s") || rest.starts_with("' ") || rest.starts_with("’ ")
        };
        let inside: Vec<&M> = self.mentions.iter().filter(|m| m.span.overlaps(span) && !possessor(m)).collect();
        // "Supporters of opposition leader X", "aides to X": a common
        // noun head before a preposition names people who are not the
        // person named after it.
        if let Some(h) = head.filter(|&h| self.doc.tokens.get(h).is_some_and(|t| span.contains(t.span))) {
            let toks = &self.doc.tokens;
            let own = inside.iter().any(|m| m.span.contains(toks[h].span));
            let adp = toks.get(h + 1).is_some_and(|t| t.upos == Some(Upos::ADP) && span.contains(t.span));
            if !own
                && adp
                && toks[h].upos == Some(Upos::NOUN)
                && inside.iter().all(|m| m.span.start > toks[h].span.end && m.kind == EntityKind::Person)
                && !inside.is_empty()
            {
                return None;
            }
        }
        if !inside.is_empty() {
            let speaks = |m: &M| matches!(m.kind, EntityKind::Person | EntityKind::Org) || m.span == span;
            if let Some(h) = head.and_then(|h| self.doc.tokens.get(h)) {
                if let Some(m) = inside.iter().find(|m| m.span.contains(h.span) && speaks(m)) {
                    return Some(m.entity);
                }
            }
            let best = inside.iter().min_by_key(|m| (Self::rank(m.kind), std::cmp::Reverse(m.span.start)))?;
            // Only persons and organizations speak; a bare place or
            // nationality inside a longer phrase ("U.S. officials") does not.
            return match best.kind {
                EntityKind::Person | EntityKind::Org => Some(best.entity),
                _ if best.span == span => Some(best.entity),
                _ => None,
            };
        }
        // "Its chairman, Moussa Faki, said": a phrase with no name of its
        // own is the person or organization its apposition names.
        if let Some(h) = head.filter(|&h| self.doc.tokens.get(h).is_some_and(|t| span.contains(t.span))) {
            let appos = self
                .doc
                .tokens
                .iter()
                .enumerate()
                .skip(h + 1)
                .take(12)
                .find(|(_, t)| t.head == Some(h as u32) && t.deprel.as_deref() == Some("appos"));
            if let Some((_, t)) = appos {
                let named = self
                    .mentions
                    .iter()
                    .find(|m| m.span.contains(t.span) && matches!(m.kind, EntityKind::Person | EntityKind::Org));
                if let Some(m) = named {
                    return Some(m.entity);
                }
            }
        }
        // A relative pronoun ("who") with its antecedent's head outside
        // the phrase: the entity named there.
        if let Some(h) = head.and_then(|h| self.doc.tokens.get(h)).filter(|h| !span.contains(h.span)) {
            return self
                .mentions
                .iter()
                .find(|m| m.span.contains(h.span) && matches!(m.kind, EntityKind::Person | EntityKind::Org))
                .map(|m| m.entity);
        }
        if phrase.eq_ignore_ascii_case("it") {
            return self.it_antecedent(span);
        }
        if let Some(true) = lexicon::pronoun(phrase) {
            if phrase.eq_ignore_ascii_case("i") {
                return None;
            }
            return self.pronoun_antecedent(span);
        }
        let words: Vec<&str> = phrase.split_whitespace().collect();
        let head_word = head
            .and_then(|h| self.doc.tokens.get(h))
            .and_then(|t| t.span.get(text))
            .or_else(|| words.last().copied())?;
        let definite = words.first().is_some_and(|w| w.eq_ignore_ascii_case("the"));
        if definite && lexicon::is_role_noun(head_word) {
            return self.role_antecedent(span, head_word);
        }
        if definite && words.len() <= 3 {
            if let Some(official) = lexicon::org_noun(head_word) {
                return self.org_antecedent(span, official);
            }
        }
        None
    }

    /// "The company said", "the agency said": the organization of that
    /// sort named last before the phrase in the pronoun window, one in
    /// subject position first. An organization with a government,
    /// judicial, legislative, military or police code is an `official`
    /// one (a ministry, a regulator, a court); any other is a business. An
    /// organization whose sort the phrase does not fit is passed over
    /// ("Kroger ... the Federal Trade Commission. The company said": Kroger).
    fn org_antecedent(&self, span: Span, official: bool) -> Option<u32> {
        self.nearest_where(span, |m| {
            m.kind == EntityKind::Org
                && self.doc.entity(m.entity).is_some_and(|e| {
                    let code = e.code.as_deref().unwrap_or("");
                    ["GOV", "JUD", "LEG", "MIL", "COP", "SPY"].iter().any(|c| code.contains(c)) == official
                })
        })
    }

    fn window_start(&self, pos: usize) -> usize {
        let s = self.doc.sentence_at(pos).unwrap_or_else(|| self.doc.sentences.partition_point(|s| s.span.end <= pos));
        let first = s.saturating_sub(PRONOUN_WINDOW);
        self.doc.sentences.get(first).map_or(0, |s| s.span.start)
    }

    fn is_subject(&self, span: Span) -> bool {
        let r = self.doc.tokens_in(span);
        self.doc.tokens[r].iter().any(|t| {
            t.deprel.as_deref().is_some_and(|d| d.starts_with("nsubj"))
                || (t.deprel.as_deref() == Some("flat") || t.deprel.as_deref() == Some("compound"))
                    && t.upos == Some(Upos::PROPN)
                    && t.head
                        .and_then(|h| self.doc.tokens.get(h as usize))
                        .is_some_and(|h| h.deprel.as_deref().is_some_and(|d| d.starts_with("nsubj")))
        })
    }

    fn pronoun_antecedent(&self, span: Span) -> Option<u32> {
        self.nearest_of_kind(span, EntityKind::Person)
    }

    /// "It said": the organization named last before it in the window,
    /// preferring one in subject position; none when no organization is
    /// named there.
    fn it_antecedent(&self, span: Span) -> Option<u32> {
        let from = self.window_start(span.start);
        let before = |m: &&M| m.span.start >= from && m.span.end <= span.start;
        let org_subject =
            self.mentions.iter().filter(before).any(|m| m.kind == EntityKind::Org && self.is_subject(m.span));
        // A name in subject position the entity layer took for a person
        // ("Kroger said it was disappointed. It had agreed ..."): no other
        // organization is meant.
        let person_subject =
            self.mentions.iter().filter(before).any(|m| m.kind == EntityKind::Person && self.is_subject(m.span));
        if !org_subject && person_subject {
            return None;
        }
        self.nearest_of_kind(span, EntityKind::Org)
    }

    /// The entity of `kind` mentioned last before `span` in the pronoun
    /// window, one in subject position first.
    fn nearest_of_kind(&self, span: Span, kind: EntityKind) -> Option<u32> {
        self.nearest_where(span, |m| m.kind == kind)
    }

    /// The entity of the last mention `fits` takes before `span` in the
    /// pronoun window, one in subject position first.
    fn nearest_where(&self, span: Span, fits: impl Fn(&M) -> bool) -> Option<u32> {
        let from = self.window_start(span.start);
        let found: Vec<&M> =
            self.mentions.iter().filter(|m| m.span.start >= from && m.span.end <= span.start && fits(m)).collect();
        let last = found.last()?;
        if let Some(subj) = found.iter().rev().find(|m| self.is_subject(m.span)) {
            return Some(subj.entity);
        }
        Some(last.entity)
    }

    fn role_antecedent(&self, span: Span, head_word: &str) -> Option<u32> {
        let noun = head_word.to_lowercase();
        let fits = |id: u32| {
            self.doc.entity(id).is_some_and(|e| {
                e.kind == EntityKind::Person && e.roles.iter().any(|r| r.to_lowercase().split(' ').any(|w| w == noun))
            })
        };
        self.mentions.iter().rev().filter(|m| m.span.end <= span.start).find(|m| fits(m.entity)).map(|m| m.entity)
    }
}
