//! What an amount measures: from the dependency parse when the syntax
//! layer ran, from noun-phrase chunk rules over tokens otherwise.

use crate::scan::Found;
use crate::toks::Toks;
use dateline_core::{AmountKind, Document, EntityKind, Upos};

/// Function words and frequent verbs that end a noun phrase.
fn is_stop(w: &str) -> bool {
    matches!(
        w,
        "in" | "on"
            | "at"
            | "by"
            | "for"
            | "with"
            | "to"
            | "from"
            | "of"
            | "into"
            | "onto"
            | "over"
            | "under"
            | "since"
            | "after"
            | "before"
            | "during"
            | "about"
            | "against"
            | "between"
            | "through"
            | "per"
            | "than"
            | "as"
            | "via"
            | "across"
            | "including"
            | "like"
            | "among"
            | "within"
            | "without"
            | "toward"
            | "towards"
            | "until"
            | "till"
            | "upon"
            | "amid"
            | "despite"
            | "versus"
            | "vs"
            | "and"
            | "or"
            | "but"
            | "nor"
            | "so"
            | "yet"
            | "while"
            | "because"
            | "although"
            | "though"
            | "if"
            | "whether"
            | "that"
            | "which"
            | "who"
            | "whom"
            | "whose"
            | "where"
            | "when"
            | "it"
            | "they"
            | "we"
            | "he"
            | "she"
            | "i"
            | "you"
            | "them"
            | "us"
            | "him"
            | "is"
            | "are"
            | "was"
            | "were"
            | "be"
            | "been"
            | "being"
            | "am"
            | "has"
            | "have"
            | "had"
            | "do"
            | "does"
            | "did"
            | "will"
            | "would"
            | "could"
            | "should"
            | "may"
            | "might"
            | "must"
            | "can"
            | "shall"
            | "said"
            | "says"
            | "say"
            | "told"
            | "tell"
            | "rose"
            | "fell"
            | "rise"
            | "fall"
            | "rises"
            | "falls"
            | "risen"
            | "fallen"
            | "also"
            | "only"
            | "just"
            | "not"
            | "now"
            | "then"
            | "still"
            | "already"
            | "last"
            | "next"
            | "this"
            | "these"
            | "those"
            | "there"
            | "here"
            | "ago"
            | "each"
            | "every"
            | "more"
            | "most"
            | "less"
            | "least"
            | "very"
            | "too"
            | "a"
            | "an"
            | "the"
            | "its"
            | "their"
            | "his"
            | "her"
            | "our"
            | "my"
            | "your"
            | "vs."
            | "a.m."
            | "p.m."
            | "monday"
            | "tuesday"
            | "wednesday"
            | "thursday"
            | "friday"
            | "saturday"
            | "sunday"
            | "today"
            | "yesterday"
            | "tomorrow"
            | "year"
            | "years"
            | "month"
            | "months"
            | "week"
            | "weeks"
            | "day"
            | "days"
            | "go"
            | "goes"
            | "went"
            | "came"
            | "come"
            | "got"
            | "get"
            | "gets"
            | "make"
            | "made"
            | "take"
            | "took"
            | "taken"
            | "give"
            | "gave"
            | "given"
            | "see"
            | "saw"
            | "seen"
            | "expected"
            | "according"
            | "plans"
            | "plan"
            | "want"
            | "wants"
            | "need"
            | "needs"
            | "agreed"
            | "reported"
            | "killed"
            | "died"
            | "arrested"
            | "left"
            | "remain"
            | "remained"
            | "remains"
            | "total"
            | "totaled"
            | "totalled"
            | "compared"
            | "up"
            | "down"
            | "out"
            | "off"
            | "away"
            | "back"
            | "again"
            | "such"
            | "other"
            | "another"
            | "what"
            | "how"
            | "why"
            | "all"
            | "both"
            | "some"
            | "any"
            | "no"
            | "none"
            | "one"
            | "ones"
            | "own"
            | "same"
            | "worth"
            | "fewer"
            | "share"
            | "year-on-year"
            | "below"
            | "above"
            | "beyond"
            | "behind"
            | "near"
            | "around"
            | "outside"
            | "inside"
            | "ahead"
            | "along"
            | "throughout"
            | "except"
            | "plus"
            | "minus"
            | "respectively"
            | "late"
            | "early"
            | "mid"
            | "daily"
            | "pct"
            | "percent"
            | "cts"
            | "dlrs"
            | "mln"
            | "bln"
            | "billion"
            | "million"
            | "earlier"
            | "later"
            | "previously"
            | "currently"
            | "recently"
            | "today's"
            | "than,"
            | "against,"
            | "due"
            | "ended"
    )
}

/// True when token `i` follows the token before it with no space
/// ("747" "-400s").
fn glued(doc: &Document, i: usize) -> bool {
    match (doc.tokens.get(i.wrapping_sub(1)), doc.tokens.get(i)) {
        (Some(p), Some(t)) => p.span.end == t.span.start,
        _ => false,
    }
}

