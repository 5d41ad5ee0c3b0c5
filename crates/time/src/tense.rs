//! Which way an underspecified time expression points, decided from the
//! clause around it. See the crate documentation for the rule.

use dateline_core::{Document, Upos};

/// The direction a bare weekday, month or date resolves in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Direction {
    /// Past tense or present perfect: the nearest occurrence on or before the
    /// article date.
    Past,
    /// Future, planning or scheduling: the nearest occurrence after the
    /// article date (on or after, for months and dates).
    Future,
    /// "were to meet on Tuesday": the occurrence inside the article's own
    /// week (or month, for a month name).
    SameWeek,
    /// No tense cue (headlines, bare phrases, present tense).
    Neutral,
    /// The nearest occurrence on either side of the article date, a
    /// weekday included (the article's day itself when it matches): a date
    /// something took effect, in a past clause ("raised its prime rate,
    /// effective Tuesday"; "voted Sunday to strike, effective Tuesday").
    Nearest,
}

/// What one word says about tense.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Cue {
    Past,
    Future,
    /// "was/were" (+ "to" after it: SameWeek).
    PastBe,
    /// "is/are" (+ "to": Future).
    PresBe,
    /// A present-tense verb or copula: the clause is present; stop.
    Present,
    /// "has/have/had": present perfect or past perfect.
    Perfect,
    None,
}

const IRREGULAR_PAST: &[&str] = &[
    "said",
    "told",
    "met",
    "went",
    "came",
    "took",
    "gave",
    "made",
    "held",
    "began",
    "left",
    "sent",
    "won",
    "lost",
    "saw",
    "got",
    "found",
    "thought",
    "knew",
    "brought",
    "bought",
    "fought",
    "led",
    "fell",
    "rose",
    "struck",
    "spoke",
    "wrote",
    "chose",
    "broke",
    "ran",
    "became",
    "hit",
    "put",
    "set",
    "cut",
    "quit",
    "shot",
    "paid",
    "sold",
    "kept",
    "felt",
    "flew",
    "drew",
    "grew",
    "threw",
    "stood",
    "understood",
    "heard",
    "meant",
    "spent",
    "built",
    "sought",
    "taught",
    "caught",
    "did",
    "was",
    "were",
    "had",
    "ate",
    "drove",
    "rode",
    "forgot",
    "froze",
    "hid",
    "slid",
    "swore",
    "tore",
    "wore",
    "beat",
    "bled",
    "bred",
    "dealt",
    "fled",
    "lay",
    "lent",
    "lit",
    "overtook",
    "withdrew",
    "undertook",
    "upheld",
];

const NOT_PAST_ED: &[&str] = &[
    "need",
    "needed",
    "speed",
    "feed",
    "seed",
    "bed",
    "shed",
    "indeed",
    "red",
    "hundred",
    "united",
    "proceed",
    "exceed",
    "succeed",
    "breed",
    "creed",
    "greed",
    "weed",
    "reed",
    "deed",
    "embed",
    "shred",
    "sled",
    "wed",
    "fled",
    "led",
    "bled",
    "limited",
    "concerned",
    "expected",
    "scheduled",
    "planned",
    "proposed",
    "anticipated",
    "slated",
    "intended",
];

const FUTURE_WORDS: &[&str] = &[
    "will",
    "'ll",
    "\u{2019}ll",
    "wo",
    "shall",
    "would",
    "scheduled",
    "planned",
    "plan",
    "plans",
    "planning",
    "expected",
    "expects",
    "expect",
    "due",
    "slated",
    "upcoming",
    "intends",
    "intend",
    "aims",
    "hopes",
    "going",
    "tomorrow",
    "next",
    "proposed",
    "anticipated",
    "set",
    "might",
    "should",
    "soon",
    "early",
    "likely",
];

/// Past forms of verbs beginning with "un" (other un-...ed words are read
/// as adjectives: "unspecified", "unnamed").
const UN_VERBS: &[&str] = &[
    "unveiled",
    "unleashed",
    "uncovered",
    "unlocked",
    "undermined",
    "unraveled",
    "unravelled",
    "unfolded",
    "united",
    "unloaded",
    "unseated",
    "unfurled",
    "unplugged",
    "unsealed",
];

