//! The clause view: one [`Clause`] per verbal (or copular) predicate, with
//! its subjects, agents, objects, complements, obliques, auxiliaries,
//! negation, voice, tense and modality, read off the dependency parse.
//! Coordination is expanded: "U.S. and Ukrainian officials" gives two
//! subjects (qualified by "U.S." and by "Ukrainian"), and in "Trump
//! stopped aid and paused intelligence sharing" the second predicate
//! inherits the subject (and the auxiliaries) of the first.
//!
//! Needs the syntax layer (`upos`, `lemma`, `head`, `deprel` of the
//! tokens); on a document without it, returns no clauses.

use dateline_core::calendar::{month_name, weekday_name};
use dateline_core::{Document, Span, Upos};
use std::collections::HashMap;

/// Voice of a predicate.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Voice {
    /// "Trump stopped aid".
    Active,
    /// "aid was stopped (by Trump)".
    Passive,
}

/// Tense of a clause (of its finite verb or first auxiliary).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Tense {
    /// "met", "had met", "were to meet".
    Past,
    /// "meets", "has met".
    Present,
    /// "will meet", "'ll meet".
    Future,
    /// Non-finite clauses without a finite auxiliary ("to meet", "meeting").
    Untensed,
}

/// What the clause asserts about its event.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Modality {
    /// Stated as fact.
    Asserted,
    /// Future: "will", "shall", "is going to".
    Future,
    /// Planned, intended or scheduled: "were to meet", "plans to visit",
    /// "is scheduled to", "aims to".
    Planned,
    /// Possible or conditional: "could", "would", "may", "might", "can",
    /// "if ...".
    Hypothetical,
    /// Obligation: "should", "must", "has to".
    Obligation,
}

impl Modality {
    /// Lower-case name.
    pub fn as_str(self) -> &'static str {
        match self {
            Modality::Asserted => "asserted",
            Modality::Future => "future",
            Modality::Planned => "planned",
            Modality::Hypothetical => "hypothetical",
            Modality::Obligation => "obligation",
        }
    }
}

/// A nominal (or clausal) argument of a predicate.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Arg {
    /// Head token (index into `doc.tokens`).
    pub head: usize,
    /// The phrase (head with its modifiers; relative clauses, appositions
    /// and other conjuncts left out).
    pub span: Span,
    /// For modifier coordination ("U.S. and Ukrainian officials"), the
    /// conjunct modifier this reading keeps ("U.S." or "Ukrainian").
    pub qualifier: Option<usize>,
    /// True when taken from another predicate (a conjoined verb sharing
    /// the subject, or the controller of "plans to visit").
    pub inherited: bool,
}

/// A prepositional (oblique) attachment.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Oblique {
    /// The preposition token ("in", "on", "by"), when there is one.
    pub prep: Option<usize>,
    /// Head of the attached phrase.
    pub head: usize,
    /// The attached phrase (preposition included).
    pub span: Span,
    /// Its relation (`obl`, `obl:tmod`, `obl:agent`...).
    pub deprel: String,
}

/// One predicate and its arguments.
#[derive(Debug, Clone, PartialEq)]
pub struct Clause {
    /// The predicate token (a verb, or the head of a copular clause).
    pub predicate: usize,
    /// The predicate's lemma.
    pub lemma: String,
    /// The whole clause (the predicate's subtree).
    pub span: Span,
    /// Surface subjects (`nsubj`, `nsubj:pass`, `csubj`), expanded over
    /// coordination, or inherited.
    pub subjects: Vec<Arg>,
    /// Agents of a passive ("by" phrase): the subject of the active.
    pub agents: Vec<Arg>,
    /// Direct and indirect objects.
    pub objects: Vec<Arg>,
    /// Clausal complements (`ccomp`, `xcomp`): their predicate tokens.
    pub complements: Vec<usize>,
    /// Prepositional and other oblique attachments.
    pub obliques: Vec<Oblique>,
    /// Auxiliaries and modals, in text order (inherited from a conjoined
    /// predicate when the clause has none of its own).
    pub auxiliaries: Vec<usize>,
    /// The negation token ("not", "n't", "never"), when negated; for a
    /// gerund kept from happening, the verb of prevention ("blocked ...
    /// from deporting").
    pub negation: Option<usize>,
    /// Active or passive.
    pub voice: Voice,
    /// Tense.
    pub tense: Tense,
    /// "has upended": perfect aspect.
    pub perfect: bool,
    /// "is pressing": progressive aspect.
    pub progressive: bool,
    /// Modality.
    pub modality: Modality,
    /// The token that sets the modality ("will", "plans", "were", "if").
    pub modality_cue: Option<usize>,
    /// The predicate this clause depends on, and how (`ccomp`, `xcomp`,
    /// `advcl`, `conj`, `acl:relcl`...).
    pub governor: Option<(usize, String)>,
}

impl Clause {
    /// Who acts: the agents of a passive, else the subjects.
    pub fn actors(&self) -> &[Arg] {
        if self.voice == Voice::Passive {
            &self.agents
        } else {
            &self.subjects
        }
    }

    /// Who undergoes the action: the subjects of a passive, else the
    /// objects.
    pub fn patients(&self) -> &[Arg] {
        if self.voice == Voice::Passive {
            &self.subjects
        } else {
            &self.objects
        }
    }

    /// True when negated.
    pub fn negated(&self) -> bool {
        self.negation.is_some()
    }
}

/// Verbs of saying that a parenthetical or inverted attribution uses
/// ("..., said Smith", "..., officials added"): never a list's conjunct.
const SAYING: &[&str] =
    &["say", "tell", "add", "note", "claim", "insist", "argue", "warn", "write", "explain", "state"];

/// Verbs that keep their object from an act ("blocked X from deporting").
const PREVENT_VERBS: &[&str] =
    &["block", "bar", "ban", "prevent", "stop", "prohibit", "restrain", "deter", "forbid", "preclude"];

const PLAN_VERBS: &[&str] = &[
    "plan", "intend", "aim", "schedule", "expect", "prepare", "seek", "propose", "agree", "decide", "promise", "vow",
    "pledge", "threaten", "set", "hope", "want", "mean", "try", "attempt", "arrange", "slate", "due", "poise",
];

