//! An event's own date, place and mode, read from its clause: the time
//! expression attached to the trigger ("in 2014", "on Monday"; a time of
//! day gives its day; one the parse hung on no predicate or on a finite
//! verb with no subject is the nearest predicate's before it with a
//! subject, not past a verb of saying), else to
//! the event noun it happens at ("at a summit in March"), else the clause
//! it depends on (a holiday of several days gives its period, an ISO 8601
//! interval `first/last`), else a tense-aware default (the article date, or
//! `FUTURE_REF` for planned events); the GPE/LOC introduced by "in", "at"
//! or "near" (or hung on the setting so introduced, on the object: "meet
//! officials in Washington", "the airport in the city of El Obeid", or on
//! the actors: "Police in Sao Paulo arrested"), or the destination of a
//! journey ("will travel to Port Sudan"); events that name no place take
//! the scene of the story (`Coder::scene_places` in `args`: the last place
//! named in their paragraph, when their actors are of that place's
//! country or of none (`---`), and, for a place named in an earlier
//! sentence, when an event of that sentence has the same source; else the
//! dateline's city, when one of their actors is of the dateline's
//! country); and the mode from the clause's negation, modality and the
//! speech verb it is reported under (or the accusation whose charge it
//! is: "accused the army of shelling", in `args`; what a denial says was
//! done is Negated).

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
    /// Per token: the first DATE or TIME expression it owns as a trigger
    /// (index into `doc.times`).
    date_of: Vec<Option<usize>>,
    /// Per token: the first GPE/LOC entity with a mention over it (index
    /// into `doc.entities`).
    place_of: Vec<Option<usize>>,
    /// Per token: it heads a case marker "in" or "at".
    has_in_at: Vec<bool>,
    /// Per token: the first entity of any kind with a mention over it
    /// (a name after "the city of" is a place whatever its kind).
    named: Vec<Option<usize>>,
}

impl<'a> Context<'a> {
    /// Attaches every time expression to the nearest trigger above it in
    /// the dependency tree (`triggers` holds predicate and noun-trigger
    /// tokens).
    pub fn new(doc: &'a Document, triggers: &[usize]) -> Context<'a> {
        let n = doc.tokens.len();
        let mut is_trigger = vec![false; n];
        for &t in triggers {
            if let Some(x) = is_trigger.get_mut(t) {
                *x = true;
            }
        }
        // Per token: it has a subject (or a coordinator) of its own; a
        // finite verb with neither is a slip of the parse (a noun read as
        // a verb: "a Philippine fisheries vessel near ...").
        let mut subject_or_cc = vec![false; n];
        for t in &doc.tokens {
            let d = t.deprel.as_deref().unwrap_or("");
            if d.starts_with("nsubj") || d.starts_with("csubj") || d == "expl" || d == "cc" {
                if let Some(h) = t.head.and_then(|h| subject_or_cc.get_mut(h as usize)) {
                    *h = true;
                }
            }
        }
        let mut date_of = vec![None; n];
        for (k, t) in doc.times.iter().enumerate() {
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
                if is_trigger[c] {
                    owner = Some(c);
                    break;
                }
                cur = doc.tokens[c].head.map(|h| h as usize);
            }
            // A time the tree hangs on no predicate, or on a finite verb
            // with no subject or coordinator (a slip: "fired a water cannon
            // at a fisheries vessel near X on Friday morning, the coast
            // guard said" read "vessel" as a verb), is the nearest
            // predicate's with a subject before it in its sentence, unless
            // a verb of saying comes between ("..., officials said on
            // Friday").
            let slip = |o: usize| {
                let tok = &doc.tokens[o];
                matches!(tok.xpos.as_deref(), Some("VBP" | "VBZ" | "VBD"))
                    && tok.deprel.as_deref() != Some("conj")
                    && !subject_or_cc[o]
            };
            if owner.is_none_or(slip) {
                let start = toks.start;
                let sent = doc.sentence_at(doc.tokens.get(start).map_or(0, |x| x.span.start));
                owner = (0..start)
                    .rev()
                    .take_while(|&i| doc.sentence_at(doc.tokens[i].span.start) == sent)
                    .take_while(|&i| {
                        !doc.tokens[i].lemma.as_deref().is_some_and(|l| SPEECH.contains(&l) && !is_trigger[i])
                    })
                    .find(|&i| {
                        is_trigger[i] && doc.tokens[i].upos == Some(dateline_core::Upos::VERB) && subject_or_cc[i]
                    })
                    .or(owner);
            }
            if let Some(o) = owner.filter(|_| day_of(doc, t).is_some()) {
                date_of[o].get_or_insert(k);
            }
        }
        // A day hung on a noun trigger that is the object of a verb
        // trigger ("imposed sanctions on Mali on Sunday", the day parsed
        // under the noun) dates the verb too when it has no day of its own.
        for o in 0..n {
            let tok = &doc.tokens[o];
            let Some(k) = date_of[o] else { continue };
            if !is_trigger[o] || tok.upos != Some(dateline_core::Upos::NOUN) || tok.deprel.as_deref() != Some("obj") {
                continue;
            }
            if let Some(h) = tok.head.map(|h| h as usize).filter(|&h| h < n) {
                if is_trigger[h] && doc.tokens[h].upos == Some(dateline_core::Upos::VERB) {
                    date_of[h].get_or_insert(k);
                }
            }
        }
        let mut place_of = vec![None; n];
        for (k, e) in doc.entities.iter().enumerate() {
            if !matches!(e.kind, EntityKind::Gpe | EntityKind::Loc) {
                continue;
            }
            for m in &e.mentions {
                for tok in doc.tokens_in(m.span) {
                    if let Some(p) = place_of.get_mut(tok) {
                        p.get_or_insert(k);
                    }
                }
            }
        }
        let mut named = vec![None; n];
        for (k, e) in doc.entities.iter().enumerate() {
            for m in &e.mentions {
                for tok in doc.tokens_in(m.span) {
                    if let Some(p) = named.get_mut(tok) {
                        p.get_or_insert(k);
                    }
                }
            }
        }
        let mut has_in_at = vec![false; n];
        for t in &doc.tokens {
            if t.deprel.as_deref() == Some("case") && matches!(doc.slice(t.span).to_lowercase().as_str(), "in" | "at") {
                if let Some(h) = t.head.and_then(|h| has_in_at.get_mut(h as usize)) {
                    *h = true;
                }
            }
        }
        Context { doc, date_of, place_of, has_in_at, named }
    }