/// A month or weekday name, a year or a noun of time: words of time,
/// never what an amount counts.
fn is_time_word(w: &str) -> bool {
    let lower = w.to_ascii_lowercase();
    matches!(
        lower.as_str(),
        "day" | "days" | "week" | "weeks" | "month" | "months" | "year" | "years" | "quarter" | "quarters"
    ) || (w.chars().next().is_some_and(char::is_uppercase)
        && (crate::toks::is_month(w) || dateline_core::calendar::weekday_name(w).is_some()))
        || (w.len() == 4 && w.bytes().all(|b| b.is_ascii_digit()) && (w.starts_with("19") || w.starts_with("20")))
        || (w.len() == 5 && w.ends_with("0s") && w.get(..4).is_some_and(|d| d.bytes().all(|b| b.is_ascii_digit())))
}

/// Verbs that set a level ("held its rate at 4.25%", "raised prices by
/// 5%"): an amount in their oblique measures their object.
/// Verbs whose object is a sum handed over, charged or gathered.
fn is_transfer_verb(lemma: &str) -> bool {
    matches!(
        lemma,
        "pay"
            | "fine"
            | "spend"
            | "raise"
            | "borrow"
            | "lend"
            | "invest"
            | "give"
            | "offer"
            | "award"
            | "donate"
            | "pledge"
            | "allocate"
            | "owe"
            | "charge"
            | "collect"
            | "seek"
            | "demand"
            | "receive"
            | "send"
            | "provide"
            | "approve"
            | "earmark"
            | "grant"
            | "commit"
            | "buy"
            | "sell"
            | "want"
            | "accept"
            | "secure"
            | "request"
            | "propose"
    )
}

/// Nouns an "of" amount does not measure: changes, whose measure is what
/// changed ("a rise of 5%"), and words for the amount itself ("a total of
/// $5 million", "a high of $92.40": what reached it is measured).
fn is_amount_noun(lemma: &str) -> bool {
    matches!(
        lemma,
        "rise"
            | "increase"
            | "fall"
            | "drop"
            | "decline"
            | "gain"
            | "jump"
            | "growth"
            | "decrease"
            | "reduction"
            | "cut"
            | "hike"
            | "surge"
            | "slump"
            | "change"
            | "total"
            | "sum"
            | "amount"
            | "figure"
            | "maximum"
            | "minimum"
            | "average"
            | "median"
            | "tally"
            | "excess"
            | "raise"
            | "high"
            | "low"
            | "peak"
            | "record"
            | "level"
            | "trough"
    )
}

/// A market session the amount happened in ("in early trading", "in the
/// session", "in thin dealings", "in Asian trade"): a time, not an object.
fn is_session(doc: &Document, ch: &[Vec<u32>], c: usize) -> bool {
    let w = tok_text(doc, c).to_ascii_lowercase();
    if !has_case(doc, ch, c, &["in"]) {
        return false;
    }
    match w.as_str() {
        "trading" | "session" | "sessions" | "dealings" => true,
        "trade" | "deals" | "dealing" => ch.get(c).is_some_and(|cc| {
            cc.iter().any(|&x| {
                matches!(rel(doc, x as usize), "amod" | "compound")
                    && matches!(
                        tok_text(doc, x as usize).to_ascii_lowercase().as_str(),
                        "early"
                            | "late"
                            | "afternoon"
                            | "morning"
                            | "midday"
                            | "evening"
                            | "overnight"
                            | "asian"
                            | "european"
                            | "london"
                            | "thin"
                            | "light"
                            | "heavy"
                            | "volatile"
                            | "choppy"
                            | "holiday"
                            | "after-hours"
                            | "premarket"
                            | "pre-market"
                    )
            })
        }),
        _ => false,
    }
}

fn is_setting_verb(lemma: &str) -> bool {
    matches!(
        lemma,
        "hold"
            | "keep"
            | "leave"
            | "set"
            | "put"
            | "raise"
            | "lift"
            | "cut"
            | "lower"
            | "reduce"
            | "trim"
            | "increase"
            | "boost"
            | "peg"
            | "fix"
            | "maintain"
            | "slash"
            | "hike"
            | "revise"
            | "estimate"
            | "forecast"
            | "value"
            | "price"
    )
}