/// Verbs whose "to"-infinitive is about a later time than themselves: a
/// plan, commitment, request or wish ("agreed to meet", "urged them to
/// vote"); see [`verb_direction`].
const LOOKS_AHEAD: &[&str] = &[
    "agree",
    "decide",
    "promise",
    "pledge",
    "vow",
    "offer",
    "vote",
    "ask",
    "urge",
    "invite",
    "call",
    "order",
    "tell",
    "instruct",
    "encourage",
    "press",
    "plan",
    "schedule",
    "expect",
    "intend",
    "aim",
    "hope",
    "want",
    "prepare",
    "seek",
    "threaten",
    "propose",
    "arrange",
    "need",
    "wait",
    "set",
    "move",
    "choose",
    "elect",
    "opt",
    "resolve",
    "commit",
    "request",
    "demand",
    "require",
    "allow",
    "authorize",
    "approve",
    "permit",
    "wish",
    "like",
    "love",
];

/// Words whose "to"-infinitive is a commitment about a later time.
const COMMIT_TO: &[&str] = &[
    "agreed",
    "agree",
    "agrees",
    "agreement",
    "decided",
    "decide",
    "decides",
    "decision",
    "promised",
    "promise",
    "promises",
    "pledged",
    "pledge",
    "pledges",
    "vowed",
    "vow",
    "vows",
    "offered",
    "offer",
    "offers",
    "proposal",
    "voted",
    "supposed",
];

fn word_cue(w: &str) -> Cue {
    let low: std::borrow::Cow<str> =
        if w.bytes().any(|b| b.is_ascii_uppercase()) { w.to_ascii_lowercase().into() } else { w.into() };
    let l = low.as_ref();
    if FUTURE_WORDS.contains(&l) {
        return Cue::Future;
    }
    match l {
        "was" | "were" => return Cue::PastBe,
        "is" | "are" | "'s" | "\u{2019}s" | "'re" | "\u{2019}re" | "am" => return Cue::PresBe,
        "has" | "have" | "had" | "'ve" | "\u{2019}ve" | "'d" | "\u{2019}d" => return Cue::Perfect,
        "says" | "say" | "does" | "do" | "remains" | "continues" | "must" => return Cue::Present,
        "ago" | "yesterday" | "last" => return Cue::Past,
        _ => {}
    }
    if IRREGULAR_PAST.contains(&l) {
        return Cue::Past;
    }
    if l.len() >= 5 && l.ends_with("ed") && l.bytes().all(|b| b.is_ascii_lowercase()) && !NOT_PAST_ED.contains(&l) {
        return Cue::Past;
    }
    Cue::None
}

/// A word that makes a "when" clause past: "was", "were", "had", a past
/// form ("lifted"); not "ago", "yesterday", "last".
fn is_clause_past(w: &str) -> bool {
    !matches!(w.to_ascii_lowercase().as_str(), "ago" | "yesterday" | "last" | "has" | "have" | "'ve" | "\u{2019}ve")
}

/// True when token `k` can open a to-infinitive ("until Friday to
/// respond"): a verb for the syntax layer when it ran, else a lower-case
/// word that is no determiner, pronoun or plural noun ("to families",
/// "to the displaced").
fn base_verb_at(doc: &Document, tokens: &[dateline_core::Span], k: usize) -> bool {
    let text = doc.text();
    let Some(w) = tokens.get(k).and_then(|s| s.get(text)) else {
        return false;
    };
    if let Some(t) = doc.tokens.get(k).filter(|t| t.span == tokens[k]) {
        if let Some(u) = t.upos {
            return matches!(u, Upos::VERB | Upos::AUX);
        }
    }
    let l = w.to_ascii_lowercase();
    let lower = w.chars().next().is_some_and(|c| c.is_ascii_lowercase()) && w.chars().all(|c| c.is_ascii_alphabetic());
    let function = matches!(
        l.as_str(),
        "the"
            | "a"
            | "an"
            | "this"
            | "that"
            | "these"
            | "those"
            | "his"
            | "her"
            | "its"
            | "their"
            | "our"
            | "my"
            | "your"
            | "them"
            | "him"
            | "us"
            | "me"
            | "you"
            | "all"
            | "each"
            | "every"
            | "some"
            | "any"
            | "many"
            | "anyone"
            | "everyone"
            | "people"
            | "children"
            | "who"
            | "whom"
            | "which"
    );
    let plural = l.ends_with('s') && !l.ends_with("ss") && !l.ends_with("us");
    lower && !function && !plural && !l.ends_with("ing")
}

