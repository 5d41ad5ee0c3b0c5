//! The events layer of dateline: who did what to whom, when and where, coded
//! in CAMEO and PLOVER.
//!
//! For every clause of the syntax layer's clause view whose predicate is a
//! trigger of the lexicon ([`lexicon`]: verbs such as "met", "invaded",
//! "stopped" + "military assistance", and event nouns such as "invasion"),
//! the coder picks the source among the clause's actors (subjects, or the
//! agents of a passive) and the target among its patients or prepositional
//! phrases ([`args`]), codes them as CAMEO actors from the entity layer
//! ([`actors`]), and dates, places and qualifies the event from its clause
//! ([`context`]). Codes carry their root, quad class, Goldstein weight and
//! PLOVER category and mode ([`cameo`]). With PETRARCH dictionaries loaded
//! ([`petrarch`]), actors and verbs come from them instead, as PETRARCH
//! codes. [`eval`] measures the coder on PETRARCH's unit-test records and
//! PLOVER's gold records.
//!
//! Measured with `cargo run --release -p dateline-events --example
//! events_eval` (each sentence through dateline's own segment, syntax,
//! entities and times layers):
//!
//! * PETRARCH unit tests (284 records; 359 codings with an event code, of
//!   the 385 `EventCoding` lines, the rest being no-event and error
//!   markers), with the PETR.Validate dictionaries: 311 codings produced
//!   exactly (86.6%), 262 records (92.3%) without a false coding.
//! * PLOVER gold records (322 CAMEO-manual sentences), built-in lexicon:
//!   PLOVER 0.5b1 category of the record's event 78.6%, source 79.2%,
//!   target 80.9% (of the 288 with one), source and target both right
//!   74.2%. The record's event is the predicted event whose trigger shares
//!   a word with the gold's `(EVT: ...)` markup, else the first with a
//!   source ([`eval::aligned_event`]); actors are compared by country root,
//!   a predicted `NGO` matches the gold's `IGO` for named international
//!   NGOs such as the Red Cross, and the one record that codes no source is
//!   matched by an event without one.
//!
//! Both sets are development data (the project is measured on held-out
//! sets it never saw), so the rules are general ones: well-known people
//! named by surname alone ("Putin", "President Reagan", "the Bush
//! administration") through the entity gazetteer's
//! `Gazetteer::person_by_surname`; a country that only names a border
//! ("camps near the Thai border") owns no phrase; event nouns take no doer
//! from a common adjective ("a general strike") and, like verbs, an
//! internal action with no stated target is against the doers' own
//! country; violence by a weapon with no named user ("a roadside bomb")
//! is by the country where it happened; an organization named after its
//! country ("Kenya Anti-Corruption Commission") is that country's, and a
//! group of no stated country acting in a named place ("prisoners rioted
//! at a jail in Dili") that place's; a temporal adjunct ("after a
//! 12-year rift") ends a dictionary actor's phrase; a PETRARCH verb listed
//! in two blocks matches the patterns of both. A subject pronoun of a
//! reported clause that agrees with its speaker is the speaker ("police
//! said they detained"), an organization's "its fighters" is that
//! organization, the subject of "is due to meet" meets, and an event
//! that names no place takes its paragraph's last place when its actors
//! are of that place's country or of none (`---`), and the dateline's city
//! only when one of its actors is of the dateline's country. An actor of
//! no stated country ("police said", "the army shelled") is of the
//! article's own country as the entity layer decides it
//! (`dateline_entities::article_country`), else of a country named as its
//! place ("Police in Kenya") or its sentence's ("in Kenya"), else of the
//! one country its sentence names unless named only as a partner, a
//! force's nationality or a counterpart's; a central bank (a listed name,
//! "Bank Indonesia", or "Central Bank of" a country, "the central bank")
//! is its country's GOV; in a second speaker's statement ("..., and
//! Israel said its forces") a pronoun is that speaker's, and a pronoun
//! subject of a verb joined to a reported one ("said they arrested ... and
//! they shot") is still the speaker's; the agent of a broker, mediator or
//! facilitator ("a truce brokered by Egypt"), or of the host of peace
//! talks ("talks hosted by Qatar"), is no target of the main event, but
//! the sponsor of a rejected proposal is. Released food or money is aid
//! (073, 071), not a release of persons, and a legal appeal (bare, of a
//! ruling, to a court) codes nothing (a lexicon rule of code `-`); an
//! agentless passive with a subject of its own inherits no doer from the
//! clause it hangs on; an apposition naming an organization ("X's
//! coalition partner, the Green Left party") is its phrase's actor, and
//! "its leader" is the organization's; a target read off the surface stops
//! at the subject of a later conjoined clause ("welcomed the announcement
//! but said her party ..."), and "the announcement" is by whoever announced
//! just before.
//!
//! The argument selection holds up under retrained parsers, not only the
//! shipped one it was developed with: `events_eval --golden --syntax-model
//! DIR` scores the coder and the golden checks with the models of a
//! `dateline train syntax --out DIR` run. PETRARCH exact with the shipped
//! models / a plain retrain / a retrain with word clusters / `--seed 11`:
//! 86.1 / 85.5 / 81.9 / 85.0%; PLOVER source and target 73.6 / 73.0 / 70.8
//! / 71.1%; the seed article's goldens pass with all but the clustered one
//! (10 of 11). The repairs behind this ([`args`], and the clause view in
//! `dateline_syntax::clause`) are each tested on the team's sentences with
//! the slip written into the parse (`tests/parse_slips.rs`).
//!
//! Known limits: parse errors of the syntax layer still lose events (the
//! repairs above cover the slips measured with three retrained parsers;
//! with the clustered one, fronted statements, "meet with" read as a
//! clause marker and entities lost to a slip remain: PETRARCH exact 81.9%;
//! in dictionary mode a country named after coordinated agents is shared
//! by all of them, even when it modifies the last one alone; one written
//! before a later conjunct's head stays that conjunct's); people the entity layer
//! does not link to a country and the gazetteer does not list code as
//! `---` or not at all; event nouns are dated by their own time expression
//! or the article day; an event during a holiday of several days ("during
//! Ramadan") carries the period as an ISO 8601 interval
//! (`2025-03-01/2025-03-29`, ended at the article's day for an event told
//! as done while it is under way), not the holiday's first day; a PETRARCH statement without an addressee is not
//! coded against the unknown actor `---` (the unit tests expect it in 10
//! of the 89 records with "an official said", so it is left out).
#![warn(missing_docs)]