/// Verbs of change whose subject is what a percent or money amount measures.
pub(crate) fn is_change_verb(w: &str) -> bool {
    matches!(
        w,
        "weakened"
            | "strengthened"
            | "firmed"
            | "slowed"
            | "accelerated"
            | "sank"
            | "retreated"
            | "rallied"
            | "rebounded"
            | "recovered"
            | "appreciated"
            | "depreciated"
            | "softened"
            | "narrowed"
            | "widened"
            | "inched"
            | "topped"
            | "exceeded"
            | "surpassed"
            | "doubled"
            | "tripled"
            | "rose"
            | "rise"
            | "rises"
            | "risen"
            | "rising"
            | "fell"
            | "fall"
            | "falls"
            | "fallen"
            | "falling"
            | "increased"
            | "increase"
            | "increases"
            | "increasing"
            | "decreased"
            | "decrease"
            | "decreases"
            | "gained"
            | "gain"
            | "gains"
            | "jumped"
            | "jump"
            | "jumps"
            | "climbed"
            | "climb"
            | "climbs"
            | "dropped"
            | "drop"
            | "drops"
            | "declined"
            | "decline"
            | "declines"
            | "slipped"
            | "slip"
            | "slips"
            | "slumped"
            | "slump"
            | "surged"
            | "surge"
            | "surges"
            | "soared"
            | "soar"
            | "soars"
            | "plunged"
            | "plunge"
            | "plunges"
            | "tumbled"
            | "tumble"
            | "grew"
            | "grow"
            | "grows"
            | "grown"
            | "shrank"
            | "shrink"
            | "shrunk"
            | "slid"
            | "slide"
            | "advanced"
            | "eased"
            | "edged"
            | "dipped"
            | "totaled"
            | "totalled"
            | "total"
            | "totals"
            | "reached"
            | "reach"
            | "reaches"
            | "stood"
            | "stands"
            | "was"
            | "were"
            | "is"
            | "are"
            | "cut"
            | "cuts"
            | "raised"
            | "raise"
            | "raises"
            | "lowered"
            | "lower"
            | "reduced"
            | "reduce"
            | "boosted"
            | "boost"
            | "expanded"
            | "contracted"
            | "lost"
            | "lose"
            | "loses"
            | "added"
            | "add"
            | "adds"
            | "amounted"
            | "came"
            | "hit"
    )
}

/// Verbs whose object (before "by") is what changes ("cut tariffs by 15 percent").
fn is_transitive_change(w: &str) -> bool {
    matches!(
        w,
        "cut"
            | "cuts"
            | "raised"
            | "raise"
            | "raises"
            | "lowered"
            | "lower"
            | "reduced"
            | "reduce"
            | "boosted"
            | "boost"
            | "increased"
            | "increase"
            | "decreased"
            | "decrease"
    )
}

fn is_plural_head(w: &str) -> bool {
    if matches!(
        w,
        "people"
            | "men"
            | "women"
            | "children"
            | "police"
            | "personnel"
            | "staff"
            | "cattle"
            | "sheep"
            | "livestock"
            | "fish"
            | "aircraft"
            | "troops"
            | "feet"
    ) {
        return true;
    }
    w.len() > 3
        && w.ends_with('s')
        && !w.ends_with("ss")
        && !w.ends_with("us")
        && !w.ends_with("is")
        && w.bytes().all(|b| b.is_ascii_lowercase())
}

/// A token that can be part of a noun phrase (no syntax available).
fn np_word(t: &Toks, i: usize, first: bool) -> bool {
    let r = t.raw(i);
    let w = t.w(i);
    if r.is_empty() || is_stop(w) || (crate::toks::is_month(w) && t.capitalized(i)) {
        return false;
    }
    if w.len() > 5
        && w.ends_with("ly")
        && !t.capitalized(i)
        && !matches!(w, "supply" | "family" | "assembly" | "monopoly" | "anomaly" | "rally" | "reply")
    {
        return false; // adverbs
    }
    if matches!(r, "'s" | "\u{2019}s" | "'" | "&") {
        return !first;
    }
    if t.dash(i) {
        return !first && t.glued(i.wrapping_sub(1)) && t.glued(i);
    }
    if !t.alpha(i) {
        // "G7", "COVID-19": alphanumerics with a letter
        return r.chars().next().is_some_and(char::is_alphabetic) && r.chars().all(char::is_alphanumeric);
    }
    if !t.capitalized(i)
        && ((w.ends_with("ed")
            && w.len() > 4
            && !matches!(
                w,
                "hundred"
                    | "armed"
                    | "injured"
                    | "wounded"
                    | "displaced"
                    | "detained"
                    | "registered"
                    | "skilled"
                    | "unemployed"
                    | "proposed"
                    | "planned"
                    | "combined"
                    | "unnamed"
                    | "listed"
                    | "united"
                    | "unidentified"
                    | "elected"
                    | "red"
                    | "bed"
                    | "need"
                    | "seed"
                    | "speed"
                    | "feed"
                    | "shed"
            ))
            || (w.ends_with("ing")
                && w.len() > 5
                && !matches!(
                    w,
                    "building"
                        | "buildings"
                        | "spending"
                        | "funding"
                        | "financing"
                        | "housing"
                        | "lending"
                        | "shipping"
                        | "mining"
                        | "banking"
                        | "clothing"
                        | "training"
                        | "trading"
                        | "fishing"
                        | "offering"
                        | "listing"
                        | "holding"
                        | "holdings"
                        | "earnings"
                        | "savings"
                        | "borrowing"
                        | "bombing"
                        | "shooting"
                        | "meeting"
                        | "killing"
                        | "fighting"
                )))
    {
        return false;
    }
    true
}