/// A past-tense form ("became", "released"; not "need", "hundred").
pub(crate) fn is_past_form(w: &str) -> bool {
    word_cue(w) == Cue::Past && !matches!(w, "ago" | "yesterday" | "last")
}

/// A weekday's name, any case ("Friday", "friday").
fn is_weekday_name(w: &str) -> bool {
    ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
        .iter()
        .any(|d| w.eq_ignore_ascii_case(d))
}

fn is_boundary(w: &str) -> bool {
    matches!(w, ";" | ":" | "\"" | "\u{201c}" | "\u{201d}" | "(" | ")" | "\u{2014}" | "--")
}

/// The direction for a time expression covering tokens `first..last+1` of
/// `doc`, inside the sentence whose tokens are `sent`.
pub(crate) fn direction(
    doc: &Document,
    tokens: &[dateline_core::Span],
    sent: std::ops::Range<usize>,
    first: usize,
    last: usize,
) -> Direction {
    if let Some(d) = direction_from_words(doc, tokens, sent.clone(), first, last) {
        return d;
    }
    direction_from_syntax(doc, sent, first, last).unwrap_or(Direction::Neutral)
}

fn direction_from_words(
    doc: &Document,
    tokens: &[dateline_core::Span],
    sent: std::ops::Range<usize>,
    first: usize,
    last: usize,
) -> Option<Direction> {
    let text = doc.text();
    let word = |i: usize| tokens.get(i).and_then(|s| s.get(text)).unwrap_or("");
    let before =
        |k: usize, any: &[&str]| first >= sent.start + k && any.iter().any(|a| word(first - k).eq_ignore_ascii_case(a));
    // A date something takes effect ("effective Feb. 1") or is put off to
    // ("postponed until Tuesday") lies ahead of the clause's verb: ahead
    // of the article too, unless the clause is in the past ("raised its
    // price, effective March 6", "became effective Feb. 17", "was
    // postponed until May"), where it is the nearest occurrence either
    // side of the article date (weekdays too).
    let effective = before(1, &["effective"]);
    // A weekday an event is called or set "for" ("called a strike for
    // Friday", "set the vote for Tuesday", "the talks for Monday"): the day
    // the event is to happen, ahead of the article's (the verb's tense
    // tells when it was called, not when it happens).
    // Not a possessive ("for Friday's attack") nor an event of the past
    // perfect ("had called a strike for Friday").
    const SCHEDULED: &[&str] = &[
        "strike",
        "strikes",
        "vote",
        "votes",
        "election",
        "meeting",
        "meetings",
        "talks",
        "hearing",
        "rally",
        "rallies",
        "protest",
        "protests",
        "summit",
        "session",
        "referendum",
        "walkout",
        "march",
        "ballot",
        "debate",
        "shutdown",
        "demonstration",
        "demonstrations",
        "ceremony",
        "funeral",
        "runoff",
        "poll",
    ];
    let bare_weekday = first == last
        && is_weekday_name(word(first))
        && !matches!(word(last + 1), "'s" | "\u{2019}s" | "'" | "\u{2019}");
    if bare_weekday && before(1, &["for"]) {
        let event = (2..=4).take_while(|&k| first >= sent.start + k).any(|k| {
            let w = word(first - k).to_ascii_lowercase();
            SCHEDULED.contains(&w.as_str())
        });
        let past_perfect = (sent.start..first).any(|k| {
            matches!(word(k).to_ascii_lowercase().as_str(), "had" | "'d" | "\u{2019}d")
                && word(k + 1).len() > 2
                && is_past_form(word(k + 1))
        });
        if event && !past_perfect {
            return Some(Direction::Future);
        }
    }
    const PUT_OFF: &[&str] = &["postponed", "delayed", "deferred", "adjourned", "extended"];
    // A deadline given or moved "until" a time ("has given the relatives
    // until 9 a.m. Tuesday", "extended its deadline until Friday"): the
    // put-off word a few words before "until".
    // A time given is a deadline only before a "to"-infinitive ("gave them
    // until Friday to reply"; not "gave no details until Tuesday").
    // The "to" must open an infinitive, not a phrase ("gave aid until
    // Friday to families who ...").
    let to_follows = word(last + 1).eq_ignore_ascii_case("to") && base_verb_at(doc, tokens, last + 2);
    const GIVE: &[&str] = &["given", "gave", "give", "gives", "giving"];
    // "extended up to $90 million in loans through January": a put-off
    // word further back in the clause (no comma between) moves a date
    // "until" or "through" it too.
    let through = before(1, &["through"]);
    let deadline = if through || before(1, &["until", "till"]) {
        (2..=12)
            .take_while(|&k| first >= sent.start + k && word(first - k) != ",")
            .find(|&k| {
                before(k, PUT_OFF)
                    || (k <= 5 && !through && (before(k, &["deadline"]) || (to_follows && before(k, GIVE))))
            })
            // The put-off word is of the clause of "until": no other past
            // verb nor "and" between them ("ignored the deadline and
            // stayed until Friday" is a past narrative).
            .filter(|&k| {
                (first + 1 - k..first - 1).all(|j| {
                    let w = word(j);
                    !w.eq_ignore_ascii_case("and")
                        && (!is_past_form(w) || PUT_OFF.iter().chain(GIVE).any(|a| w.eq_ignore_ascii_case(a)))
                })
            })
    } else {
        None
    };
    let put_off = before(1, &["until", "till", "to"]) && before(2, PUT_OFF);
    let put_off_at = if put_off { Some(2) } else { deadline };
    // A later past clause on the time ("extended the curfew until Sunday,
    // when it was finally lifted"): the time is gone by.
    if put_off_at.is_some() {
        let mut j = last + 1;
        if word(j) == "," {
            j += 1;
        }
        if word(j).eq_ignore_ascii_case("when") {
            let past =
                (j + 1..(j + 6).min(sent.end)).take_while(|&k| !is_boundary(word(k)) && word(k) != ",").any(|k| {
                    matches!(word_cue(word(k)), Cue::Past | Cue::PastBe | Cue::Perfect) && is_clause_past(word(k))
                });
            if past {
                return Some(Direction::Past);
            }
        }
    }
    if effective || put_off_at.is_some() {
        // Put off to a weekday ("was adjourned until Monday", "until 9
        // a.m. Tuesday"): the coming one, whatever the tense.
        let weekday = (first..=last).any(|k| is_weekday_name(word(k)));
        let put_off = put_off_at.is_some();
        let verb = first - put_off_at.unwrap_or(1);
        return Some(if (put_off && weekday) || !past_clause(&word, sent.start, verb) {
            Direction::Future
        } else {
            Direction::Nearest
        });
    }
    // Backwards to the clause start, nearest cue first. An expression
    // opening a parenthesis ("at 4 in the morning (4 a.m. Thursday)")
    // takes the direction of the clause around it.
    let mut i = first;
    let mut steps = 0;
    while i > sent.start && steps < 14 {
        i -= 1;
        steps += 1;
        let w = word(i);
        if w == "(" && i + 1 == first {
            continue;
        }
        if is_boundary(w) {
            break;
        }
        // A schedule in the past perfect ("had been due to expire
        // Friday", "had been scheduled for Tuesday"): a time gone by.
        if i >= sent.start + 2
            && matches!(
                word(i).to_ascii_lowercase().as_str(),
                "due" | "scheduled" | "set" | "slated" | "expected" | "planned"
            )
            && word(i - 1).eq_ignore_ascii_case("been")
            && matches!(word(i - 2).to_ascii_lowercase().as_str(), "had" | "'d" | "\u{2019}d")
        {
            return Some(Direction::Past);
        }
        // A passive infinitive ("guidelines to be published in November",
        // "a deal to be completed by Dec. 15") points ahead; after "was" or
        // "were" ("was to be held") it is the week's plan.
        if w == "be" && i > sent.start && word(i - 1).eq_ignore_ascii_case("to") && word_cue(word(i + 1)) == Cue::Past {
            let was = i >= sent.start + 2 && matches!(word_cue(word(i - 2)), Cue::PastBe);
            return Some(if was { Direction::SameWeek } else { Direction::Future });
        }
        // The verb of an "as soon as" clause ("were likely to buy its
        // stock as soon as trading opened Monday") takes its tense from the
        // clause it hangs on: read on to that clause's verb.
        let as_soon = (i.saturating_sub(4).max(sent.start + 1)..i)
            .find(|&k| word(k).eq_ignore_ascii_case("soon") && word(k + 1).eq_ignore_ascii_case("as"));
        if let Some(k) = as_soon.filter(|_| word_cue(w) == Cue::Past) {
            i = k - 1;
            continue;
        }
        if let Some(d) = judge(if i > 0 { word(i - 1) } else { "" }, w, word(i + 1), word(i + 2)) {
            return Some(d);
        }
    }
    // Then forwards ("On Monday, the minister said ...").
    // A fronted expression ("In September, it announced ...": only a
    // preposition before it) modifies the main verb after it, reporting
    // verbs included.
    let fronted = first.saturating_sub(sent.start) <= 3
        && (sent.start..first).all(|k| {
            matches!(
                word(k).to_ascii_lowercase().as_str(),
                "in" | "on" | "at" | "by" | "since" | "until" | "during" | "and" | "but" | "``" | "\""
            )
        });
    let mut j = last + 1;
    let mut steps = 0;
    while j < sent.end && steps < 10 {
        let w = word(j);
        // A comma after an expression that is not fronted closes its
        // clause: "sued to block the deal in February, saying it would
        // hurt shoppers" ("would" is the saying's).
        if is_boundary(w) || (w == "," && !fronted) {
            break;
        }
        // Reporting verbs after the expression ("..., the company said")
        // say when it was said, not when it happens.
        if fronted || !matches!(w, "said" | "told" | "added" | "reported" | "announced" | "stated" | "noted" | "says") {
            let prev = if j > 0 { word(j - 1) } else { "" };
            if let Some(d) = judge(prev, w, word(j + 1), word(j + 2)) {
                // A fronted time of a plan made in the past ("On Friday,
                // the government planned to pay the claims"): the day of
                // the planning, gone by.
                if fronted && d == Direction::Future && w.ends_with("ed") && !after_be(prev) && !after_modal(prev) {
                    return Some(Direction::Past);
                }
                return Some(d);
            }
        }
        j += 1;
        steps += 1;
    }
    None
}