    /// The value of the time expression owned by trigger `tok`, if any.
    pub fn own_date(&self, tok: usize) -> Option<String> {
        let k = (*self.date_of.get(tok)?)?;
        day_of(self.doc, &self.doc.times[k])
    }

    /// A place phrase hung on `head` (an `nmod` introduced by one of
    /// `preps`), within the next few words.
    fn place_in(&self, head: usize, preps: &[&str]) -> Option<usize> {
        let toks = &self.doc.tokens;
        (head + 1..toks.len().min(head + 10)).find(|&k| {
            toks[k].head == Some(head as u32)
                && toks[k].deprel.as_deref().is_some_and(|d| d.starts_with("nmod"))
                && self.place_of.get(k).is_some_and(Option::is_some)
                && toks.iter().take(k).skip(head + 1).any(|c| {
                    c.head == Some(k as u32)
                        && c.deprel.as_deref() == Some("case")
                        && preps.contains(&self.doc.slice(c.span).to_lowercase().as_str())
                })
        })
    }

    /// A name hung on `head` with "of" ("the city of El Obeid"), of any
    /// entity kind.
    fn named_of(&self, head: usize) -> Option<String> {
        let toks = &self.doc.tokens;
        let k = (head + 1..toks.len().min(head + 10)).find(|&k| {
            toks[k].head == Some(head as u32)
                && toks[k].deprel.as_deref().is_some_and(|d| d.starts_with("nmod"))
                && self.named.get(k).is_some_and(Option::is_some)
                && toks.iter().take(k).skip(head + 1).any(|c| {
                    c.head == Some(k as u32)
                        && c.deprel.as_deref() == Some("case")
                        && self.doc.slice(c.span).eq_ignore_ascii_case("of")
                })
        })?;
        let e = &self.doc.entities[(*self.named.get(k)?)?];
        let m = e.mentions.iter().find(|m| m.span.contains(toks[k].span))?;
        Some(self.doc.slice(m.span).to_string())
    }

    /// The place a phrase introduced by a locative preposition names: its
    /// own place entity, the place of its setting ("a summit in
    /// Montevideo"), or the name of a noun of place ("the city of X").
    fn place_of_phrase(&self, head: usize) -> Option<String> {
        let place = |tok: usize| -> Option<String> {
            let k = (*self.place_of.get(tok)?)?;
            Some(self.doc.entities[k].name.clone())
        };
        if let Some(p) = place(head) {
            return Some(p);
        }
        let of_place = PLACE_NOUNS.contains(&self.doc.slice(self.doc.tokens[head].span).to_lowercase().as_str());
        self.place_in(head, &["in", "at"])
            .and_then(place)
            .or_else(|| of_place.then(|| self.place_in(head, &["of"]).and_then(place)).flatten())
            .or_else(|| of_place.then(|| self.named_of(head)).flatten())
    }