/// A noun phrase starting at token `k` (leading articles skipped). With
/// `stop_plural`, ends after the first plural head noun ("2,000 troops
/// invaded"). With `pp`, extends over one "to/for/from/on/against" phrase.
pub(crate) fn np_after(t: &Toks, k: usize, limit: usize, stop_plural: bool, pp: bool) -> Option<(usize, usize)> {
    let mut s = k;
    while s < limit && t.is_any(s, &["the", "a", "an"]) {
        s += 1;
    }
    let mut e = s;
    let mut words = 0;
    while e < limit && words < 6 && np_word(t, e, e == s) {
        let w = t.w(e);
        e += 1;
        words += 1;
        if stop_plural
            && is_plural_head(w)
            && !(t.raw(e).ends_with('s') && (t.raw(e) == "'s" || t.raw(e) == "\u{2019}s"))
        {
            break;
        }
    }
    // trim trailing possessives and dashes
    while e > s && (t.dash(e - 1) || matches!(t.raw(e - 1), "'s" | "\u{2019}s" | "'" | "&")) {
        e -= 1;
    }
    if e == s {
        return None;
    }
    if pp && t.is_any(e, &["to", "for", "from", "on", "against"]) && e + 1 < limit {
        let mut s2 = e + 1;
        while s2 < limit && t.is_any(s2, &["the", "a", "an"]) {
            s2 += 1;
        }
        let mut e2 = s2;
        let mut n = 0;
        while e2 < limit && n < 4 && np_word(t, e2, e2 == s2) {
            e2 += 1;
            n += 1;
        }
        while e2 > s2 && (t.dash(e2 - 1) || matches!(t.raw(e2 - 1), "'s" | "\u{2019}s")) {
            e2 -= 1;
        }
        if e2 > s2 {
            e = e2;
        }
    }
    Some((s, e))
}

/// A noun phrase ending just before token `k` (walking left), with one
/// "of/on/for/in" extension to the left ("tariffs on farm goods").
fn np_before(t: &Toks, k: usize, floor: usize, pp: bool) -> Option<(usize, usize)> {
    let e = k;
    let mut s = k;
    let mut n = 0;
    while s > floor
        && n < 5
        && np_word(t, s - 1, false)
        && !t.dash(s - 1)
        && !matches!(t.raw(s - 1), "'s" | "\u{2019}s")
        || (s > floor + 1 && matches!(t.raw(s - 1), "'s" | "\u{2019}s"))
    {
        s -= 1;
        n += 1;
    }
    while s < e && matches!(t.raw(s), "'s" | "\u{2019}s" | "'") {
        s += 1;
    }
    if s == e {
        return None;
    }
    // skip a sentence-initial capital function word ("The")
    // "shares in the company": the article after the preposition
    let art = usize::from(pp && s > floor + 2 && t.is_any(s - 1, &["the", "a", "an"]));
    if pp && s > floor + art && t.is_any(s.wrapping_sub(1 + art), &["of", "on", "for", "in"]) && s >= floor + 2 + art {
        let p = s - 1 - art;
        let mut s2 = p;
        let mut m = 0;
        while s2 > floor && m < 4 && np_word(t, s2 - 1, false) && !is_change_verb(t.w(s2 - 1)) {
            s2 -= 1;
            m += 1;
        }
        // "would not accept quotas on ...": a verb after a modal, "not" or
        // "to" is no part of the phrase.
        if s2 < p
            && s2 > floor
            && t.is_any(
                s2 - 1,
                &["not", "to", "would", "will", "can", "could", "should", "may", "might", "must", "did", "does", "do"],
            )
        {
            s2 += 1;
        }
        if s2 < p && !is_change_verb(t.w(s2)) {
            s = s2;
        }
    }
    // drop verbs at the left edge
    while s < e && is_change_verb(t.w(s)) {
        s += 1;
    }
    (s < e).then_some((s, e))
}