/// True when the nearest tense cue before token `verb` (back to the
/// sentence start or a clause boundary) is a past one: "raised ...",
/// "was", "has". A future cue ("will", "plans to") or none: false.
fn past_clause<'a>(word: &impl Fn(usize) -> &'a str, start: usize, verb: usize) -> bool {
    let mut i = verb;
    let mut steps = 0;
    while i > start && steps < 20 {
        i -= 1;
        steps += 1;
        let w = word(i);
        if is_boundary(w) {
            break;
        }
        match judge(if i > 0 { word(i - 1) } else { "" }, w, word(i + 1), word(i + 2)) {
            Some(Direction::Past) => return true,
            Some(Direction::Future | Direction::SameWeek) => return false,
            _ => {}
        }
    }
    false
}

/// A modal, "to" or "not" before a verb: the verb is the bare form.
fn after_modal(prev: &str) -> bool {
    matches!(
        prev.to_ascii_lowercase().as_str(),
        "will" | "would" | "to" | "could" | "can" | "may" | "might" | "should" | "must" | "shall" | "not"
    )
}

/// A form of "be" (or "get") before a verb: the verb is a participle.
fn after_be(prev: &str) -> bool {
    matches!(prev.to_ascii_lowercase().as_str(), "be" | "been" | "being" | "is" | "are" | "get" | "gets")
}