/// Verbs asking someone to act: the act of their infinitive ("invited
/// Wang to visit", "urged the rebels to lay down their arms") is asked
/// for, not stated.
const REQUEST_VERBS: &[&str] = &[
    "invite",
    "ask",
    "urge",
    "encourage",
    "request",
    "implore",
    "beg",
    "appeal",
    "order",
    "instruct",
    "advise",
    "challenge",
    "dare",
    "press",
    "exhort",
];

struct View<'a> {
    doc: &'a Document,
    children: Vec<Vec<usize>>,
    /// Tokens inside a time expression of the time layer (one pass over
    /// the times here: asking each token's question of every time was
    /// quadratic on long articles).
    in_time: Vec<bool>,
}

impl<'a> View<'a> {
    fn new(doc: &'a Document) -> View<'a> {
        let n = doc.tokens.len();
        let mut children = vec![Vec::new(); n];
        for (i, t) in doc.tokens.iter().enumerate() {
            if let Some(h) = t.head {
                if (h as usize) < n && h as usize != i {
                    children[h as usize].push(i);
                }
            }
        }
        let mut in_time = vec![false; n];
        for x in &doc.times {
            let first = doc.tokens.partition_point(|t| t.span.start < x.span.start);
            for (k, t) in doc.tokens.iter().enumerate().skip(first) {
                if t.span.start >= x.span.end {
                    break;
                }
                if x.span.contains(t.span) {
                    in_time[k] = true;
                }
            }
        }
        View { doc, children, in_time }
    }

    fn rel(&self, i: usize) -> &str {
        self.doc.tokens.get(i).and_then(|t| t.deprel.as_deref()).unwrap_or("")
    }

    fn base_rel(&self, i: usize) -> &str {
        let r = self.rel(i);
        r.split(':').next().unwrap_or(r)
    }

    fn lemma(&self, i: usize) -> String {
        match self.doc.tokens.get(i) {
            Some(t) => t.lemma.clone().unwrap_or_else(|| self.doc.slice(t.span).to_lowercase()),
            None => String::new(),
        }
    }

    fn upos(&self, i: usize) -> Option<Upos> {
        self.doc.tokens.get(i).and_then(|t| t.upos)
    }

    /// Whether token `i` is part of a time expression: inside one of the
    /// time layer's expressions when that layer ran, else by its words and
    /// relation (a month or weekday name, "today", "yesterday", "tonight",
    /// "tomorrow", a noun of time such as "month" or "morning", or a bare
    /// noun of time by its relation: `obl:tmod`, `obl:npmod`, `nmod:tmod`),
    /// so the clause view reads the same with or without that layer.
    fn is_time(&self, i: usize) -> bool {
        let Some(t) = self.doc.tokens.get(i) else { return false };
        if self.in_time.get(i).copied().unwrap_or(false) {
            return true;
        }
        let w = self.doc.slice(t.span);
        matches!(self.rel(i), "obl:tmod" | "obl:npmod" | "nmod:tmod")
            || matches!(
                w.to_ascii_lowercase().as_str(),
                "today" | "yesterday" | "tonight" | "tomorrow" | "day" | "days" | "week" | "weeks" | "weekend"
                    | "month" | "months" | "year" | "years" | "morning" | "afternoon" | "evening" | "night"
            )
            || weekday_name(w).is_some()
            // "May" and "March" are names and words too.
            || month_name(w).is_some_and(|m| m.abbreviated || !matches!(m.number, 3 | 5))
    }

    fn xpos(&self, i: usize) -> &str {
        self.doc.tokens.get(i).and_then(|t| t.xpos.as_deref()).unwrap_or("")
    }

    fn head(&self, i: usize) -> Option<usize> {
        self.doc.tokens.get(i).and_then(|t| t.head).map(|h| h as usize).filter(|&h| h < self.doc.tokens.len())
    }

    fn kids<'b>(&'b self, i: usize, rels: &'b [&str]) -> impl Iterator<Item = usize> + 'b {
        self.children.get(i).into_iter().flatten().copied().filter(move |&c| rels.contains(&self.rel(c)))
    }

    /// Span of `i` and its descendants, skipping children whose relation is
    /// in `skip` (only below the top).
    fn span(&self, i: usize, skip: &[&str]) -> Span {
        let Some(t) = self.doc.tokens.get(i) else {
            return Span::new(0, 0);
        };
        let (mut a, mut b) = (t.span.start, t.span.end);
        let mut stack = vec![i];
        let mut seen = 0usize;
        while let Some(x) = stack.pop() {
            seen += 1;
            if seen > self.doc.tokens.len() {
                break; // cycle guard
            }
            for &c in self.children.get(x).into_iter().flatten() {
                if skip.contains(&self.rel(c)) || skip.contains(&self.base_rel(c)) {
                    continue;
                }
                if let Some(ct) = self.doc.tokens.get(c) {
                    a = a.min(ct.span.start);
                    b = b.max(ct.span.end);
                }
                stack.push(c);
            }
        }
        Span::new(a, b)
    }

    /// The phrase of a nominal: its subtree without clauses, appositions,
    /// other conjuncts, punctuation, and its own preposition.
    fn np_span(&self, i: usize) -> Span {
        let mut span = self.span(
            i,
            &[
                "conj",
                "cc",
                "punct",
                "acl",
                "appos",
                "parataxis",
                "advcl",
                "ccomp",
                "list",
                "dislocated",
                "dep",
                "relcl",
            ],
        );
        // A name in apposition with no punctuation between ("adviser Mike
        // Waltz") belongs to the phrase.
        for c in self.kids(i, &["appos", "flat", "compound"]).filter(|&c| c > i).collect::<Vec<_>>() {
            let between_punct = (i + 1..c).any(|k| self.upos(k) == Some(Upos::PUNCT));
            if !between_punct {
                let cs = self.np_span_inner(c);
                span = Span::new(span.start.min(cs.start), span.end.max(cs.end));
            }
        }
        for c in self.kids(i, &["case", "mark"]) {
            if let (Some(ct), Some(next)) = (self.doc.tokens.get(c), self.doc.tokens.get(c + 1)) {
                if ct.span.start == span.start && c < i {
                    span.start = next.span.start.min(span.end);
                }
            }
        }
        // "A federal judge in Texas on Wednesday blocked ...": a time that
        // ends the phrase, hung on its noun, is the clause's time.
        // (hung on the noun or on the last noun of its modifiers: "in
        // Texas on Wednesday").
        let mut times: Vec<usize> = Vec::new();
        let mut x = i;
        for _ in 0..4 {
            let kids: Vec<usize> = self.kids(x, &["nmod", "nmod:tmod", "obl", "obl:tmod"]).filter(|&c| c > x).collect();
            // Not a complement of the noun ("the rest of the year").
            let of = |c: usize| self.kids(c, &["case"]).any(|k| self.lemma(k) == "of");
            times.extend(kids.iter().copied().filter(|&c| self.is_time(c) && !of(c)));
            match kids.iter().copied().filter(|&c| !self.is_time(c)).max() {
                Some(next) => x = next,
                None => break,
            }
        }
        for c in times {
            let cs = self.span(c, &[]);
            let first = self.doc.tokens_in(cs).start;
            if cs.end >= span.end && first > i {
                if let Some(prev) = self.doc.tokens.get(first - 1).filter(|p| p.span.end > span.start) {
                    span.end = span.end.min(prev.span.end);
                }
            }
        }
        self.stranded_start(span)
    }

    /// Words of a subject's phrase the parse hung on the verb: a subject
    /// of its own right before the next subject ("Argentine
    /// Foreign Minister Gerardo Werthein said" with "Argentine" an `nsubj`
    /// of "said" too), and a possessor, modifier or determiner right before
    /// the subject ("Brazil's agriculture ministry denied" with "Brazil" a
    /// possessor and "agriculture" a marker of "denied"): they start the
    /// subject's phrase.
    fn glued_subject_words(&self, p: usize, subjects: &mut Vec<Arg>) {
        let toks = &self.doc.tokens;
        let text = self.doc.text();
        let blank = |a: usize, b: usize| a <= b && text.get(a..b).is_some_and(|g| g.trim().is_empty());
        subjects.sort_by_key(|a| a.span.start);
        let mut k = 0;
        while k + 1 < subjects.len() {
            let (x, y) = (&subjects[k], &subjects[k + 1]);
            // Capitalized ("Argentine", "Washington Post"), not "subdued".
            let capital = self.doc.slice(toks[x.head].span).chars().next().is_some_and(char::is_uppercase);
            // A capitalized common noun before a name too ("Human Rights"
            // + "Watch said", "Watch" tagged apart).
            let name_next = toks[y.head].upos == Some(Upos::PROPN)
                && self.doc.slice(toks[y.head].span).chars().next().is_some_and(char::is_uppercase);
            let modifier = (matches!(toks[x.head].upos, Some(Upos::PROPN | Upos::ADJ))
                || toks[x.head].upos == Some(Upos::NOUN) && name_next)
                && capital
                && !self.is_time(x.head);
            let noun = matches!(toks[y.head].upos, Some(Upos::NOUN | Upos::PROPN)) && !self.is_time(y.head);
            // Or a hyphenated title the tokenizer split ("U.N. Secretary" +
            // "-" + "General Antonio Guterres").
            let hyphen = text.get(x.span.end..y.span.start) == Some("-");
            if modifier && noun && !x.inherited && y.head < p && (blank(x.span.end, y.span.start) || hyphen) {
                let start = x.span.start;
                subjects[k + 1].span.start = start;
                subjects.remove(k);
            } else {
                k += 1;
            }
        }
        let Some(last) = subjects.iter_mut().filter(|a| a.head < p && !a.inherited).max_by_key(|a| a.span.end) else {
            return;
        };
        let mut first = toks.partition_point(|t| t.span.start < last.span.start);
        let on_verb = |k: usize, rels: &[&str]| toks[k].head == Some(p as u32) && rels.contains(&self.rel(k));
        while first > 0 && blank(toks[first - 1].span.end, toks[first].span.start) {
            let k = first - 1;
            // Not a fronted adjective of state ("a subdued Clinton said").
            let capital = self.doc.slice(toks[k].span).chars().next().is_some_and(char::is_uppercase);
            let fits = match self.rel(k) {
                "det" => toks[k].upos == Some(Upos::DET) && self.lemma(k) != "that",
                "amod" => capital && matches!(toks[k].upos, Some(Upos::ADJ | Upos::PROPN)),
                "mark" | "compound" => matches!(toks[k].upos, Some(Upos::ADJ | Upos::NOUN | Upos::PROPN)),
                _ => false,
            };
            if toks[k].head == Some(p as u32) && fits {
                first = k;
            } else if k > 0
                && toks[k].upos == Some(Upos::PART)
                && toks[k].head == Some(k as u32 - 1)
                && on_verb(k - 1, &["nmod:poss"])
            {
                first = k - 1;
            } else {
                break;
            }
        }
        last.span.start = last.span.start.min(toks[first].span.start);
    }

    /// The end of a subject phrase before predicate `p` on the surface: the
    /// name words (proper nouns, capitalized adjectives and nouns) right
    /// after it, when only auxiliaries, adverbs and negation follow them
    /// before the predicate.
    fn name_run_end(&self, span: Span, p: usize) -> Span {
        let toks = &self.doc.tokens;
        let first = toks.partition_point(|t| t.span.start < span.end);
        let capital = |k: usize| self.doc.slice(toks[k].span).chars().next().is_some_and(char::is_uppercase);
        let mut k = first;
        let mut last = None;
        while k < p {
            let name = match toks[k].upos {
                Some(Upos::PROPN) => true,
                Some(Upos::ADJ | Upos::NOUN) => capital(k),
                _ => false,
            };
            if !name || self.is_time(k) {
                break;
            }
            last = Some(k);
            k += 1;
        }
        let Some(last) = last else { return span };
        if toks[last].upos != Some(Upos::PROPN) {
            return span;
        }
        let verbal = (last + 1..p).all(|j| {
            matches!(toks[j].upos, Some(Upos::ADV | Upos::AUX | Upos::PART))
                || matches!(self.base_rel(j), "aux" | "advmod" | "cop")
        });
        if verbal {
            Span::new(span.start, span.end.max(toks[last].span.end))
        } else {
            span
        }
    }

    /// The phrase's start on the surface: a determiner or a name word right
    /// before it that the parse hung on no nominal of its own ("The" of
    /// "The Northern Council approved" hung under the period, "Quito" of
    /// "Quito Mayor Ana Lopez appealed" read as an adverb of the
    /// verb) belongs to it. Not an argument or adjunct of its own ("Monday
    /// Russia attacked"), nor a time expression.
    fn stranded_start(&self, mut span: Span) -> Span {
        let toks = &self.doc.tokens;
        let mut k = toks.partition_point(|t| t.span.start < span.start);
        if toks.get(k).is_none_or(|t| t.span.start != span.start) {
            return span;
        }
        let sent = self.doc.sentence_at(span.start);
        while k > 0 {
            let j = k - 1;
            let t = &toks[j];
            if self.doc.sentence_at(t.span.start) != sent
                || self.is_time(j)
                || self.children.get(j).is_some_and(|c| c.iter().any(|&x| x < j))
            {
                break;
            }
            let capital = self.doc.slice(t.span).chars().next().is_some_and(char::is_uppercase);
            let word_ok = match t.upos {
                Some(Upos::DET) => true,
                Some(Upos::PROPN | Upos::ADJ | Upos::NOUN) => capital,
                _ => false,
            };
            let rel_ok = matches!(self.base_rel(j), "det" | "amod" | "compound" | "flat" | "advmod" | "dep" | "nmod");
            let head_nominal = self.head(j).is_some_and(|h| {
                (h < j || h > k) && matches!(self.upos(h), Some(Upos::NOUN | Upos::PROPN | Upos::PRON | Upos::NUM))
            });
            let head_inside = self.head(j).is_some_and(|h| toks.get(h).is_some_and(|x| span.contains(x.span)));
            if !word_ok || !rel_ok || (head_nominal && !head_inside) {
                break;
            }
            span.start = t.span.start;
            k = j;
        }
        span
    }

    fn np_span_inner(&self, i: usize) -> Span {
        self.span(
            i,
            &[
                "conj",
                "cc",
                "punct",
                "acl",
                "appos",
                "parataxis",
                "advcl",
                "ccomp",
                "list",
                "dislocated",
                "dep",
                "relcl",
            ],
        )
    }

    /// The argument headed by `i`, expanded over coordination.
    fn args(&self, i: usize, inherited: bool, out: &mut Vec<Arg>) {
        let mut heads = vec![i];
        let mut k = 0;
        while k < heads.len() && heads.len() < 32 {
            let h = heads[k];
            for c in self.kids(h, &["conj"]) {
                if !heads.contains(&c) {
                    heads.push(c);
                }
            }
            k += 1;
        }
        for h in heads {
            let span = self.np_span(h);
            // Coordinated modifiers: "U.S. and Ukrainian officials".
            let mut quals: Vec<usize> = Vec::new();
            for m in self.kids(h, &["amod", "compound", "nmod:poss", "nmod"]) {
                let conj: Vec<usize> = self.kids(m, &["conj"]).filter(|&c| c < h).collect();
                if !conj.is_empty() {
                    quals.push(m);
                    quals.extend(conj);
                    break;
                }
            }
            if quals.is_empty() {
                out.push(Arg { head: h, span, qualifier: None, inherited });
            } else {
                for q in quals {
                    out.push(Arg { head: h, span, qualifier: Some(q), inherited });
                }
            }
        }
    }
}

fn is_predicate(v: &View, i: usize) -> bool {
    match v.upos(i) {
        Some(Upos::VERB) => !matches!(v.rel(i), "amod" | "compound" | "fixed" | "flat" | "goeswith" | "case" | "mark"),
        Some(Upos::AUX) => v.head(i).is_none() && v.kids(i, &["nsubj", "nsubj:pass"]).next().is_some(),
        Some(_) => v.kids(i, &["cop"]).next().is_some(),
        None => false,
    }
}

/// The clause view of a parsed document, in predicate order.
pub fn clauses(doc: &Document) -> Vec<Clause> {
    if doc.tokens.iter().all(|t| t.deprel.is_none()) {
        return Vec::new();
    }
    let v = View::new(doc);
    let n = doc.tokens.len();
    let preds: Vec<usize> = (0..n).filter(|&i| is_predicate(&v, i)).collect();
    let mut out: Vec<Clause> = preds.iter().map(|&p| own_clause(&v, p)).collect();
    // "indicated it should have acted" read with "it" as the object of
    // "indicated": an object right before a finite complement clause that
    // has no subject, with only adverbs between it and the clause's first
    // auxiliary (a modal or a finite form), is its subject. Not a
    // controlled or reduced clause ("urged Chile to be patient", "approved
    // the plan to be carried out": the object stays the governor's, and the
    // inheritance below gives the infinitive its subject).
    let object_of: HashMap<usize, usize> =
        out.iter().enumerate().flat_map(|(gk, c)| c.objects.iter().map(move |a| (a.head, gk))).collect();
    for k in 0..out.len() {
        let c = &out[k];
        let Some((_, rel)) = c.governor.as_ref() else { continue };
        let complement = matches!(rel.split(':').next(), Some("ccomp" | "advcl" | "parataxis"));
        let Some(first) = c.auxiliaries.iter().copied().min().filter(|&f| f < c.predicate) else { continue };
        let finite = matches!(v.xpos(first), "MD" | "VBD" | "VBZ" | "VBP");
        if !complement
            || !c.subjects.is_empty()
            || !finite
            || v.kids(c.predicate, &["mark"]).any(|m| v.lemma(m) == "to")
        {
            continue;
        }
        // The token before the auxiliary, past adverbs: the object's head
        // and the end of its phrase.
        let mut h = first;
        while h > 0 && matches!(v.upos(h - 1), Some(Upos::ADV | Upos::PART)) {
            h -= 1;
        }
        let Some(h) = h.checked_sub(1) else { continue };
        // The object of another clause (its governor's, or one the parse
        // hung the complement away from: "indicated it would acting ...,
        // an official said").
        let Some(&gk) = object_of.get(&h).filter(|&&gk| gk != k) else { continue };
        let Some(o) = out[gk]
            .objects
            .iter()
            .find(|a| a.head == h && doc.tokens.get(h).is_some_and(|t| t.span.end == a.span.end))
            .cloned()
        else {
            continue;
        };
        out[gk].objects.retain(|a| a.head != h);
        out[k].subjects.push(o);
    }
    // "The government, which the senator accused of hiding costs,
    // announced ..." with the verb after the closing comma read as a
    // conjunct inside the relative clause (it would inherit "the senator"),
    // or "The mayor, whom voters elected, said" with the pronoun read as
    // the verb's subject: a finite verb right after the comma that closes
    // a relative clause opened by ", which/who/whom/whose" after a noun
    // takes that noun's phrase as its subject when it has no subject of
    // its own but the pronoun.
    for c in out.iter_mut() {
        if let Some(s) = closed_relative_subject(&v, c) {
            c.subjects = vec![s];
        }
    }
    // Inheritance, in an order where governors come first (a few passes).
    // `out` is in predicate order (the predicates are found left to right),
    // so a governor's clause is found by binary search.
    let index = |p: usize, out: &Vec<Clause>| out.binary_search_by_key(&p, |c| c.predicate).ok();
    for _ in 0..3 {
        for k in 0..out.len() {
            let Some((g, rel)) = out[k].governor.clone() else {
                continue;
            };
            let Some(gk) = index(g, &out) else { continue };
            if gk == k {
                continue;
            }
            let gov = out[gk].clone();
            let c = &mut out[k];
            // "has engaged with Moscow, stopped aid and paused ..." with the
            // second verb of the list read as a parenthetical: a verb with
            // no subject or subordinator right after a comma is a conjunct.
            // Not a verb of saying ("We will win, said Smith" keeps "said"
            // its own speaker, or none).
            let listed = rel == "parataxis"
                && c.predicate > 0
                && v.doc.tokens.get(c.predicate - 1).is_some_and(|t| v.doc.slice(t.span) == ",")
                && v.kids(c.predicate, &["mark"]).next().is_none()
                && matches!(v.upos(c.predicate), Some(Upos::VERB))
                && !SAYING.contains(&c.lemma.as_str());
            let rel = if listed { "conj".to_string() } else { rel };
            // "Lula is expected to discuss" with the infinitive read as an
            // adverbial clause: after a passive verb of planning it is
            // controlled like a complement (the passive subject acts, and
            // the act is planned).
            let raised = rel == "advcl"
                && gov.voice == Voice::Passive
                && PLAN_VERBS.contains(&gov.lemma.as_str())
                && v.kids(c.predicate, &["mark"]).any(|m| v.lemma(m) == "to");
            let rel = if raised { "xcomp".to_string() } else { rel };
            // "Rubio called his counterpart, Enrique Manalo, on Wednesday
            // and reaffirmed ...": an apposition set off by commas read as
            // the second verb's subject. A conjunct's own subject follows
            // its "and"; one before it, opened by a comma, is no subject.
            // (also when the second verb is read as a parataxis with an
            // "and" of its own: then it is a conjunct).
            let cc = v.kids(c.predicate, &["cc"]).filter(|&x| x < c.predicate && x > gov.predicate).max();
            let rel = if matches!(rel.as_str(), "parataxis" | "advcl")
                && cc.is_some()
                && gov.predicate < c.predicate
                && v.kids(c.predicate, &["mark"]).next().is_none()
            {
                "conj".to_string()
            } else {
                rel
            };
            if rel == "conj" && !c.subjects.is_empty() {
                let comma_before = |a: &Arg| {
                    let first = v.doc.tokens_in(a.span).start;
                    first > 0 && v.doc.tokens.get(first - 1).is_some_and(|t| v.doc.slice(t.span) == ",")
                };
                if let Some(cc) = cc {
                    if c.subjects.iter().all(|a| !a.inherited && a.head < cc && comma_before(a)) {
                        c.subjects.clear();
                    }
                }
            }
            match rel.as_str() {
                // "..., two months after clashes near the frontier killed
                // at least 12 people": a conjunct with no coordinator right
                // after a noun is a slip of the parse (its subject is that
                // noun's phrase), so it inherits nothing.
                "conj"
                    if c.subjects.is_empty()
                        && !gov.subjects.is_empty()
                        && v.kids(c.predicate, &["cc"]).next().is_none()
                        && c.predicate > 0
                        && matches!(v.upos(c.predicate - 1), Some(Upos::NOUN | Upos::PROPN))
                        && !listed => {}
                "conj" if c.subjects.is_empty() && !gov.subjects.is_empty() => {
                    c.subjects = gov.subjects.iter().map(|a| Arg { inherited: true, ..a.clone() }).collect();
                    if c.auxiliaries.is_empty() && !gov.auxiliaries.is_empty() {
                        c.auxiliaries = gov.auxiliaries.clone();
                        c.tense = gov.tense;
                        c.perfect = gov.perfect;
                        c.progressive = c.progressive || gov.progressive;
                        if c.modality == Modality::Asserted {
                            c.modality = gov.modality;
                            c.modality_cue = gov.modality_cue;
                        }
                        if c.negation.is_none() {
                            c.negation = gov.negation;
                        }
                    }
                    if c.voice == Voice::Active && gov.voice == Voice::Passive && v.xpos(c.predicate) == "VBN" {
                        c.voice = Voice::Passive;
                        c.agents = gov.agents.clone();
                    }
                }
                // "blocked the administration from deporting ...": the
                // object of a verb of prevention is the doer of the gerund,
                // and the act did not happen.
                "advcl"
                    if PREVENT_VERBS.contains(&gov.lemma.as_str())
                        && v.xpos(c.predicate) == "VBG"
                        && v.kids(c.predicate, &["mark"]).any(|m| v.lemma(m) == "from") =>
                {
                    if c.subjects.is_empty() && !gov.objects.is_empty() {
                        c.subjects = gov.objects.iter().map(|a| Arg { inherited: true, ..a.clone() }).collect();
                    }
                    if c.negation.is_none() && !gov.negated() {
                        c.negation = Some(gov.predicate);
                    }
                }
                "xcomp" => {
                    if c.subjects.is_empty() {
                        // Controlled subject: the object if any ("asked him to go"), else the subject.
                        let src = if !gov.objects.is_empty() { &gov.objects } else { &gov.subjects };
                        c.subjects = src.iter().map(|a| Arg { inherited: true, ..a.clone() }).collect();
                    }
                    let gl = gov.lemma.as_str();
                    let be_to = gl == "be" && v.kids(c.predicate, &["mark"]).any(|m| v.lemma(m) == "to");
                    if c.modality == Modality::Asserted {
                        if be_to || PLAN_VERBS.contains(&gl) {
                            c.modality = Modality::Planned;
                            c.modality_cue = Some(gov.predicate);
                        } else if gl == "go" && gov.progressive {
                            c.modality = Modality::Future;
                            c.modality_cue = Some(gov.predicate);
                        } else if gl == "have" || gl == "need" {
                            c.modality = Modality::Obligation;
                            c.modality_cue = Some(gov.predicate);
                        } else if REQUEST_VERBS.contains(&gl) && !gov.objects.is_empty() {
                            // "invited Wang to visit Brasilia", "urged
                            // them to leave": asked for, not done.
                            c.modality = Modality::Hypothetical;
                            c.modality_cue = Some(gov.predicate);
                        } else if gov.modality != Modality::Asserted {
                            c.modality = gov.modality;
                            c.modality_cue = gov.modality_cue;
                        }
                    }
                    if c.tense == Tense::Untensed {
                        c.tense = gov.tense;
                    }
                    if c.negation.is_none() {
                        c.negation = gov.negation;
                    }
                }
                _ => {}
            }
        }
    }
    out
}

/// The subject of a finite verb that follows a closed relative clause
/// ("N, which ..., VERB"): the phrase of the noun before ", which", when
/// the verb has no subject but a relative pronoun before the comma. A
/// relative clause is one whose first word is "which", "who", "whom" or
/// "whose" right after a comma after a noun, with a verb of its own; the
/// noun climbs out of a prepositional modifier ("the spokesman for the
/// ministry, who ..."). None when the verb is not finite, no comma stands
/// right before it (past its auxiliaries and adverbs), or a sentence
/// boundary or quotation mark lies between.
fn closed_relative_subject(v: &View, c: &Clause) -> Option<Arg> {
    let toks = &v.doc.tokens;
    let p = c.predicate;
    // Its own auxiliaries right before it; not those a conjunct inherits
    // from inside the relative clause ("which have besieged ..., denied").
    let mut first = p;
    while first > 0
        && (c.auxiliaries.contains(&(first - 1))
            || matches!(v.upos(first - 1), Some(Upos::ADV | Upos::PART))
                && c.auxiliaries.iter().any(|&a| a < first - 1))
    {
        first -= 1;
    }
    while first < p && !c.auxiliaries.contains(&first) {
        first += 1;
    }
    // A verb of saying tagged as a participle ("told", "said") with no
    // auxiliary is finite here too: a reduced relative does not follow
    // another relative clause's closing comma.
    let finite = matches!(v.xpos(first), "VBD" | "VBZ" | "VBP" | "MD")
        || (first == p && v.xpos(p) == "VBN" && SAYING.contains(&c.lemma.as_str()));
    // A past form read as a participle ("which have besieged the town,
    // denied ...") when the sentence has no verb for a root: the main verb.
    let nominal_root = || {
        v.doc.sentences.iter().find(|s| s.tokens.contains(&p)).is_some_and(|s| {
            s.tokens.clone().find(|&k| toks[k].head.is_none()).is_some_and(|r| {
                // not a copular sentence's noun ("..., is a unit of BYD")
                matches!(v.upos(r), Some(Upos::NOUN | Upos::PROPN))
                    && !s.tokens.clone().any(|k| toks[k].head == Some(r as u32) && v.rel(k) == "cop")
            })
        })
    };
    if !(finite || first == p && v.xpos(p) == "VBN" && nominal_root()) {
        return None;
    }
    let is_rel = |i: usize| matches!(v.lemma(i).as_str(), "which" | "who" | "whom" | "whose");
    let word = |i: usize| toks.get(i).map(|t| v.doc.slice(t.span)).unwrap_or("");
    if !c.subjects.iter().all(|s| s.head < first && is_rel(s.head)) {
        return None;
    }
    let mut q = first;
    while q > 0 && matches!(v.upos(q - 1), Some(Upos::ADV)) {
        q -= 1;
    }
    let q = q.checked_sub(1).filter(|&q| word(q) == ",")?;
    let sentence = v.doc.sentences.iter().find(|s| s.tokens.contains(&p))?;
    let mut r = q;
    let rel = loop {
        r = r.checked_sub(1).filter(|&r| r >= sentence.tokens.start + 2)?;
        let w = word(r);
        if matches!(w, "." | ";" | ":" | "\"" | "\u{201c}" | "\u{201d}" | "(" | ")") {
            return None;
        }
        if is_rel(r) && word(r - 1) == "," {
            break r;
        }
    };
    // Its own clause: a verb between the pronoun and the closing comma.
    if !(rel + 1..q).any(|k| matches!(v.upos(k), Some(Upos::VERB | Upos::AUX))) {
        return None;
    }
    let mut h = rel - 2;
    if !matches!(v.upos(h), Some(Upos::NOUN | Upos::PROPN)) {
        return None;
    }
    // Up from a name's last word ("Ana Ruiz") and out of a prepositional
    // modifier of a noun before it ("the spokesman for the ministry").
    for _ in 0..4 {
        match v.head(h) {
            Some(g) if g < h && matches!(v.base_rel(h), "flat" | "nmod") => h = g,
            _ => break,
        }
    }
    if !matches!(v.upos(h), Some(Upos::NOUN | Upos::PROPN)) {
        return None;
    }
    let span = v.np_span(h);
    Some(Arg { head: h, span, qualifier: None, inherited: false })
}

fn own_clause(v: &View, p: usize) -> Clause {
    let doc = v.doc;
    let mut subjects = Vec::new();
    for s in v.kids(p, &["nsubj", "nsubj:pass", "csubj", "csubj:pass", "nsubj:outer", "expl"]).collect::<Vec<_>>() {
        if v.rel(s) == "expl" {
            continue;
        }
        v.args(s, false, &mut subjects);
    }
    // Repair of a frequent tagging slip: "Witkoff plans to visit" read as
    // the noun "plans" (with "Witkoff" as its modifier) subject of "visit".
    let mut plan_cue = None;
    if subjects.len() == 1 && v.kids(p, &["mark"]).any(|m| v.lemma(m) == "to") {
        let h = subjects[0].head;
        let lem = v.lemma(h);
        if h < p && v.xpos(h).starts_with("NNS") && PLAN_VERBS.contains(&lem.as_str()) {
            if let Some(real) = v.kids(h, &["compound", "amod", "nmod", "flat"]).filter(|&c| c < h).min() {
                subjects.clear();
                let head = v.children.get(h).into_iter().flatten().copied().filter(|&c| c < h).max().unwrap_or(real);
                v.args(head, false, &mut subjects);
                for a in &mut subjects {
                    a.span = v.span(real, &["punct"]);
                    a.span.end = a.span.end.max(v.doc.tokens.get(head).map_or(0, |t| t.span.end));
                }
                plan_cue = Some(h);
            }
        }
    }
    // The same slip with the verb hung on the noun "plans" as a clause of
    // it ("Witkoff plans to visit" with "visit" an `acl` of "plans"), or
    // "plans" read as the last word of a name ("President Recep Tayyip
    // Erdogan plans to visit").
    let to_mark = v.kids(p, &["mark"]).any(|m| v.lemma(m) == "to");
    if let Some(h) = v.head(p).filter(|&h| subjects.is_empty() && to_mark && h < p && v.base_rel(p) == "acl") {
        let lem = v.lemma(h);
        // "plans" tagged a plural noun, or, inside a name, a proper noun.
        let word = v.doc.slice(v.doc.tokens[h].span).to_ascii_lowercase();
        let planning_word = matches!(word.as_str(), "plans" | "intends" | "aims" | "hopes" | "wants" | "expects");
        if (v.xpos(h).starts_with("NNS") && PLAN_VERBS.contains(&lem.as_str())) || planning_word {
            let mut before: Vec<usize> = v.children.get(h).into_iter().flatten().copied().filter(|&c| c < h).collect();
            if before.is_empty() && matches!(v.base_rel(h), "flat" | "compound" | "appos") {
                before.extend(v.head(h).filter(|&x| x < h));
            }
            if let (Some(&first), Some(&last)) = (before.iter().min(), before.iter().max()) {
                let start = v.np_span_inner(first).start;
                let end = doc.tokens.get(h - 1).map_or(start, |t| t.span.end.max(start));
                subjects.push(Arg { head: last, span: Span::new(start, end), qualifier: None, inherited: false });
                plan_cue = Some(h);
            }
        }
    }
    // "invited Wang to visit Brasilia" with "to visit" hung on "Wang" as a
    // clause of the noun: the object of a verb of asking is the doer of
    // the infinitive, and the act is asked for, not stated.
    let mut request_cue = None;
    if let Some(h) = v.head(p).filter(|&h| subjects.is_empty() && to_mark && h < p && v.base_rel(p) == "acl") {
        if let Some(g) = v.head(h).filter(|&g| v.rel(h) == "obj" && REQUEST_VERBS.contains(&v.lemma(g).as_str())) {
            let span = v.np_span(h);
            subjects.push(Arg { head: h, span, qualifier: None, inherited: true });
            request_cue = Some(g);
        }
    }
    // A name before an apposition read as the subject ("Norway, the largest
    // donor, later agreed" with "Norway" hung on the verb as a bare
    // oblique): the name is the subject.
    if let Some(s) = subjects.first().filter(|s| subjects.iter().all(|x| x.head == s.head)).map(|s| s.head) {
        // Not a time ("Last month, the senator asked": "month" is a bare
        // oblique of time, and "the senator" no apposition of it).
        let bare = v.children.get(p).into_iter().flatten().copied().find(|&o| {
            o < s
                && matches!(v.rel(o), "obl" | "dep")
                && matches!(v.upos(o), Some(Upos::PROPN | Upos::NOUN))
                && v.kids(o, &["case", "mark"]).next().is_none()
                && !v.is_time(o)
        });
        if let (Some(o), Some(st)) = (bare, doc.tokens.get(s)) {
            let (os, ss) = (v.np_span(o), v.np_span(s));
            let only_comma = |a: usize, b: usize| {
                let gap: Vec<usize> = doc.tokens_in(Span::new(a, b)).collect();
                gap.len() == 1 && doc.slice(doc.tokens[gap[0]].span) == ","
            };
            // An apposition is set off by commas on both sides: "Pakistan,
            // a close ally of Washington, has refused".
            let closed = doc.tokens.get(p).is_some_and(|pt| {
                let before = doc
                    .tokens_in(Span::new(ss.end, pt.span.start))
                    .find(|&t| !matches!(v.upos(t), Some(Upos::AUX | Upos::ADV | Upos::PART)));
                before.is_some_and(|t| doc.slice(doc.tokens[t].span) == ",")
            });
            if only_comma(os.end, ss.start) && closed && st.span.start >= os.end {
                subjects.clear();
                v.args(o, false, &mut subjects);
            }
        }
    }
    // A name the parse split ("Oslo" + "Deputy Mayor Erik Lund" with the
    // second part hung elsewhere): the subject right before the verb runs
    // on over the name words up to the auxiliaries and adverbs before it.
    if let Some(last) = subjects.iter_mut().filter(|a| a.head < p).max_by_key(|a| a.span.end) {
        last.span = v.name_run_end(last.span, p);
    }
    v.glued_subject_words(p, &mut subjects);
    // "Farmers, the local council, and most shopkeepers opposed" with the
    // middle phrase read as an apposition of the first: inside a list of
    // subjects joined by "and", an apposition is one more subject.
    let heads: Vec<usize> = subjects.iter().map(|a| a.head).collect();
    if let (Some(&a), Some(&b)) = (heads.iter().min(), heads.iter().max()) {
        let and = (a + 1..b).any(|t| v.upos(t) == Some(Upos::CCONJ));
        if a < b && and {
            for x in v.kids(a, &["appos"]).filter(|&x| x < b).collect::<Vec<_>>() {
                v.args(x, false, &mut subjects);
            }
            subjects.sort_by_key(|s| s.span.start);
        }
    }
    let mut objects = Vec::new();
    for o in v.kids(p, &["obj", "iobj"]).collect::<Vec<_>>() {
        v.args(o, false, &mut objects);
    }
    let complements: Vec<usize> = v.kids(p, &["ccomp", "xcomp"]).collect();
    let mut auxiliaries: Vec<usize> =
        v.kids(p, &["aux", "aux:pass", "cop"]).filter(|&a| v.rel(a) != "cop" || v.upos(a) == Some(Upos::AUX)).collect();
    auxiliaries.sort_unstable();
    let negation = v.children.get(p).into_iter().flatten().copied().find(|&c| {
        matches!(v.base_rel(c), "advmod" | "neg") && matches!(v.lemma(c).as_str(), "not" | "n't" | "never" | "no")
    });
    let passive = v.kids(p, &["aux:pass", "nsubj:pass", "csubj:pass"]).next().is_some();
    let voice = if passive { Voice::Passive } else { Voice::Active };
    let mut agents = Vec::new();
    let mut obliques = Vec::new();
    for o in v.children.get(p).into_iter().flatten().copied().collect::<Vec<_>>() {
        let rel = v.rel(o);
        if v.base_rel(o) != "obl" {
            continue;
        }
        let prep = v.kids(o, &["case"]).next();
        let is_agent = rel == "obl:agent" || (passive && prep.is_some_and(|c| v.lemma(c) == "by"));
        if is_agent {
            v.args(o, false, &mut agents);
        }
        let mut span = v.np_span(o);
        if let Some(c) = prep.and_then(|c| doc.tokens.get(c)) {
            span = Span::new(span.start.min(c.span.start), span.end.max(c.span.end));
        }
        obliques.push(Oblique { prep, head: o, span, deprel: rel.to_string() });
    }
    // Tense, aspect, modality from the auxiliaries.
    let mut tense = Tense::Untensed;
    let mut perfect = false;
    let mut progressive = false;
    let mut modality = Modality::Asserted;
    let mut modality_cue = None;
    let px = v.xpos(p);
    for &a in &auxiliaries {
        let l = v.lemma(a);
        let ax = v.xpos(a);
        match l.as_str() {
            "will" | "shall" | "'ll" | "wo" => {
                tense = Tense::Future;
                if modality == Modality::Asserted {
                    modality = Modality::Future;
                    modality_cue = Some(a);
                }
            }
            "would" | "could" | "might" | "may" | "can" | "ca" => {
                if tense == Tense::Untensed {
                    tense =
                        if matches!(l.as_str(), "could" | "would" | "might") { Tense::Past } else { Tense::Present };
                }
                modality = Modality::Hypothetical;
                modality_cue = Some(a);
            }
            "should" | "must" | "ought" => {
                if tense == Tense::Untensed {
                    tense = Tense::Present;
                }
                modality = Modality::Obligation;
                modality_cue = Some(a);
            }
            _ => {
                if l == "have"
                    && v.rel(a) == "aux"
                    && (px == "VBN" || auxiliaries.iter().any(|&x| x > a && v.xpos(x) == "VBN"))
                {
                    perfect = true;
                }
                if l == "be" && px == "VBG" && v.rel(a) == "aux" {
                    progressive = true;
                }
                if l == "be"
                    && matches!(v.rel(a), "aux" | "cop")
                    && a < p
                    && v.kids(p, &["mark"]).any(|m| v.lemma(m) == "to" && m > a)
                    && px == "VB"
                {
                    modality = Modality::Planned;
                    modality_cue = Some(a);
                }
                if tense == Tense::Untensed {
                    match ax {
                        "VBD" => tense = Tense::Past,
                        "VBZ" | "VBP" => tense = Tense::Present,
                        _ => {}
                    }
                }
            }
        }
    }
    if tense == Tense::Untensed {
        tense = match px {
            "VBD" => Tense::Past,
            "VBZ" | "VBP" => Tense::Present,
            _ => Tense::Untensed,
        };
    }
    if let (Some(cue), Modality::Asserted) = (plan_cue, modality) {
        modality = Modality::Planned;
        modality_cue = Some(cue);
    }
    if let (Some(cue), Modality::Asserted) = (request_cue, modality) {
        modality = Modality::Hypothetical;
        modality_cue = Some(cue);
    }
    if modality == Modality::Asserted {
        if let Some(m) = v.kids(p, &["mark"]).find(|&m| matches!(v.lemma(m).as_str(), "if" | "unless" | "whether")) {
            modality = Modality::Hypothetical;
            modality_cue = Some(m);
        }
    }
    let governor = v
        .head(p)
        .filter(|_| matches!(v.base_rel(p), "ccomp" | "xcomp" | "advcl" | "conj" | "acl" | "parataxis" | "csubj"))
        .map(|h| (h, v.rel(p).to_string()));
    Clause {
        predicate: p,
        lemma: v.lemma(p),
        span: v.span(p, &["punct"]),
        subjects,
        agents,
        objects,
        complements,
        obliques,
        auxiliaries,
        negation,
        voice,
        tense,
        perfect,
        progressive,
        modality,
        modality_cue,
        governor,
    }
}