/// The object of an amount by chunk rules.
pub(crate) fn object_by_chunks(t: &Toks, f: &Found, sent: (usize, usize)) -> Option<(usize, usize)> {
    let (lo, hi) = sent;
    let e = f.end;
    let base = f.base;
    let next = t.w(e);
    match base {
        AmountKind::Ordinal => return np_after(t, e, hi, true, false).filter(|(s, x)| *s == e || x - s <= 3),
        AmountKind::Count => {
            if next == "of" {
                // "194 of the 460 seats"
                let mut k = e + 1;
                if t.is(k, "the") && t.raw(k + 1).starts_with(|c: char| c.is_ascii_digit()) {
                    k += 2;
                }
                return np_after(t, k, hi, true, false);
            }
            return np_after(t, e, hi, true, false).filter(|(s, _)| *s == e);
        }
        AmountKind::Fraction
            if matches!(
                next,
                "lower"
                    | "higher"
                    | "more"
                    | "less"
                    | "fewer"
                    | "smaller"
                    | "larger"
                    | "bigger"
                    | "cheaper"
                    | "greater"
            ) =>
        {
            return None; // "a third lower than"
        }
        AmountKind::Fraction => {
            if next == "of" {
                return np_after(t, e + 1, hi, true, false);
            }
            return np_after(t, e, hi, true, false);
        }
        _ => {}
    }
    // money, percent, quantity
    if base == AmountKind::Money && t.is_any(e, &["a", "per"]) && t.is(e + 1, "share") {
        return Some((e + 1, e + 2));
    }
    if next == "of"
        || (next == "in"
            && base == AmountKind::Money
            && !t.is_any(e + 1, &["the", "a", "an", "this", "that", "its", "their", "his", "her"]))
        || (next == "worth" && t.is(e + 1, "of"))
    {
        let k = if next == "worth" { e + 2 } else { e + 1 };
        // "$1.20 in heavy trading": a market session, not an object
        let session = |(_, x): (usize, usize)| {
            next == "in" && t.is_any(x - 1, &["trading", "session", "sessions", "dealings", "trade", "deals"])
        };
        if let Some(np) = np_after(t, k, hi, false, base == AmountKind::Money).filter(|&np| !session(np)) {
            return Some(np);
        }
    }
    if base != AmountKind::Quantity {
        if let Some((s, x)) = np_after(t, e, hi, true, true) {
            if s == e && t.raw(s).chars().next().is_some_and(char::is_lowercase) {
                return Some((s, x));
            }
        }
    }
    // left: "exports rose 12 pct", "which rose 12% last year to $11.2 billion",
    // "cut tariffs on farm goods by 15 percent"
    if base == AmountKind::Quantity {
        return None;
    }
    // "a shortage of around 800 mln stg", "a stake of 5 pct"
    if f.start > lo + 1 && t.is(f.start - 1, "of") {
        if let Some(np) = np_before(t, f.start - 1, lo, false) {
            return Some(np);
        }
    }
    let mut i = f.start;
    let mut steps = 0;
    while i > lo && steps < 7 {
        i -= 1;
        steps += 1;
        let w = t.w(i);
        if matches!(t.raw(i), "." | ";" | ":" | "\"" | "“" | "”" | "(" | ")" | ",") {
            break;
        }
        if w == "by" && i > lo {
            // "<verb> NP by N": the NP between verb and "by"
            if let Some((s, x)) = np_before(t, i, lo, true) {
                let mut v = s;
                if v > lo && t.is_any(v - 1, &["its", "their", "the", "his", "her", "our", "a", "an"]) {
                    v -= 1;
                }
                if v > lo && is_transitive_change(t.w(v - 1)) {
                    return Some((s, x));
                }
            }
        }
        if is_change_verb(w) {
            let mut v = i;
            // "exports have risen", "which rose"
            while v > lo
                && t.is_any(
                    v - 1,
                    &["have", "has", "had", "will", "would", "also", "sharply", "slightly", "steadily", "only"],
                )
            {
                v -= 1;
            }
            let mut k = v;
            if k > lo && t.is_any(k - 1, &["which", "that"]) {
                k -= 1;
                if k > lo && t.raw(k - 1) == "," {
                    k -= 1;
                }
            }
            // "Shares in the company rose": the whole phrase; "quotas on
            // rice exports, which rose": the noun the clause follows.
            return np_before(t, k, lo, k == v);
        }
    }
    None
}

/// Children lists of a parsed document.
pub(crate) fn children(doc: &Document) -> Vec<Vec<u32>> {
    let mut ch = vec![Vec::new(); doc.tokens.len()];
    for (i, t) in doc.tokens.iter().enumerate() {
        if let Some(h) = t.head {
            if let Some(c) = ch.get_mut(h as usize) {
                if h as usize != i {
                    c.push(i as u32);
                }
            }
        }
    }
    ch
}

fn rel(doc: &Document, i: usize) -> &str {
    doc.tokens.get(i).and_then(|t| t.deprel.as_deref()).unwrap_or("")
}

fn upos(doc: &Document, i: usize) -> Option<Upos> {
    doc.tokens.get(i).and_then(|t| t.upos)
}

/// The text of token `i` ("" when out of range or off character boundaries).
fn tok_text(doc: &Document, i: usize) -> &str {
    doc.tokens.get(i).and_then(|t| doc.text().get(t.span.start..t.span.end)).unwrap_or("")
}

/// Token range of the noun phrase headed by `n`: its compounds,
/// adjectives, possessors and one level of prepositional modifiers.
fn np_of_head(doc: &Document, ch: &[Vec<u32>], n: usize, amount: (usize, usize), depth: u8) -> (usize, usize) {
    let mut lo = n;
    let mut hi = n + 1;
    if depth > 6 {
        return (lo, hi); // malformed (cyclic) parses end here
    }
    if let Some(cs) = ch.get(n) {
        for &c in cs {
            let c = c as usize;
            if c >= amount.0 && c < amount.1 {
                continue;
            }
            let r = rel(doc, c);
            let base = r.split(':').next().unwrap_or(r);
            let take = match base {
                // "votes short of a majority": an adjective after the noun
                // says where the count stands, not what is counted.
                // ("attorneys general", "heir apparent" keep theirs).
                "amod" => c < n || matches!(tok_text(doc, c), "general" | "apparent" | "elect" | "designate"),
                "compound" | "flat" | "fixed" | "goeswith" | "nummod" => true,
                // "protesters after clashes", "survivors during the night":
                // a time, cause or place of the event is no part of it.
                // (a prepositional modifier before its noun is a misparse)
                // "41 people on Tuesday": a time is never part of it.
                "nmod" => {
                    matches!(r, "nmod:poss" | "nmod:desc")
                        || depth == 0 && c > n && !circumstantial(doc, ch, c) && !is_time_word(tok_text(doc, c))
                }
                "case" => c < n && matches!(tok_text(doc, c), "'s" | "\u{2019}s" | "'"),
                _ => false,
            };
            if take {
                let (a, b) = np_of_head(doc, ch, c, amount, depth + 1);
                // prepositional modifiers keep their preposition
                lo = lo.min(a);
                hi = hi.max(b);
                if base == "nmod" && c > n {
                    if let Some(cc) = ch.get(c) {
                        for &x in cc {
                            if rel(doc, x as usize) == "case" {
                                lo = lo.min(x as usize);
                            }
                        }
                    }
                }
            }
        }
    }
    (lo, hi)
}