fn judge(prev: &str, w: &str, next: &str, next2: &str) -> Option<Direction> {
    match word_cue(w) {
        Cue::Past => {
            // A participle after a form of "be" ("will be held", "has been
            // delayed"): the auxiliary before it decides.
            let participle = !matches!(w, "was" | "were" | "had" | "did" | "ago" | "yesterday" | "last");
            if participle && after_be(prev) {
                return None;
            }
            let low = w.to_ascii_lowercase();
            // A past form that is also the bare verb ("cut", "set", "hit")
            // after a modal or "to" is the bare verb: "will cut rates in
            // December", "expected to hit the coast on Friday".
            if participle && after_modal(prev) && !low.ends_with("ed") {
                return None;
            }
            // An -ed adjective: after a determiner ("the planned merger"),
            // or negated with un- ("an unspecified date").
            let regular = low.ends_with("ed") && !IRREGULAR_PAST.contains(&low.as_str());
            if regular
                && (matches!(
                    prev.to_ascii_lowercase().as_str(),
                    "a" | "an" | "the" | "this" | "that" | "these" | "those" | "its" | "their" | "his" | "her" | "our"
                ) || (low.starts_with("un") && !UN_VERBS.contains(&low.as_str())))
            {
                return None;
            }
            Some(Direction::Past)
        }
        Cue::Future => {
            // "would have", "will have been" stay future-ish; "set" only
            // before "to" or "for".
            if w.eq_ignore_ascii_case("set") && !matches!(next, "to" | "for") {
                // Otherwise the past form ("its record high set on Aug.
                // 6"), unless the bare verb or a participle after be ("will
                // set", "to set", "is set").
                let bare = after_modal(prev) || after_be(prev);
                return (!bare).then_some(Direction::Past);
            }
            if w.eq_ignore_ascii_case("going") && next != "to" {
                return None;
            }
            // "likely to": a prospect; "likely" alone is no cue.
            if w.eq_ignore_ascii_case("likely") && next != "to" {
                return None;
            }
            // "next to the embassy" is a place.
            if w.eq_ignore_ascii_case("next") && next == "to" {
                return None;
            }
            // "could have", "might have been": past.
            if matches!(w, "could" | "might" | "should" | "would") && next == "have" {
                return Some(Direction::Past);
            }
            // "as soon as", "as early as" only.
            if matches!(w, "soon" | "early") && next != "as" {
                return None;
            }
            // "plan(s)" is a verb before "to" or an object ("plans a
            // visit"); "vacation plans for the trip" is a noun.
            if matches!(w.to_ascii_lowercase().as_str(), "plan" | "plans" | "planning")
                && !matches!(next, "to" | "a" | "an" | "the" | "on")
            {
                return None;
            }
            // A participle after its noun, before a preposition ("a memorial
            // service planned at the university for Saturday was
            // cancelled"): the clause's own verb decides.
            if w.eq_ignore_ascii_case("planned")
                && matches!(next, "at" | "for" | "in" | "on" | "by")
                && prev.len() > 2
                && prev.bytes().all(|b| b.is_ascii_lowercase())
                && !matches!(
                    prev,
                    "was" | "were" | "is" | "are" | "been" | "being" | "had" | "has" | "have" | "they" | "she" | "who"
                )
            {
                return None;
            }
            // "As planned", "as expected", "as previously scheduled": a
            // comparison with the plan, not a plan; "originally scheduled
            // for Monday": the plan of old. The clause's own verb decides
            // ("went ahead as planned on Sunday").
            if w.ends_with("ed")
                && matches!(prev.to_ascii_lowercase().as_str(), "as" | "previously" | "originally" | "initially")
            {
                return None;
            }
            // A participle used as an adjective after a determiner ("who
            // cancelled a planned trip to China on Sunday", "the expected
            // merger"): the clause's own verb decides.
            if w.ends_with("ed")
                && matches!(
                    prev.to_ascii_lowercase().as_str(),
                    "a" | "an" | "the" | "this" | "that" | "its" | "their" | "his" | "her" | "our"
                )
            {
                return None;
            }
            Some(Direction::Future)
        }
        Cue::PastBe => Some(
            if next == "to"
                || matches!(next, "due" | "scheduled" | "expected" | "set")
                || (next2 == "to" && next.ends_with("ly"))
            {
                Direction::SameWeek
            } else {
                Direction::Past
            },
        ),
        Cue::PresBe => {
            // "is widely expected to", "is currently due": past the adverb.
            let next = if next.ends_with("ly") && !next2.is_empty() { next2 } else { next };
            if next == "to"
                || next == "due"
                || next == "scheduled"
                || next == "expected"
                || next == "set"
                || next == "slated"
                || next == "supposed"
            {
                Some(Direction::Future)
            } else {
                None
            }
        }
        Cue::Perfect => Some(Direction::Past),
        Cue::Present => Some(Direction::Neutral),
        // The infinitive of an agreement, decision or promise points past
        // it: "has decided to admit them in March", "an agreement to
        // acquire the bank in January".
        Cue::None if w == "to" && COMMIT_TO.contains(&prev.to_ascii_lowercase().as_str()) => Some(Direction::Future),
        Cue::None => None,
    }
}