pub mod actors;
pub mod args;
pub mod cameo;
pub mod context;
pub mod eval;
pub mod lexicon;
pub mod petrarch;
mod tables;

use dateline_core::{Document, ExtractError, Extractor};
use std::sync::Arc;

/// Errors of the events layer.
#[derive(Debug, thiserror::Error)]
pub enum EventError {
    /// A lexicon line could not be read.
    #[error("lexicon line {line}: {message}")]
    Lexicon {
        /// 1-based line number.
        line: usize,
        /// What is wrong.
        message: String,
    },
    /// A file could not be read.
    #[error("cannot read {path}: {source}")]
    Io {
        /// The file.
        path: String,
        /// The cause.
        source: std::io::Error,
    },
    /// Evaluation data is malformed.
    #[error("bad evaluation data in {path}: {message}")]
    Data {
        /// The file.
        path: String,
        /// What is wrong.
        message: String,
    },
}

/// Fills `events`. Needs the `syntax`, `entities` and `times` layers before it.
#[derive(Debug, Clone)]
pub struct EventExtractor {
    lexicon: Arc<lexicon::Lexicon>,
    dicts: Option<Arc<petrarch::Dictionaries>>,
}

impl Default for EventExtractor {
    fn default() -> Self {
        EventExtractor::new()
    }
}

impl EventExtractor {
    /// An event coder with the built-in lexicon and actor dictionaries.
    pub fn new() -> EventExtractor {
        EventExtractor { lexicon: Arc::new(lexicon::Lexicon::builtin().clone()), dicts: None }
    }

    /// A coder with another trigger lexicon.
    pub fn with_lexicon(lexicon: lexicon::Lexicon) -> EventExtractor {
        EventExtractor { lexicon: Arc::new(lexicon), dicts: None }
    }

    /// A coder that codes actors and verbs with PETRARCH dictionaries (as
    /// PETRARCH does: only events with both a source and a target).
    pub fn with_dictionaries(dicts: petrarch::Dictionaries) -> EventExtractor {
        EventExtractor { lexicon: Arc::new(lexicon::Lexicon::builtin().clone()), dicts: Some(Arc::new(dicts)) }
    }
}

impl Extractor for EventExtractor {
    fn name(&self) -> &'static str {
        "events"
    }

    fn extract(&self, doc: &mut Document) -> Result<(), ExtractError> {
        if !doc.tokens.is_empty() && doc.tokens.iter().all(|t| t.deprel.is_none()) {
            return Err(ExtractError::MissingLayer { extractor: "events", layer: "syntax" });
        }
        let mut events = args::Coder::new(doc, &self.lexicon, self.dicts.as_deref()).run();
        // The evidence clause of a sentence's first event starts after the
        // wire dateline there.
        for e in &mut events {
            e.span = doc.past_dateline(e.span);
        }
        doc.events = events;
        Ok(())
    }
}