/// Whether token `k`, after a number, is a plain noun or adjective the
/// number counts ("27 economists"), not a scale, currency, unit or time
/// word that makes the number an amount of its own ("212.5 mln dlrs",
/// "0.9 per cent", "nine month profits").
fn counts_a_noun(doc: &Document, k: usize) -> bool {
    let raw = tok_text(doc, k);
    let w = raw.trim_end_matches('.').to_ascii_lowercase();
    matches!(upos(doc, k), Some(Upos::NOUN | Upos::PROPN | Upos::ADJ))
        && crate::number::scale_word(&w, false).is_none()
        && crate::lexicon::suffix_word(raw, &w).is_none()
        && crate::lexicon::unit1(&w).is_none()
        && !is_time_word(raw)
        && !matches!(w.as_str(), "pct" | "percent" | "per" | "cent" | "%" | "points" | "point")
}

/// Whether the prepositional modifier headed by `c` gives a time, cause
/// or setting ("after clashes", "during the night", "amid protests"); not
/// an accounting term ("profit before tax").
fn circumstantial(doc: &Document, ch: &[Vec<u32>], c: usize) -> bool {
    let accounting = matches!(
        tok_text(doc, c).to_ascii_lowercase().as_str(),
        "tax" | "taxes" | "taxation" | "interest" | "items" | "charges" | "provisions"
    );
    !accounting
        && has_case(
            doc,
            ch,
            c,
            &["after", "before", "during", "since", "until", "amid", "despite", "following", "near"],
        )
}

/// Whether word `c` has a `case` dependent spelled as one of `words` (any
/// letter case).
fn has_case(doc: &Document, ch: &[Vec<u32>], c: usize, words: &[&str]) -> bool {
    ch.get(c).is_some_and(|cc| {
        cc.iter().any(|&x| {
            rel(doc, x as usize) == "case" && words.iter().any(|w| tok_text(doc, x as usize).eq_ignore_ascii_case(w))
        })
    })
}

/// Whether noun `n` is where something was said ("said in a statement"),
/// an adjunct a following clause does not modify.
fn said_in(doc: &Document, n: usize) -> bool {
    rel(doc, n).starts_with("obl")
        && doc.tokens.get(n).and_then(|t| t.head).and_then(|v| doc.tokens.get(v as usize)).is_some_and(|v| {
            matches!(
                v.lemma.as_deref(),
                Some("say" | "tell" | "announce" | "state" | "add" | "report" | "write" | "confirm" | "note")
            )
        })
}

/// Whether token `i` lies in a mention of a person (when the entity layer
/// ran): a person is never what an amount measures.
fn is_person(doc: &Document, i: usize) -> bool {
    let Some(sp) = doc.tokens.get(i).map(|t| t.span) else {
        return false;
    };
    doc.entities
        .iter()
        .filter(|e| e.kind == EntityKind::Person)
        .any(|e| e.mentions.iter().any(|m| m.span.start <= sp.start && sp.end <= m.span.end))
}