/// Uses the syntax layer when it is there: the verb that governs the time
/// expression, its auxiliaries and its tense features.
fn direction_from_syntax(doc: &Document, sent: std::ops::Range<usize>, first: usize, last: usize) -> Option<Direction> {
    let toks = &doc.tokens;
    if toks.len() < sent.end || sent.is_empty() || toks.get(first)?.upos.is_none() {
        return None;
    }
    // The token of the expression whose head lies outside it.
    let mut h = None;
    for t in toks.iter().take(last.saturating_add(1)).skip(first) {
        if let Some(hd) = t.head {
            let hd = hd as usize;
            if hd < first || hd > last {
                h = Some(hd);
                break;
            }
        }
    }
    let text = doc.text();
    // Walk up to a verb.
    let mut cur = h?;
    let mut steps = 0;
    loop {
        let t = toks.get(cur)?;
        if matches!(t.upos, Some(Upos::VERB) | Some(Upos::AUX)) {
            break;
        }
        steps += 1;
        if steps > 4 {
            return None;
        }
        cur = t.head? as usize;
    }
    let verb_word = toks.get(cur)?.span.get(text).unwrap_or("");
    // A bare weekday the verb governs directly, a verb the tagger read as
    // a word (not a stray foreign token: "Dar es Salaam"). A clock on a
    // weekday may hang on the verb's object ("takes effect at 1 p.m. on
    // Thursday").
    let is_weekday = |k: usize| is_weekday_name(toks.get(k).and_then(|t| t.span.get(text)).unwrap_or(""));
    let clock_day = !is_weekday(first) && steps <= 1 && (first..=last).any(is_weekday);
    let weekday = (steps == 0 || clock_day)
        && verb_word.len() >= 3
        && verb_word.bytes().all(|b| b.is_ascii_lowercase())
        && (first..=last).any(is_weekday);
    verb_direction(doc, sent, cur, weekday, 0)
}