    /// The date of the setting a clause happens at or during, an event
    /// noun with its own time ("discuss the dispute at a summit in March").
    pub fn setting_date(&self, clause: &Clause) -> Option<String> {
        clause.obliques.iter().find_map(|o| {
            let prep = o.prep.and_then(|p| self.doc.tokens.get(p)).map(|t| self.doc.slice(t.span).to_lowercase());
            if !matches!(prep.as_deref(), Some("at" | "during")) {
                return None;
            }
            // Only a time hung on the setting itself ("a summit in March"),
            // not deeper ("a protest over the 2022 law").
            let k = (*self.date_of.get(o.head)?)?;
            let toks = self.doc.tokens_in(self.doc.times[k].span);
            let direct = toks.clone().any(|i| self.doc.tokens[i].head == Some(o.head as u32));
            let t = &self.doc.times[k];
            direct
                .then(|| if t.kind == TimexType::Duration { day_of(self.doc, t) } else { Some(t.value.clone()) })
                .flatten()
        })
    }

    /// The place of a clause: a GPE/LOC entity introduced by in/at/near
    /// (or in the setting so introduced: "at a summit in Montevideo"), or
    /// the clause's own predicate when it is such a place ("was in Saudi
    /// Arabia").
    pub fn location(&self, clause: &Clause) -> Option<String> {
        let place = |tok: usize| -> Option<String> {
            let k = (*self.place_of.get(tok)?)?;
            Some(self.doc.entities[k].name.clone())
        };
        for o in &clause.obliques {
            let prep = o.prep.and_then(|p| self.doc.tokens.get(p)).map(|t| self.doc.slice(t.span).to_lowercase());
            if matches!(prep.as_deref(), Some("in" | "at" | "near" | "inside")) {
                // Its own place, or "at a summit in Montevideo", "near the
                // port of Santos": the place of the setting ("of" only after
                // a noun of place: not "at the request of Poland").
                if let Some(p) = self.place_of_phrase(o.head) {
                    return Some(p);
                }
                // "in La Paz next week" with the time read as the head: a
                // place right after the preposition.
                if let Some(prep) = o.prep {
                    let mut k = prep + 1;
                    while self.doc.tokens.get(k).is_some_and(|t| t.upos == Some(dateline_core::Upos::DET)) {
                        k += 1;
                    }
                    let in_phrase = self.doc.tokens.get(k).is_some_and(|t| o.span.contains(t.span));
                    if let Some(p) = in_phrase.then(|| place(k)).flatten() {
                        return Some(p);
                    }
                }
            }
        }
        // "will travel to Port Sudan": the destination of a journey.
        if MOTION.contains(&clause.lemma.as_str()) {
            for o in &clause.obliques {
                let prep = o.prep.and_then(|p| self.doc.tokens.get(p)).map(|t| self.doc.slice(t.span).to_lowercase());
                if prep.as_deref() == Some("to") {
                    if let Some(p) = place(o.head) {
                        return Some(p);
                    }
                }
            }
        }
        // "meet officials in Washington", "recaptured the airport in the
        // city of El Obeid": a place phrase on the object, for a verb of
        // contact or force only ("criticised lawmakers in Washington" is
        // not in Washington).
        let contact = CONTACT.contains(&clause.lemma.as_str());
        for a in clause.objects.iter().filter(|_| contact) {
            let toks = &self.doc.tokens;
            let phrase = (a.head + 1..toks.len().min(a.head + 10)).find(|&k| {
                toks[k].head == Some(a.head as u32)
                    && toks[k].deprel.as_deref().is_some_and(|d| d.starts_with("nmod"))
                    && toks.iter().take(k).skip(a.head + 1).any(|c| {
                        c.head == Some(k as u32)
                            && c.deprel.as_deref() == Some("case")
                            && matches!(self.doc.slice(c.span).to_lowercase().as_str(), "in" | "at" | "near")
                    })
            });
            if let Some(p) = phrase.and_then(|k| self.place_of_phrase(k)) {
                return Some(p);
            }
        }
        // "Police in Sao Paulo arrested ...": the place of the actors.
        for a in clause.subjects.iter().filter(|a| !a.inherited) {
            if let Some(p) = self.place_in(a.head, &["in", "at"]).and_then(place) {
                return Some(p);
            }
        }
        let p = clause.predicate;
        if self.has_in_at.get(p).copied().unwrap_or(false) {
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
    let mut below = clause;
    // "Turkey denied that its jets had bombed ...": what a denial's
    // statement says was done is stated not to have happened.
    if let (Some(g), Some((_, r))) = (chain.first(), clause.governor.as_ref()) {
        if g.lemma == "deny" && r == "ccomp" && !g.negated() {
            return (EventMode::Negated, false);
        }
    }
    for g in chain {
        if modality == Modality::Asserted && matches!(g.modality, Modality::Planned | Modality::Future) {
            modality = g.modality;
        }
        if modality == Modality::Asserted && g.modality == Modality::Hypothetical {
            modality = Modality::Hypothetical;
        }
        // (A verb conjoined with a verb of saying is a second act of the
        // speaker, not what was said: "accused X of spying and moved to
        // expel it".)
        let conjunct = below.governor.as_ref().is_some_and(|(_, r)| r == "conj");
        if SPEECH.contains(&g.lemma.as_str()) && !conjunct {
            reported = true;
        }
        below = g;
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

/// Verbs of a journey whose "to" phrase is where the event happens.
/// Verbs of contact or force: done where their object is.
const CONTACT: &[&str] = &[
    "meet",
    "visit",
    "host",
    "receive",
    "welcome",
    "attack",
    "strike",
    "hit",
    "bomb",
    "shell",
    "raid",
    "storm",
    "ambush",
    "seize",
    "capture",
    "recapture",
    "take",
    "occupy",
    "besiege",
    "surround",
    "arrest",
    "detain",
    "kill",
    "wound",
    "injure",
    "shoot",
    "abduct",
    "kidnap",
    "hold",
    "free",
    "release",
    "rescue",
    "evacuate",
    "destroy",
    "target",
    "invade",
    "overrun",
    "control",
    "retake",
    "clash",
    "fight",
    "engage",
    "bombard",
    "massacre",
    "execute",
    "torture",
    "assassinate",
    "hijack",
    "blockade",
    "search",
    "deploy",
    "expel",
    "deport",
    "evict",
    "disperse",
    "beat",
];

const MOTION: &[&str] = &["travel", "go", "fly", "head", "arrive", "return", "come", "journey", "sail"];

/// Nouns of place whose "of" phrase names where they are ("the port of
/// Santos", "the outskirts of Kyiv").
const PLACE_NOUNS: &[&str] = &[
    "port",
    "city",
    "town",
    "village",
    "capital",
    "outskirts",
    "province",
    "region",
    "state",
    "district",
    "island",
    "coast",
    "border",
    "centre",
    "center",
    "heart",
    "north",
    "south",
    "east",
    "west",
    "suburbs",
    "streets",
];

/// The date a time expression gives an event: a date's value, the day of
/// a time of day ("on Friday morning" = 2026-10-02TMO, "at 3 p.m."), the
/// day a length anchored at a date reaches ("Two days later": the time
/// layer's DURATION `P2D`, anchored at the day two days after the last
/// date), or, for a holiday of several days (a DURATION of days anchored
/// at its first day: "during Ramadan" = `P29D` from 2025-03-01), the
/// period as an ISO 8601 interval of its first and last days
/// (`2025-03-01/2025-03-29`), not its first day: an event during it may
/// be on any of them.
fn day_of(doc: &Document, t: &dateline_core::TimeExpr) -> Option<String> {
    match t.kind {
        TimexType::Date => Some(t.value.clone()),
        TimexType::Time => Some(t.value.split_once('T').map_or(t.value.as_str(), |(day, _)| day).to_string()),
        TimexType::Duration => {
            let a = t.anchor.as_deref()?;
            let full_day = a.len() == 10 && a.as_bytes()[4] == b'-' && a.as_bytes()[7] == b'-';
            if !full_day {
                return None;
            }
            // A length counted in days ("Two days", "a day") reaches its
            // anchor; a named period of days starts there.
            let days = t.value.strip_prefix('P').and_then(|v| v.strip_suffix('D')).and_then(|n| n.parse::<i64>().ok());
            let words: Vec<String> = doc.slice(t.span).split_whitespace().map(str::to_lowercase).collect();
            let counted =
                words.first().is_some_and(|w| w.chars().all(|c| c.is_ascii_digit()) || COUNTS.contains(&w.as_str()))
                    || words.last().is_some_and(|w| matches!(w.as_str(), "day" | "days"));
            let start = chrono::NaiveDate::parse_from_str(a, "%Y-%m-%d").ok();
            match (days, start) {
                (Some(n), Some(d)) if n > 1 && !counted => {
                    let end = d.checked_add_signed(chrono::Duration::days(n - 1))?;
                    Some(format!("{a}/{end}"))
                }
                _ => Some(a.to_string()),
            }
        }
        _ => None,
    }
}

/// Words that count a length ("two days", "a few days").
const COUNTS: &[&str] = &[
    "a", "an", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "several", "few",
    "couple", "some", "many", "those", "these",
];

/// An event's date clipped to what its mode allows: an event told as
/// done during a period still under way at the article's date
/// ("killed five people during Ramadan" in mid-Ramadan) happened by that
/// date (`2025-03-01/2025-03-11`).
pub fn clipped_period(date: &str, today: &str, mode: EventMode) -> Option<String> {
    let (a, b) = date.split_once('/')?;
    if matches!(mode, EventMode::Planned | EventMode::Hypothetical) || !(a <= today && today < b) {
        return None;
    }
    Some(if a == today { today.to_string() } else { format!("{a}/{today}") })
}