/// The object of an amount from the dependency parse.
pub(crate) fn object_by_deps(doc: &Document, ch: &[Vec<u32>], f: &Found) -> Option<(usize, usize)> {
    let (s, e) = (f.start, f.end);
    let amount = (s, e);
    let outside = |i: usize| i < s || i >= e;
    let h = (s..e).find(|&i| doc.tokens.get(i).and_then(|t| t.head).none_or_outside(&outside))?;
    let r = rel(doc, h);
    let head = doc.tokens.get(h).and_then(|t| t.head).map(|x| x as usize);
    // `n` is the phrase's head: when the amount lies inside the phrase
    // ("our 3% target"), the side holding the head is the object.
    let clip = |(a, b): (usize, usize), n: usize| -> Option<(usize, usize)> {
        // never overlap the amount
        let (a, b) = if a < e && b > s {
            if a >= s || (b > e && n >= e) {
                // "747-400 aircraft", "a 12-bank committee": the rest of a
                // word glued to the amount is no part of what it counts.
                let mut a = e;
                while a < b && glued(doc, a) {
                    a += 1;
                }
                (a, b)
            } else {
                (a, s)
            }
        } else {
            (a, b)
        };
        let mut a = a;
        // "the", "of", and a number of its own ("Eleven of 27 economists":
        // economists) start no object.
        // Not a number glued to what follows ("787-9 aircraft").
        while a < b
            && doc.tokens.get(a).is_some_and(|t| match t.upos {
                // not "all" of "all-time low"
                Some(Upos::DET | Upos::ADP) => !glued(doc, a + 1),
                Some(Upos::NUM) => a + 1 < b && !glued(doc, a + 1) && counts_a_noun(doc, a + 1),
                _ => false,
            })
        {
            a += 1;
        }
        // "a coupon of [4 pct]": the "of" before a clipped amount
        let mut b = b;
        while b > a && matches!(upos(doc, b - 1), Some(Upos::ADP | Upos::DET | Upos::PUNCT | Upos::CCONJ)) {
            b -= 1;
        }
        (a < b).then_some((a, b))
    };
    // 1. the amount modifies a noun: "2,000 troops", "a $5 million loan"
    if let Some(hd) = head {
        if matches!(r, "nummod" | "amod" | "compound" | "det" | "nummod:gov" | "nmod:npmod")
            && matches!(upos(doc, hd), Some(Upos::NOUN | Upos::PROPN))
            && f.base != AmountKind::Ordinal
            || (f.base == AmountKind::Ordinal && r == "amod")
        {
            if let Some(hd) = Some(hd) {
                if matches!(upos(doc, hd), Some(Upos::NOUN | Upos::PROPN)) {
                    return clip(np_of_head(doc, ch, hd, amount, 0), hd);
                }
            }
        }
    }
    // 2. "$65 billion in U.S. military aid", "a fifth of Ukraine's territory"
    for i in s..e {
        if let Some(cs) = ch.get(i) {
            for &c in cs {
                let c = c as usize;
                if !outside(c) || c < e {
                    continue;
                }
                let cr = rel(doc, c);
                // "4.4% in October", "1.2% in early trading": a time or a
                // market session is no object.
                if is_time_word(tok_text(doc, c)) || is_session(doc, ch, c) {
                    continue;
                }
                if cr.starts_with("nmod") || cr == "obl" || cr == "compound" && f.base == AmountKind::Money {
                    let case_ok = has_case(doc, ch, c, &["of", "in", "for", "worth"]);
                    // "rose 3.2% in Toronto": a name after "in" is where,
                    // not what ("$65 billion in U.S. military aid" has
                    // its common noun as head).
                    let place = upos(doc, c) == Some(Upos::PROPN) && has_case(doc, ch, c, &["in"]);
                    if (case_ok || cr == "compound") && !place {
                        return clip(np_of_head(doc, ch, c, amount, 0), c);
                    }
                }
            }
        }
    }
    // "patrol boats worth 20 billion yen": the object of an adjective
    // "worth" on a noun is that noun's value.
    if let Some(w) =
        head.filter(|&w| (r == "obj" || r.starts_with("obl")) && tok_text(doc, w).eq_ignore_ascii_case("worth"))
    {
        let noun = doc.tokens.get(w).and_then(|t| t.head).map(|x| x as usize);
        if let Some(n) =
            noun.filter(|&n| matches!(rel(doc, w), "amod" | "acl") && matches!(upos(doc, n), Some(Upos::NOUN)) && n < s)
        {
            return clip(np_of_head(doc, ch, n, amount, 0), n);
        }
    }
    // 3. "a pay offer of 4 percent", "a deficit of $5 billion": an amount
    // that is the "of" modifier of a noun measures that noun; not a change
    // ("a rise of 5%": what rose) nor a word for the amount itself ("a
    // total of $5 million").
    if let Some(hd) = head.filter(|_| r.starts_with("nmod") && f.base != AmountKind::Ordinal) {
        // "patrol boats worth 20 billion yen": the value of the noun.
        let of = has_case(doc, ch, h, &["of", "worth"]);
        let lemma = doc.tokens.get(hd).and_then(|t| t.lemma.as_deref()).unwrap_or("").to_ascii_lowercase();
        // "a dividend of 25 cts a share" keeps "share"
        let per_share = matches!(tok_text(doc, e).to_ascii_lowercase().as_str(), "a" | "per")
            && matches!(tok_text(doc, e + 1).to_ascii_lowercase().as_str(), "share" | "shr");
        // "a rate of 19.25 dlrs worth of debentures", "the sale of 18 to 20
        // jets": what follows the amount is what it counts.
        let own_noun = tok_text(doc, e).eq_ignore_ascii_case("worth")
            || f.unit.is_none()
                && upos(doc, e) == Some(Upos::NOUN)
                && tok_text(doc, e).starts_with(|c: char| c.is_ascii_lowercase())
                && counts_a_noun(doc, e);
        if of
            && !per_share
            && !own_noun
            && hd < s
            && upos(doc, hd) == Some(Upos::NOUN)
            && !is_time_word(tok_text(doc, hd))
            && !is_amount_noun(&lemma)
        {
            return clip(np_of_head(doc, ch, hd, amount, 0), hd);
        }
    }
    // 4. "exports rose 12 pct": the subject of the verb the amount depends on
    if matches!(f.base, AmountKind::Percent | AmountKind::Money | AmountKind::Quantity) {
        let mut v = head?;
        if !matches!(upos(doc, v), Some(Upos::VERB | Upos::AUX)) {
            // "to $11.2 billion" attached to a verb through obl
            v = doc
                .tokens
                .get(v)
                .and_then(|t| t.head)
                .map(|x| x as usize)
                .filter(|&x| matches!(upos(doc, x), Some(Upos::VERB)))?;
        }
        // "kept its benchmark rate at 4.75%", "raised prices by 5%": an
        // amount in an oblique of a verb that sets a level (or hung on its
        // object) measures the object; not "ended the session at $250".
        // Not when the object is itself an amount or a time ("fell 10 pct
        // to 967,000 tonnes", "from 3.8 mln bpd in January").
        let setting = doc.tokens.get(v).and_then(|t| t.lemma.as_deref()).is_some_and(is_setting_verb);
        if setting
            && (r.starts_with("obl") && head == Some(v)
                || r.starts_with("nmod") && head.is_some_and(|h| rel(doc, h) == "obj")
                // "cut its rate by 50 basis points to 4.25%": the level
                // hung on the change before it, itself the verb's oblique.
                || r.starts_with("nmod")
                    && head.is_some_and(|h| {
                        rel(doc, h).starts_with("obl") && doc.tokens.get(h).and_then(|t| t.head) == Some(v as u32)
                    }))
        {
            let obj = ch.get(v)?.iter().map(|&c| c as usize).find(|&c| rel(doc, c) == "obj" && outside(c));
            let counted = |o: usize| {
                ch.get(o).is_some_and(|cs| cs.iter().any(|&x| matches!(rel(doc, x as usize), "nummod" | "nummod:gov")))
            };
            let fit = |o: usize| {
                matches!(upos(doc, o), Some(Upos::NOUN | Upos::PROPN)) && !counted(o) && !is_time_word(tok_text(doc, o))
            };
            if let Some(o) = obj.filter(|&o| fit(o)) {
                return clip(np_of_head(doc, ch, o, amount, 0), o);
            }
        }
        // A sum someone pays, fines, spends or raises ("fined the airline
        // 12 million euros", "paid $4 million") measures no subject: the
        // payer is not what is counted.
        let lemma = doc.tokens.get(v).and_then(|t| t.lemma.as_deref()).unwrap_or("");
        let second_object = ch.get(v).is_some_and(|cs| {
            cs.iter().any(|&c| outside(c as usize) && matches!(rel(doc, c as usize), "obj" | "iobj"))
        });
        let on_object = head.is_some_and(|h| h != v && matches!(rel(doc, h), "obj" | "iobj"));
        // "will borrow about $900 million", "bought it for one euro"; not a
        // level a verb of setting moves to or by ("prices were raised by 5%").
        let case_of = |x: usize| {
            ch.get(x).and_then(|cc| {
                cc.iter()
                    .map(|&c| c as usize)
                    .find(|&c| rel(doc, c) == "case")
                    .map(|c| tok_text(doc, c).to_ascii_lowercase())
            })
        };
        // Not what is sold or bought ("the house sold for $5 million", "the
        // firm is to be sold for ..."): a passive or objectless "sell".
        let has_obj = ch.get(v).is_some_and(|cs| cs.iter().any(|&c| rel(doc, c as usize) == "obj"));
        let passive = ch.get(v).is_some_and(|cs| cs.iter().any(|&c| rel(doc, c as usize) == "nsubj:pass"));
        let oblique = r.starts_with("obl")
            && head == Some(v)
            && !passive
            && (has_obj || lemma != "sell")
            && !case_of(h).is_some_and(|c| c == "by" || setting && matches!(c.as_str(), "to" | "from" | "at"));
        if matches!(r, "obj" | "iobj") && head == Some(v) && (second_object || is_transfer_verb(lemma))
            || (on_object || oblique) && is_transfer_verb(lemma)
        {
            return None;
        }
        // A verb of saying the parse hung the amount on ("took around 31%,
        // the electoral authority said"): its subject is the speaker,
        // never what is measured.
        if matches!(lemma, "say" | "tell" | "add" | "report" | "note" | "write" | "state" | "announce") {
            return None;
        }
        // Of several subjects (a dateline read as one), the nearest before
        // the verb.
        let subjects: Vec<usize> =
            ch.get(v)?.iter().map(|&c| c as usize).filter(|&c| rel(doc, c).starts_with("nsubj")).collect();
        let subj = subjects.iter().copied().filter(|&c| c < v).max().or_else(|| subjects.first().copied())?;
        let mut noun = subj;
        // "shares, which rose 5%", "the price it charges": the noun the
        // relative clause hangs on; not "said in a statement it would
        // commit ..." misread as a relative clause on an adjunct. "who"
        // stands for a person, never measured.
        if upos(doc, subj) == Some(Upos::PRON) && rel(doc, v).starts_with("acl") {
            let n = doc.tokens.get(v).and_then(|t| t.head).map(|x| x as usize)?;
            match tok_text(doc, subj).to_ascii_lowercase().as_str() {
                "which" | "that" => noun = n,
                "who" | "whom" => return None,
                _ if said_in(doc, n) => return None,
                _ => noun = n,
            }
        }
        if is_person(doc, noun) {
            return None;
        }
        if matches!(upos(doc, noun), Some(Upos::NOUN | Upos::PROPN)) {
            return clip(np_of_head(doc, ch, noun, amount, 0), noun);
        }
    }
    None
}

trait HeadOutside {
    fn none_or_outside(self, outside: &dyn Fn(usize) -> bool) -> bool;
}

impl HeadOutside for Option<u32> {
    fn none_or_outside(self, outside: &dyn Fn(usize) -> bool) -> bool {
        match self {
            None => true,
            Some(h) => outside(h as usize),
        }
    }
}