/// The direction the verb at token `cur` gives; `weekday`: the expression
/// is a bare weekday the verb governs directly. A gerund or participle
/// with no auxiliary and no tense of its own ("rising to a high in June
/// from $29.75 in March", hung on "has fluctuated") takes the tense of the
/// verb it hangs on.
fn verb_direction(
    doc: &Document,
    sent: std::ops::Range<usize>,
    cur: usize,
    weekday: bool,
    depth: usize,
) -> Option<Direction> {
    let toks = &doc.tokens;
    let text = doc.text();
    let verb = toks.get(cur)?;
    let lemma = |t: &dateline_core::Token| {
        t.lemma.clone().unwrap_or_else(|| t.span.get(text).unwrap_or("").to_ascii_lowercase())
    };
    let mut past = false;
    let mut future = false;
    let mut perfect = false;
    let mut be_past = false;
    let mut be_pres = false;
    let mut has_aux = false;
    let mut has_aux_or_to = cur > sent.start && {
        let w = toks[cur - 1].span.get(text).unwrap_or("");
        w.eq_ignore_ascii_case("to")
    };
    for (k, t) in toks.iter().enumerate().take(sent.end).skip(sent.start) {
        if t.head != Some(cur as u32) || k == cur {
            continue;
        }
        let rel = t.deprel.as_deref().unwrap_or("");
        if rel.starts_with("aux") || rel == "mark" {
            has_aux_or_to = true;
        }
        if rel.starts_with("aux") {
            has_aux = true;
            let l = lemma(t);
            let feats = t.feats.as_deref().unwrap_or("");
            match l.as_str() {
                "will" | "shall" | "would" | "'ll" => future = true,
                "have" => perfect = true,
                "be" if feats.contains("Tense=Past") => be_past = true,
                "be" if feats.contains("Tense=Pres") => be_pres = true,
                _ if feats.contains("Tense=Past") => past = true,
                _ => {}
            }
        }
    }
    let vl = lemma(verb);
    if matches!(vl.as_str(), "plan" | "schedule" | "expect" | "intend" | "aim" | "hope") {
        return Some(Direction::Future);
    }
    // "were to meet": the verb is an xcomp of a past "be".
    if let Some(p) = verb.head.and_then(|p| toks.get(p as usize)) {
        let pl = lemma(p);
        if pl == "be"
            && p.feats.as_deref().unwrap_or("").contains("Tense=Past")
            && verb.deprel.as_deref() == Some("xcomp")
        {
            return Some(Direction::SameWeek);
        }
        if matches!(pl.as_str(), "plan" | "schedule" | "expect" | "intend" | "aim" | "hope" | "want")
            && verb.deprel.as_deref() == Some("xcomp")
        {
            return Some(Direction::Future);
        }
    }
    if future {
        return Some(Direction::Future);
    }
    if perfect || past || be_past {
        return Some(Direction::Past);
    }
    // A purpose or complement infinitive of a past verb that does not look
    // ahead happened then too: "The agency sued to block the deal in
    // February", "flew to Paris to meet him on Monday"; not "agreed to
    // meet in March" or "urged them to vote in May".
    if !has_aux && depth < 3 && verb.xpos.as_deref() == Some("VB") && cur > sent.start {
        let to = toks[cur - 1].span.get(text).unwrap_or("").eq_ignore_ascii_case("to");
        let rel = verb.deprel.as_deref().unwrap_or("");
        if let Some(head) = verb.head.map(|h| h as usize).filter(|h| sent.contains(h) && *h < cur) {
            let ht = &toks[head];
            if to
                && matches!(rel, "advcl" | "xcomp")
                && ht.upos == Some(Upos::VERB)
                && !LOOKS_AHEAD.contains(&lemma(ht).as_str())
                && verb_direction(doc, sent.clone(), head, false, depth + 1) == Some(Direction::Past)
            {
                return Some(Direction::Past);
            }
        }
    }
    let feats = verb.feats.as_deref().unwrap_or("");
    // A present passive or progressive ("when the case is heard in May",
    // "they are meeting Monday") is a present, whatever the participle's
    // own tense feature.
    let present_be = be_pres && feats.contains("VerbForm=Part");
    if !present_be && (feats.contains("Tense=Past") || verb.xpos.as_deref() == Some("VBD")) {
        return Some(Direction::Past);
    }
    if present_be || feats.contains("Tense=Pres") && feats.contains("VerbForm=Fin") {
        // A present-simple main verb of an event governing the expression
        // is a schedule in news ("the two leaders meet Monday", "the
        // case is heard Monday"); not a verb of saying, a copula or a verb
        // of state ("says", "is", "remains").
        if scheduled_present(&vl) && weekday {
            return Some(Direction::Future);
        }
        return Some(Direction::Neutral);
    }
    // The tagger's bare form of a present verb: no tense, auxiliary or
    // "to" ("He and Arafat meet separately Monday" read as VB).
    if weekday && scheduled_present(&vl) && verb.xpos.as_deref() == Some("VB") && !has_aux_or_to {
        return Some(Direction::Future);
    }
    if !has_aux && verb.xpos.as_deref() == Some("VBG") && depth < 3 {
        let head = verb.head? as usize;
        if matches!(toks.get(head)?.upos, Some(Upos::VERB | Upos::AUX)) && sent.contains(&head) {
            return verb_direction(doc, sent, head, false, depth + 1);
        }
    }
    if feats.contains("Tense=Pres") {
        return Some(Direction::Neutral);
    }
    None
}

/// A present-tense verb whose event happens at the time it governs: not
/// saying, being, having or lasting.
fn scheduled_present(lemma: &str) -> bool {
    !matches!(
        lemma,
        "be" | "have"
            | "do"
            | "say"
            | "tell"
            | "remain"
            | "continue"
            | "stay"
            | "seem"
            | "appear"
            | "know"
            | "think"
            | "believe"
            | "want"
            | "need"
            | "like"
            | "mean"
            | "show"
            | "report"
            | "claim"
            | "add"
            | "note"
            | "insist"
            | "argue"
            | "contend"
            | "acknowledge"
            | "admit"
            | "deny"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cues() {
        assert_eq!(judge("", "were", "to", "meet"), Some(Direction::SameWeek));
        assert_eq!(judge("", "will", "meet", ""), Some(Direction::Future));
        assert_eq!(judge("", "told", "reporters", ""), Some(Direction::Past));
        assert_eq!(judge("", "mended", "", ""), Some(Direction::Past));
        assert_eq!(judge("", "need", "", ""), None);
        assert_eq!(judge("", "is", "scheduled", ""), Some(Direction::Future));
        assert_eq!(judge("", "has", "engaged", ""), Some(Direction::Past));
        assert_eq!(judge("", "are", "supposed", "to"), Some(Direction::Future));
        assert_eq!(judge("decided", "to", "admit", ""), Some(Direction::Future));
        assert_eq!(judge("rising", "to", "a", ""), None);
        assert_eq!(judge("vacation", "plans", "for", ""), None);
        assert_eq!(judge("company", "plans", "to", ""), Some(Direction::Future));
    }
}
