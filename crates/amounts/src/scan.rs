//! The amount grammar over tokens: modifiers, ranges, money, percents,
//! quantities, counts, fractions, vague plurals and ordinals.

use crate::lexicon::{
    country_currency, dollar_prefix, generic_of, prefix_word, suffix_word, symbol, unit1, unit2, Cur, MODIFIERS,
};
use crate::number::{denominator_word, ordinal_at, parse_num, scale_word, tens_word, unit_word, Digits, Num, NumOpts};
use crate::toks::{is_month, is_time_unit, Toks};
use dateline_core::AmountKind;

/// What the scanner found, in token indices.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Found {
    /// First token.
    pub start: usize,
    /// One past the last token.
    pub end: usize,
    /// Kind.
    pub kind: AmountKind,
    /// Kind of the bounds of a range (same as `kind` otherwise).
    pub base: AmountKind,
    /// Value (lower bound of a range).
    pub value: f64,
    /// Upper bound of a range.
    pub value_max: Option<f64>,
    /// Unit.
    pub unit: Option<String>,
    /// Modifier.
    pub modifier: Option<&'static str>,
    /// A bare count written as the single word "one"/"a" (needs an object).
    pub weak: bool,
}

/// Scanner settings.
#[derive(Debug, Clone)]
pub(crate) struct Ctx {
    /// Whole-string parsing (Duckling-style): looser forms allowed.
    pub standalone: bool,
    /// ISO code of "$" and "dollars".
    pub dollar: String,
    /// ISO code of "grand".
    pub local: String,
    /// Whole-string parsing for one kind: money reads coin names ("a
    /// quarter"), quantity reads "pound" as weight.
    pub prefer: Option<AmountKind>,
}

/// The unit part of a simple amount.
#[derive(Debug, Clone, PartialEq)]
enum What {
    /// A bare number.
    Bare,
    /// Money with its ISO code (or a generic name).
    Money(String),
    /// Percent ("%", "pp", "bp").
    Percent(&'static str),
    /// A quantity in a canonical unit (value already converted).
    Quantity(String),
}

/// One number with its unit ("$5 billion", "12 pct", "2,000").
#[derive(Debug, Clone)]
struct Simple {
    start: usize,
    end: usize,
    value: f64,
    what: What,
    num: Num,
    /// Factor applied to the raw number to reach `value` in the canonical unit.
    factor: f64,
}

impl Toks<'_> {
    /// True when token `i` looks like the start of a number or currency:
    /// a digit, a currency sign, a number word.
    fn numberish(&self, i: usize) -> bool {
        let r = self.raw(i);
        let Some(c) = r.chars().next() else {
            return false;
        };
        if c.is_ascii_digit()
            || matches!(
                c,
                '$' | '€'
                    | '£'
                    | '¥'
                    | '₹'
                    | '.'
                    | '~'
                    | '₩'
                    | '₽'
                    | '₴'
                    | '₪'
                    | '₦'
                    | '₺'
                    | '₱'
                    | '฿'
                    | '￥'
            )
        {
            return true;
        }
        if !c.is_ascii_alphabetic() {
            return false;
        }
        if c.is_ascii_uppercase()
            && r.len() <= 3
            && (self.raw(i + 1) == "$" || crate::lexicon::iso_code(r).is_some() || matches!(r, "Rs" | "RM"))
        {
            return true;
        }
        let w = self.w(i);
        unit_word(w).is_some()
            || tens_word(w).is_some()
            || matches!(
                w,
                "a" | "an" | "half" | "dozen" | "dozens" | "hundreds" | "thousands" | "millions" | "billions" | "tens"
            )
    }

    /// True when the token can begin an amount (cheap filter).
    pub(crate) fn may_start(&self, i: usize) -> bool {
        let r = self.raw(i);
        let Some(c) = r.chars().next() else {
            return false;
        };
        if c.is_ascii_digit()
            || matches!(c, '$' | '€' | '£' | '¥' | '₹' | '~' | '₩' | '₽' | '₴' | '₪' | '₦' | '₺' | '₱' | '฿' | '￥')
        {
            return true;
        }
        if c == '.' {
            return r == "." && self.glued(i) && self.raw(i + 1).starts_with(|d: char| d.is_ascii_digit());
        }
        if !c.is_ascii_alphabetic() {
            return false;
        }
        if c.is_ascii_uppercase() && r.len() <= 8 {
            // codes and glued prefixes: "US$", "EUR", "Rs", "USD3.14", "A$"
            if (r.len() <= 3 && self.raw(i + 1) == "$")
                || crate::lexicon::iso_code(r).is_some()
                || matches!(r, "Rs" | "RM" | "Rs.")
                || (r.len() > 2 && r.as_bytes()[2..].iter().any(u8::is_ascii_digit))
            {
                return true;
            }
        }
        let w = self.w(i);
        if unit_word(w).is_some() || tens_word(w).is_some() || crate::number::ordinal_digits(w).is_some() {
            return true;
        }
        match w {
            "magnitude" => self.numberish(i + 1) || self.raw(i + 1) == "-" && self.numberish(i + 2),
            "half" | "hundreds" | "thousands" | "millions" | "billions" | "dozens" | "tens" | "dozen" | "malaysia"
            | "malaysian" | "ringgit" | "ringgits" => true,
            // articles: "a dozen", "a fifth of", "a third"
            "a" | "an" => {
                let n = self.w(i + 1);
                matches!(n, "dozen" | "hundred" | "thousand" | "million" | "billion" | "trillion" | "lakh" | "crore")
                    || crate::number::denominator_word(n).is_some()
                    || (n == "estimated" && (2..=4).any(|k| self.numberish(i + k)))
            }
            // modifiers and range openers: only before something numeric
            "between" | "from" | "more" | "greater" | "higher" | "just" | "well" | "no" | "not" | "at" | "up"
            | "as" | "less" | "fewer" | "lower" | "close" | "in" | "upwards" | "some" | "about" | "around"
            | "approximately" | "approx" | "roughly" | "nearly" | "almost" | "circa" | "estimated" | "over"
            | "above" | "exceeding" | "under" | "below" | "exactly" | "precisely" => {
                (1..=3).any(|k| self.numberish(i + k))
            }
            _ => crate::number::ordinal_compound(w).is_some(),
        }
    }
}

/// Tries to read one amount starting at token `i`.
pub(crate) fn amount_at(t: &Toks, i: usize, cx: &Ctx) -> Option<Found> {
    let (modifier, j) = modifier_at(t, i);
    let mut f = core_at(t, j, cx)?;
    if modifier.is_some() {
        f.start = i;
        if f.modifier.is_none() {
            f.modifier = modifier;
        }
    }
    Some(f)
}

fn modifier_at(t: &Toks, i: usize) -> (Option<&'static str>, usize) {
    let w = t.w(i);
    if !MODIFIERS.iter().any(|(words, _)| words.first() == Some(&w)) {
        return (None, i);
    }
    for (words, m) in MODIFIERS {
        if words.iter().enumerate().all(|(k, w)| t.w(i + k) == *w) {
            return (Some(m), i + words.len());
        }
    }
    (None, i)
}

fn core_at(t: &Toks, j: usize, cx: &Ctx) -> Option<Found> {
    if cx.prefer == Some(AmountKind::Money) {
        if let Some(f) = range_or_simple(t, j, cx) {
            return Some(f);
        }
    }
    if let Some(f) = vague_at(t, j, cx) {
        return Some(f);
    }
    if let Some(f) = fraction_at(t, j, cx) {
        return Some(f);
    }
    if let Some(f) = range_or_simple(t, j, cx) {
        return Some(f);
    }
    ordinal_found(t, j, cx)
}

fn num_opts(cx: &Ctx, money: bool) -> NumOpts {
    NumOpts { standalone: cx.standalone, money }
}

// ---------------------------------------------------------------- ranges

fn range_or_simple(t: &Toks, j: usize, cx: &Ctx) -> Option<Found> {
    // "rose from 5 to 6 dlrs" is a change between two levels, not a range
    let change_from = t.is(j, "from") && j > 0 && crate::object::is_change_verb(t.w(j - 1));
    if change_from {
        return None;
    }
    let intro = t.is_any(j, &["between", "from"]);
    let a_start = if intro { j + 1 } else { j };
    let a = simple_at(t, a_start, cx);
    if let Some(a) = a.clone() {
        let k = a.end;
        let sep = (t.dash(k) && t.same_line(k - 1))
            || t.is(k, "to")
            || (intro && t.is(k, "and"))
            || (t.is(k, "and") && t.is(k + 1, "between"));
        // "gained $1.40 to $78.20" is a change and a level, not a range
        let after_change = |p: usize| p > 0 && crate::object::is_change_verb(t.w(p - 1));
        let change = t.is(k, "to")
            && !intro
            && (after_change(a.start)
                || (a.start > 0 && t.is(a.start - 1, "by"))
                || (a.start > 1 && t.is(a.start - 1, "from") && after_change(a.start - 1)));
        if sep && !change && (intro || !t.is(k, "and")) {
            let mut b_start = k + 1;
            // "2 - ~7 grams", "between 2.0 g and about 7.0 g"
            if t.raw(b_start) == "~" || t.is_any(b_start, &["about", "around", "approximately", "roughly"]) {
                b_start += 1;
            }
            if let Some(b) = simple_at(t, b_start, cx) {
                if let Some(f) = combine(t, &a, &b, intro, j, cx) {
                    return Some(f);
                }
            }
        }
    }
    let a = a?;
    if intro {
        // "from 10 dollars" without a second bound: the amount alone.
        return finish_simple(t, a, cx);
    }
    finish_simple(t, a, cx)
}

fn combine(t: &Toks, a: &Simple, b: &Simple, intro: bool, j: usize, cx: &Ctx) -> Option<Found> {
    let mut lo = a.value;
    let mut what = a.what.clone();
    let hi;
    match (&a.what, &b.what) {
        (What::Bare, What::Bare) => {
            // years, scores, phone numbers: not ranges
            if is_yearish(&a.num) && is_yearish(&b.num) {
                return None;
            }
            // phone numbers "555-1234"
            if let (Some(da), Some(db)) = (a.num.plain, b.num.plain) {
                if da.int_digits >= 3
                    && db.int_digits >= 4
                    && !da.comma
                    && !db.comma
                    && t.glued(a.end - 1)
                    && t.glued(a.end)
                {
                    return None;
                }
            }
            if !cx.standalone && (bare_excluded(t, a) || bare_excluded(t, b)) {
                return None;
            }
            if !cx.standalone
                && (a.num.digits != b.num.digits
                    || a.num.scaled.is_none() && b.num.scaled.is_none() && !intro && b.value <= a.value)
            {
                return None;
            }
            if a.num.scaled.is_none() {
                if let Some(s) = b.num.scaled {
                    lo *= s;
                }
            }
            hi = b.value;
        }
        (What::Bare, w) => {
            // "5-6 billion euros", "10-20 dollars"; not "April 1 to 110 billion dlrs"
            if !cx.standalone && bare_excluded(t, a) {
                return None;
            }
            lo = a.value * b.factor;
            if a.num.scaled.is_none() {
                if let Some(s) = b.num.scaled {
                    lo *= s;
                }
            }
            what = w.clone();
            hi = b.value;
        }
        (w, What::Bare) => {
            // "$5-6 billion"
            let mut h = b.value * a.factor;
            if a.num.scaled.is_none() {
                if let Some(s) = b.num.scaled {
                    lo *= s;
                }
            } else if b.num.scaled.is_none() {
                if let Some(s) = a.num.scaled {
                    h *= s;
                }
            }
            hi = h;
            what = w.clone();
        }
        (wa, wb) => {
            if wa != wb {
                return None;
            }
            hi = b.value;
        }
    }
    if hi.partial_cmp(&lo) != Some(std::cmp::Ordering::Greater) {
        return None;
    }
    let base = match what {
        What::Bare => AmountKind::Count,
        What::Money(_) => AmountKind::Money,
        What::Percent(_) => AmountKind::Percent,
        What::Quantity(_) => AmountKind::Quantity,
    };
    let unit = unit_of(&what);
    let start = if intro { j } else { a.start };
    Some(Found {
        start,
        end: b.end,
        kind: AmountKind::Range,
        base,
        value: lo,
        value_max: Some(hi),
        unit,
        modifier: None,
        weak: false,
    })
}

fn unit_of(w: &What) -> Option<String> {
    match w {
        What::Bare => None,
        What::Money(c) | What::Quantity(c) => Some(c.clone()),
        What::Percent(p) => Some((*p).to_string()),
    }
}

fn is_yearish(n: &Num) -> bool {
    n.plain.is_some_and(|d: Digits| {
        !d.comma && !d.decimal && !d.slash && d.int_digits == 4 && (1000.0..=2100.0).contains(&d.value)
    })
}

fn finish_simple(t: &Toks, a: Simple, cx: &Ctx) -> Option<Found> {
    // "Three Mile Island", "Seven Sisters": number words inside names
    if !cx.standalone
        && !a.num.digits
        && t.capitalized(a.start)
        && !is_sentence_start(t, a.start)
        && t.capitalized(a.num.end)
    {
        return None;
    }
    let (kind, unit) = match &a.what {
        What::Bare if !cx.standalone && money_table_line(t, a.start) && !a.num.plain.is_some_and(|d| d.slash) => {
            if bare_excluded(t, &a) {
                return None;
            }
            (AmountKind::Money, Some(cx.dollar.clone()))
        }
        What::Bare => {
            if !cx.standalone && bare_excluded(t, &a) {
                return None;
            }
            if a.num.plain.is_some_and(|d| d.slash) {
                (AmountKind::Fraction, None)
            } else {
                (AmountKind::Count, None)
            }
        }
        What::Money(c) => (AmountKind::Money, Some(c.clone())),
        What::Percent(p) => (AmountKind::Percent, Some((*p).to_string())),
        What::Quantity(u) => (AmountKind::Quantity, Some(u.clone())),
    };
    let weak = kind == AmountKind::Count && a.value == 1.0 && !a.num.digits && a.num.scaled.is_none();
    Some(Found {
        start: a.start,
        end: a.end,
        kind,
        base: kind,
        value: a.value,
        value_max: None,
        unit,
        modifier: None,
        weak,
    })
}

/// True when token `i` sits on a line of a financial table whose label
/// names money ("Net 2,374,000 vs 970,000", "Revs 15.7 mln vs 13.1 mln").
fn money_table_line(t: &Toks, i: usize) -> bool {
    let mut k = i;
    let mut steps = 0;
    while k > 0 && steps < 8 && t.same_line(k - 1) {
        k -= 1;
        steps += 1;
    }
    if k > 0 && t.same_line(k - 1) {
        return false; // not near the start of a line
    }
    let label = t.w(k);
    let money = matches!(
        label,
        "net"
            | "revs"
            | "revenues"
            | "revenue"
            | "sales"
            | "profit"
            | "loss"
            | "income"
            | "turnover"
            | "assets"
            | "deposits"
            | "loans"
            | "oper"
    ) && t.capitalized(k);
    // "Net" ... but not "Avg shrs" or "Shr" lines; the label must be followed by numbers, "loss", "profit" or "income"
    money
        && (k + 1..i).all(|x| {
            t.raw(x).starts_with(|c: char| c.is_ascii_digit())
                || t.is_any(
                    x,
                    &[
                        "loss", "profit", "income", "net", "vs", "shr", ",", "mln", "rev", "revs", "oper", "from",
                        "cont", "ops", "gain", "of",
                    ],
                )
        })
}

/// Bare numbers that are not amounts: years, dates, times, durations, model
/// and section numbers, phone numbers, list markers.
fn bare_excluded(t: &Toks, a: &Simple) -> bool {
    let s = a.start;
    let e = a.end;
    let prev = if s > 0 { t.w(s - 1) } else { "" };
    let next = t.w(e);
    if is_yearish(&a.num) {
        return true;
    }
    // The second year of a season or fiscal year: "the 2024-25 season",
    // "fiscal 1999-00".
    if e == s + 1 && s >= 2 && t.dash(s - 1) && t.glued(s - 2) && t.glued(s - 1) && t.raw(s).len() == 2 {
        if let (Ok(y), Ok(n)) = (t.raw(s - 2).parse::<u32>(), t.raw(s).parse::<u32>()) {
            if t.raw(s - 2).len() == 4 && (1900..=2099).contains(&y) && n == (y + 1) % 100 {
                return true;
            }
        }
    }
    if let Some(d) = a.num.plain {
        if d.slash && (d.value >= 1.0 || t.raw(s).split('/').nth(1).is_some_and(|den| den.len() > 1 && den != "10")) {
            return true; // "9/11", "3/15": dates, not fractions
        }
        if d.int_digits > 1 && t.raw(s).starts_with('0') && !d.decimal {
            return true; // "007", codes
        }
    }
    // dates: "June 14", "14 June", "June 14th"
    if is_month(prev) && t.capitalized(s - 1) || is_month(next) && t.capitalized(e) {
        return true;
    }
    if t.is(e, "of") && is_month(t.w(e + 1)) {
        return true;
    }
    // durations and ages: "three years", "two-week", "45-year-old"
    if is_time_unit(next) || (t.dash(e) && t.glued(e - 1) && is_time_unit(t.w(e + 1))) {
        return true;
    }
    if matches!(next, "a.m" | "p.m" | "a.m." | "p.m." | "o'clock" | "hours" | "gmt" | "bst" | "est") {
        return true;
    }
    // An age set off by commas after a name: "said Ana Souza, 42, who
    // ..." (no count of anything).
    if s >= 2
        && e == s + 1
        && prev == ","
        && t.capitalized(s - 2)
        && t.alpha(s - 2)
        && matches!(next, "," | "." | ")")
        && a.num.plain.is_some_and(|d| !d.decimal && !d.comma && d.int_digits <= 3 && (1.0..=120.0).contains(&d.value))
        && !t.raw(e + 1).chars().next().is_some_and(|c| c.is_ascii_digit())
    {
        return true;
    }
    // model/section numbers: "F-16", "Su-35", "COVID-19", "Boeing 737", "Article 5"
    if s > 0
        && t.dash(s - 1)
        && s >= 2
        && t.glued(s - 2)
        && t.glued(s - 1)
        && t.raw(s - 2).chars().next().is_some_and(char::is_alphabetic)
    {
        return true;
    }
    if t.dash(e) && t.glued(e - 1) && t.glued(e) && t.raw(e + 1).chars().next().is_some_and(|c| c.is_ascii_uppercase())
    {
        return true; // "737-MAX"
    }
    if s > 0 && is_section_word(prev, t.raw(s - 1)) {
        return true;
    }
    if s > 0
        && a.num.digits
        && t.capitalized(s - 1)
        && t.alpha(s - 1)
        && !is_month(prev)
        && !is_sentence_start(t, s - 1)
        && !matches!(
            prev,
            "the"
                | "about"
                | "some"
                | "around"
                | "nearly"
                | "over"
                | "under"
                | "and"
                | "or"
                | "to"
                | "by"
                | "of"
                | "in"
                | "from"
        )
    {
        return true; // "Boeing 737", "Apollo 11", "Resolution 242"
    }
    // phone numbers: 555-1234, (212) 555-1234, +44 20 7946 0958
    if a.num.digits
        && (t.dash(e)
            && t.glued(e - 1)
            && t.glued(e)
            && t.raw(e + 1).len() >= 4
            && t.raw(e + 1).bytes().all(|b| b.is_ascii_digit())
            && t.raw(s).len() >= 3
            && t.raw(s).bytes().all(|b| b.is_ascii_digit()))
        || (s > 0 && t.raw(s - 1) == "+" && t.glued(s - 1))
        || (s > 0
            && t.raw(s - 1) == "("
            && t.raw(e) == ")"
            && t.raw(e + 1).bytes().next().is_some_and(|b| b.is_ascii_digit()))
        || (s > 0
            && t.raw(s - 1) == ")"
            && s >= 2
            && t.raw(s - 2).len() == 3
            && t.raw(s - 2).bytes().all(|b| b.is_ascii_digit()))
        || (s > 0
            && t.dash(s - 1)
            && t.glued(s - 1)
            && s >= 2
            && t.glued(s - 2)
            && t.raw(s - 2).bytes().all(|b| b.is_ascii_digit())
            && t.raw(s - 2).len() >= 3
            && t.raw(s).len() >= 4)
    {
        return true;
    }
    // names: "Three Mile Island", "the Big Four"-style capitalized number words
    // mid-sentence, and "Group of 20"
    if !a.num.digits && t.capitalized(s) && !is_sentence_start(t, s) {
        return true;
    }
    if s >= 2 && prev == "of" && t.capitalized(s - 2) && matches!(t.w(s - 2), "group" | "gang" | "club" | "coalition") {
        return true;
    }
    // digit groups ("+44 20 7946 0958", tables): a bare number beside another
    let digit_group = |i: usize| t.raw(i).len() >= 2 && t.raw(i).bytes().all(|b| b.is_ascii_digit());
    if a.num.plain.is_some()
        && digit_group(s)
        && ((s > 0 && digit_group(s - 1) && t.same_line(s - 1)) || (digit_group(e) && t.same_line(e - 1)))
    {
        return true;
    }
    // scores "won 3-1" are caught by the range check; times "10:30" do not parse.
    false
}

fn is_sentence_start(t: &Toks, i: usize) -> bool {
    i == 0
        || matches!(t.raw(i - 1), "." | "!" | "?" | "\"" | "“" | ":" | "(" | "-" | "--" | "\u{2014}")
        || t.text.get(t.spans[i - 1].end..t.spans[i].start).is_some_and(|g| g.contains('\n'))
}

fn is_section_word(w: &str, raw: &str) -> bool {
    matches!(
        w,
        "article"
            | "section"
            | "chapter"
            | "paragraph"
            | "clause"
            | "resolution"
            | "page"
            | "pages"
            | "rule"
            | "item"
            | "flight"
            | "route"
            | "highway"
            | "interstate"
            | "room"
            | "gate"
            | "platform"
            | "model"
            | "version"
            | "channel"
            | "phase"
            | "stage"
            | "grade"
            | "category"
            | "amendment"
            | "title"
            | "level"
            | "row"
            | "seat"
            | "floor"
            | "precinct"
            | "apartment"
            | "lot"
            | "part"
            | "volume"
            | "vol"
            | "no"
            | "nos"
            | "number"
            | "num"
            | "game"
            | "round"
            | "week"
            | "day"
            | "year"
            | "district"
            | "unit"
            | "bus"
            | "line"
            | "tier"
            | "step"
            | "verse"
            | "psalm"
            | "exhibit"
            | "annex"
            | "appendix"
            | "figure"
            | "fig"
            | "table"
            | "sec"
            | "art"
            | "para"
            | "pp"
            | "p"
            | "ext"
            | "tel"
            | "fax"
            | "phone"
            | "iphone"
            | "windows"
            | "boeing"
            | "airbus"
            | "covid"
            | "ps"
            | "xbox"
            | "galaxy"
            | "pixel"
    ) && (w != "no" || raw.ends_with('.'))
}

// ---------------------------------------------------------------- simple

fn simple_at(t: &Toks, j: usize, cx: &Ctx) -> Option<Simple> {
    if j >= t.len() {
        return None;
    }
    if let Some(s) = prefix_money(t, j, cx) {
        return Some(s);
    }
    if let Some(s) = article_money(t, j, cx) {
        return Some(s);
    }
    // An earthquake's magnitude before its number: "a magnitude 6.8
    // earthquake", "a magnitude-6 tremor".
    // Not "a disaster of this magnitude 10 years ago": an article before
    // it or a quake after the number.
    if t.is(j, "magnitude") {
        let k = if t.raw(j + 1) == "-" && t.glued(j) && t.glued(j + 1) { j + 2 } else { j + 1 };
        let n = parse_num(t, k, None, num_opts(cx, false)).filter(|n| {
            n.digits
                && n.value < 11.0
                && (j > 0 && t.is_any(j - 1, &["a", "an", "the"])
                    || t.is_any(n.end, &["quake", "earthquake", "tremor", "aftershock", "temblor"]))
        })?;
        return Some(Simple {
            start: j,
            end: n.end,
            value: n.value,
            what: What::Quantity("magnitude".into()),
            num: n,
            factor: 1.0,
        });
    }
    let n = parse_num(t, j, None, num_opts(cx, false))?;
    if n.article
        && !(cx.standalone
            || matches!(t.w(j + 1), "dozen" | "hundred" | "thousand" | "million" | "billion" | "trillion"))
    {
        return None;
    }
    after_number(t, j, n, cx)
}

/// "a dollar", "a grand", "a dime" (whole-string), "a kg".
fn article_money(t: &Toks, j: usize, cx: &Ctx) -> Option<Simple> {
    let w = t.w(j);
    let article = matches!(w, "a" | "an");
    if !cx.standalone {
        return None;
    }
    let k = if article { j + 1 } else { j };
    let one = Num { value: 1.0, end: k, digits: false, scaled: None, plain: None, article: true, suffix_at: None };
    if article {
        let s = after_number(t, j, one, cx)?;
        return (s.what != What::Bare).then_some(s);
    }
    // bare coins as a whole input: "dime", "quarter", "nickel"
    if let Some(v) = coin(t.w(j)).filter(|_| cx.prefer == Some(AmountKind::Money)) {
        if j + 1 == t.len() {
            return Some(Simple {
                start: j,
                end: j + 1,
                value: v,
                what: What::Money(cx.dollar.clone()),
                num: one,
                factor: 1.0,
            });
        }
    }
    None
}

fn coin(w: &str) -> Option<f64> {
    Some(match w {
        "nickel" | "nickels" => 0.05,
        "dime" | "dimes" => 0.1,
        "quarter" | "quarters" => 0.25,
        _ => return None,
    })
}

/// "$65 billion", "US$4.7 billion", "€20", "Rs. 20", "USD3.14", "EUR 20".
fn prefix_money(t: &Toks, j: usize, cx: &Ctx) -> Option<Simple> {
    let raw = t.raw(j);
    let mut glued_num: Option<&str> = None;
    let (code, k) = if let (Some(code), true) = (dollar_prefix(raw), t.raw(j + 1) == "$" && t.glued(j)) {
        (code.to_string(), j + 2)
    } else if let Some(c) = symbol(raw) {
        if c == Cur::Cent {
            return None;
        }
        (resolve(c, cx)?, j + 1)
    } else if let Some(c) = prefix_word(raw, t.w(j)) {
        // "Rs. 20": the period is its own token
        let k = if t.raw(j + 1) == "." && t.glued(j) { j + 2 } else { j + 1 };
        (resolve(c, cx)?, k)
    } else if matches!(t.w(j), "malaysia" | "malaysian") && t.is_any(j + 1, &["ringgit", "ringgits"]) {
        ("MYR".to_string(), j + 2)
    } else if raw.as_bytes().first().is_some_and(u8::is_ascii_alphabetic) {
        // glued: "USD3.14", "Rs20", "RM42"
        let cut = raw.find(|c: char| c.is_ascii_digit())?;
        let (letters, rest) = raw.split_at(cut);
        let lower = letters.to_ascii_lowercase();
        let c = prefix_word(letters, &lower)?;
        glued_num = Some(rest);
        (resolve(c, cx)?, j)
    } else {
        return None;
    };
    let n = parse_num(t, k, glued_num, num_opts(cx, true))?;
    if n.suffix_at.is_some() {
        // "$20 and 43c" style suffixes belong to the cents tail; "$5m" is a scale (handled); others fail.
        return None;
    }
    let mut value = n.value;
    let mut end = n.end;
    // redundant code after: "$10 USD"
    if t.raw(end) == "USD" && code == "USD" {
        end += 1;
    }
    if let Some((c, e)) = cents_tail(t, end, cx) {
        value += c;
        end = e;
    }
    Some(Simple { start: j, end, value, what: What::Money(code), num: n, factor: 1.0 })
}

fn resolve(c: Cur, cx: &Ctx) -> Option<String> {
    Some(match c {
        Cur::Code(s) => s.to_string(),
        Cur::Dollar | Cur::Bucks => cx.dollar.clone(),
        Cur::Pound => "GBP".to_string(),
        Cur::Generic(g) => g.to_string(),
        Cur::Grand => cx.local.clone(),
        Cur::Cent | Cur::Sub => return None,
    })
}

/// "and 43 cents", "43c", " 43" (whole-string) after a money amount.
fn cents_tail(t: &Toks, i: usize, cx: &Ctx) -> Option<(f64, usize)> {
    let mut k = i;
    if t.is(k, "and") {
        k += 1;
    }
    let n = parse_num(t, k, None, NumOpts { standalone: false, money: false })?;
    if !(n.value >= 0.0 && n.value < 100.0 && n.value.fract() == 0.0) || n.scaled.is_some() {
        return None;
    }
    if let Some((ti, off)) = n.suffix_at {
        let suf = t.raw(ti).get(off..).unwrap_or("").to_ascii_lowercase();
        return matches!(suf.as_str(), "c" | "p" | "ct" | "cts").then_some((n.value / 100.0, n.end));
    }
    let w = t.w(n.end);
    if let Some(Cur::Cent | Cur::Sub) = suffix_word(t.raw(n.end), w) {
        if w != "p" || t.glued(n.end - 1) {
            return Some((n.value / 100.0, n.end + 1));
        }
    }
    if cx.standalone && n.end == t.len() {
        return Some((n.value / 100.0, n.end));
    }
    None
}

/// What follows a number: a unit, currency, percent sign, or nothing.
fn after_number(t: &Toks, j: usize, n: Num, cx: &Ctx) -> Option<Simple> {
    let k = n.end;
    // glued suffix: "500g", "20Rs", "42MYR", "10c", "3.14US$"
    if let Some((ti, off)) = n.suffix_at {
        let suf_raw = t.raw(ti).get(off..).unwrap_or("");
        let suf = suf_raw.to_ascii_lowercase();
        if suf_raw == "US" && t.raw(k) == "$" && t.glued(ti) {
            return Some(Simple {
                start: j,
                end: k + 1,
                value: n.value,
                what: What::Money("USD".into()),
                num: n,
                factor: 1.0,
            });
        }
        if t.raw(k) == "$" && t.glued(ti) && suf == "k" {
            return Some(Simple {
                start: j,
                end: k + 1,
                value: n.value * 1e3,
                what: What::Money(cx.dollar.clone()),
                num: n,
                factor: 1.0,
            });
        }
        if let Some(u) = unit1(&suf) {
            let (unit, end) = rate(t, k, u.canon);
            return Some(Simple {
                start: j,
                end,
                value: n.value * u.factor,
                what: What::Quantity(unit),
                num: n,
                factor: u.factor,
            });
        }
        if let Some(c) = suffix_word(suf_raw, &suf) {
            return money_after(t, j, n, c, k, cx);
        }
        if let Some(s) = crate::number::scale_suffix(suf_raw, true, cx.standalone) {
            // "5m" before a currency word: "5m euros", "$"-less
            let mut n2 = n;
            n2.value *= s;
            n2.scaled = Some(s);
            n2.suffix_at = None;
            let w = t.w(k);
            if let Some(c) = suffix_word(t.raw(k), w) {
                if !matches!(c, Cur::Cent | Cur::Sub) {
                    return money_after(t, j, n2, c, k + 1, cx);
                }
            }
        }
        return None;
    }
    let raw = t.raw(k);
    let w = t.w(k);
    // percent
    if raw == "%" || matches!(w, "percent" | "pct" | "pc" | "per") {
        let mut end = k + 1;
        if w == "per" {
            if !t.is(k + 1, "cent") {
                return quantity_or_money(t, j, n, cx);
            }
            end += 1;
        }
        if matches!(w, "pc") && !t.glued(k - 1) && !t.is(end, "of") {
            // "pc" alone is too rare to risk ("personal computer").
        }
        let mut unit = "%";
        if t.is_any(end, &["point", "points"]) {
            unit = "pp";
            end += 1;
        }
        return Some(Simple { start: j, end, value: n.value, what: What::Percent(unit), num: n, factor: 1.0 });
    }
    if matches!(w, "percentage" | "pct" | "pctage") && t.is_any(k + 1, &["point", "points"]) {
        return Some(Simple { start: j, end: k + 2, value: n.value, what: What::Percent("pp"), num: n, factor: 1.0 });
    }
    if w == "basis" && t.is_any(k + 1, &["point", "points"]) || matches!(w, "bps" | "bp" | "bpts") {
        let end = if w == "basis" { k + 2 } else { k + 1 };
        return Some(Simple { start: j, end, value: n.value, what: What::Percent("bp"), num: n, factor: 1.0 });
    }
    quantity_or_money(t, j, n, cx)
}

fn quantity_or_money(t: &Toks, j: usize, n: Num, cx: &Ctx) -> Option<Simple> {
    let k = n.end;
    let raw = t.raw(k);
    let w = t.w(k);
    // "pounds of meat" is weight; "pounds" alone is money
    if matches!(w, "pound" | "pounds" | "lb" | "lbs")
        && (t.is(k + 1, "of") || cx.prefer == Some(AmountKind::Quantity) || matches!(w, "lb" | "lbs"))
    {
        let u = unit1(w)?;
        return Some(Simple {
            start: j,
            end: k + 1,
            value: n.value * u.factor,
            what: What::Quantity(u.canon.into()),
            num: n,
            factor: u.factor,
        });
    }
    // "10$", "20€", "20 €ur"
    if raw == "€" && t.w(k + 1) == "ur" && t.glued(k) {
        return money_after(t, j, n, Cur::Code("EUR"), k + 2, cx);
    }
    // country adjective(s) + currency word: "Canadian dlrs", "Hong Kong dollars", "Canadian cts"
    for len in [2usize, 1] {
        if k + len < t.len() {
            let adj = if len == 2 { format!("{} {}", t.w(k), t.w(k + 1)) } else { t.w(k).to_string() };
            if matches!(t.w(k + len), "cts" | "ct" | "cents" | "cent") {
                if let Some(code) = country_currency(&adj, "dollar") {
                    let mut s = money_after(t, j, n, Cur::Code(code), k + len + 1, cx)?;
                    s.value /= 100.0;
                    s.factor = 0.01;
                    return Some(s);
                }
            }
            if let Some(g) = generic_of(t.w(k + len)) {
                if let Some(code) = country_currency(&adj, g) {
                    return money_after(t, j, n, Cur::Code(code), k + len + 1, cx);
                }
            }
        }
    }
    if w == "genihat" && t.is(k + 1, "masriya") {
        return money_after(t, j, n, Cur::Code("EGP"), k + 2, cx);
    }
    if let Some(c) = suffix_word(raw, w) {
        let ok = match (c, w) {
            (_, "won") => n.scaled.is_some() || cx.standalone || (n.digits && n.value >= 10.0),
            (_, "real" | "reals" | "crown" | "crowns" | "mark" | "marks") => {
                // ("eight real estate properties": a singular "real"
                // after a number other than one is the adjective.)
                let adjective = w == "real" && n.value != 1.0;
                n.scaled.is_some() || cx.standalone || (exchange_context(t, j, k) && !adjective)
            }
            (_, "c" | "p" | "le" | "l.e" | "l.e." | "ct") => cx.standalone || t.glued(k - 1),
            (_, "rand") => n.digits || n.scaled.is_some(),
            (Cur::Grand, _) => true,
            _ => true,
        };
        if ok {
            return money_after(t, j, n, c, k + 1, cx);
        }
    }
    if cx.prefer == Some(AmountKind::Money) {
        if let Some(v) = coin(w) {
            return Some(Simple {
                start: j,
                end: k + 1,
                value: n.value * v,
                what: What::Money(cx.dollar.clone()),
                num: n,
                factor: v,
            });
        }
    }
    // A unit joined by a hyphen: "a 10-km stretch", "a 5.4-magnitude
    // quake" (not a range: "10-12 km" has a number after the hyphen).
    if raw == "-" && t.glued(k - 1) && t.glued(k) {
        // a currency word: "a 380,000-euro grant", "a 10-dollar bill"
        let cw = t.w(k + 1);
        if let Some(c) = suffix_word(t.raw(k + 1), cw).filter(|c| {
            !matches!(c, Cur::Sub | Cur::Grand)
                && cw.len() >= 3
                && cw.bytes().all(|b| b.is_ascii_alphabetic())
                && !matches!(cw, "won" | "real" | "reals" | "crown" | "crowns" | "mark" | "marks" | "pound")
        }) {
            return money_after(t, j, n, c, k + 2, cx);
        }
        // (not a currency above, "pound" is a weight here: "a 2,000-pound
        // bomb", "a 300-pound man")
        if let Some(u) = unit1(t.w(k + 1)).filter(|_| !matches!(t.w(k + 1), "t" | "g" | "mt" | "gal" | "ha")) {
            return Some(Simple {
                start: j,
                end: k + 2,
                value: n.value * u.factor,
                what: What::Quantity(u.canon.into()),
                num: n,
                factor: u.factor,
            });
        }
    }
    // "7.2 on the Richter scale"
    if w == "on" && t.is(k + 1, "the") && t.is(k + 2, "richter") && t.is(k + 3, "scale") {
        return Some(Simple {
            start: j,
            end: k + 4,
            value: n.value,
            what: What::Quantity("magnitude".into()),
            num: n,
            factor: 1.0,
        });
    }
    // units
    if let Some(u) = unit2(w, t.w(k + 1)) {
        let (unit, end) = rate(t, k + 2, u.canon);
        return Some(Simple {
            start: j,
            end,
            value: n.value * u.factor,
            what: What::Quantity(unit),
            num: n,
            factor: u.factor,
        });
    }
    if w == "b" && t.raw(k + 1) == "/" && t.w(k + 2) == "d" {
        return Some(Simple {
            start: j,
            end: k + 3,
            value: n.value,
            what: What::Quantity("bbl/d".into()),
            num: n,
            factor: 1.0,
        });
    }
    if let Some(u) = unit1(w) {
        let ok = match w {
            "t" | "g" | "mt" | "gal" | "ha" | "ft" => t.raw(k) == w || cx.standalone,
            "pound" | "pounds" => false,
            _ => true,
        };
        if ok {
            let (unit, end) = rate(t, k + 1, u.canon);
            return Some(Simple {
                start: j,
                end,
                value: n.value * u.factor,
                what: What::Quantity(unit),
                num: n,
                factor: u.factor,
            });
        }
    }
    if let Some(code) = rate_currency(t, j, k, cx) {
        return Some(Simple { start: j, end: k, value: n.value, what: What::Money(code), num: n, factor: 1.0 });
    }
    Some(Simple { start: j, end: k, value: n.value, what: What::Bare, num: n, factor: 1.0 })
}

/// An exchange rate: "The Kenya shilling was set at 16.20 to the dollar",
/// "the riyal, pegged at 3.75 per U.S. dollar": a number followed by "to",
/// "per" or "against" and a currency (the base) is an amount of the
/// currency the sentence names before the number, when that one is
/// another currency (its ISO code when a country adjective or the word
/// gives it). None when no such currency comes before it.
fn rate_currency(t: &Toks, j: usize, k: usize, cx: &Ctx) -> Option<String> {
    if !matches!(t.w(k), "to" | "per" | "against") {
        return None;
    }
    let mut b = k + 1;
    if t.is_any(b, &["the", "one", "each", "a"]) {
        b += 1;
    }
    if t.is_any(b, &["u.s.", "us", "american"]) {
        b += 1;
    }
    let base = suffix_word(t.raw(b), t.w(b)).and_then(|c| resolve(c, cx))?;
    // Back to the sentence start, at most 15 tokens.
    let lo = j.saturating_sub(15);
    for i in (lo..j).rev() {
        if matches!(t.raw(i), "." | ";" | "!" | "?") {
            break;
        }
        let w = t.w(i);
        let Some(c) = suffix_word(t.raw(i), w).filter(|c| !matches!(c, Cur::Cent | Cur::Sub | Cur::Grand)) else {
            continue;
        };
        let mut code = resolve(c, cx)?;
        if let Some(g) = generic_of(w) {
            for len in [2usize, 1] {
                if i >= lo + len {
                    let adj = if len == 2 { format!("{} {}", t.w(i - 2), t.w(i - 1)) } else { t.w(i - 1).to_string() };
                    if let Some(c) = country_currency(&adj, g) {
                        code = c.to_string();
                        break;
                    }
                }
            }
        }
        return (code != base).then_some(code);
    }
    None
}

/// "per day", "a day", "a year", "daily" after a unit.
fn rate(t: &Toks, k: usize, canon: &str) -> (String, usize) {
    if canon.contains('/') {
        return (canon.to_string(), k);
    }
    let (per, end) = match (t.w(k), t.w(k + 1)) {
        ("per" | "a", "day") | ("daily", _) => ("/d", if t.is(k, "daily") { k + 1 } else { k + 2 }),
        ("per" | "a", "year") | ("per", "annum") => ("/yr", k + 2),
        ("per" | "an", "hour") => ("/h", k + 2),
        _ => return (canon.to_string(), k),
    };
    (format!("{canon}{per}"), end)
}

/// Words of currency markets: near one of them, "marks", "crowns" and
/// "reals" after a number are money ("The dollar closed at 153.70 yen
/// and 1.8620 marks", "1.79 marks per dlr"), not the marks of an exam.
const EXCHANGE_WORDS: &[&str] = &[
    "dollar",
    "dollars",
    "dlr",
    "dlrs",
    "yen",
    "sterling",
    "currency",
    "currencies",
    "exchange",
    "forex",
    "bundesbank",
    "franc",
    "francs",
    "guilder",
    "guilders",
    "euro",
    "euros",
];

/// Whether a currency-market word stands within eight tokens of the
/// number at `j` or of its unit word at `k`, in the same sentence.
fn exchange_context(t: &Toks, j: usize, k: usize) -> bool {
    let stop = |i: usize| matches!(t.raw(i), "." | ";" | "!" | "?") || t.raw(i).contains('\n');
    let mut lo = j;
    while lo > 0 && j - lo < 8 && !stop(lo - 1) {
        lo -= 1;
    }
    let mut hi = k + 1;
    while hi < t.len() && hi - k <= 8 && !stop(hi) {
        hi += 1;
    }
    (lo..hi).any(|i| i != k && EXCHANGE_WORDS.contains(&t.w(i)))
}

fn money_after(t: &Toks, j: usize, n: Num, c: Cur, end: usize, cx: &Ctx) -> Option<Simple> {
    let mut end = end;
    let mut value = n.value;
    let code = match c {
        Cur::Cent => {
            value /= 100.0;
            cx.dollar.clone()
        }
        Cur::Sub => return None,
        Cur::Grand => {
            value *= 1000.0;
            cx.local.clone()
        }
        Cur::Pound if t.is(end, "sterling") => {
            end += 1;
            "GBP".to_string()
        }
        other => resolve(other, cx)?,
    };
    if !matches!(c, Cur::Cent) {
        if let Some((cents, e)) = cents_tail(t, end, cx) {
            value += cents;
            end = e;
        }
    }
    let factor = if matches!(c, Cur::Cent) { 0.01 } else { 1.0 };
    Some(Simple { start: j, end, value, what: What::Money(code), num: n, factor })
}

// ---------------------------------------------------------------- vague, fractions, ordinals

/// "hundreds of", "tens of thousands of", "dozens of", "millions of dollars".
fn vague_at(t: &Toks, j: usize, cx: &Ctx) -> Option<Found> {
    let first = match t.w(j) {
        "dozens" => 12.0,
        "hundreds" => 100.0,
        "thousands" => 1e3,
        "millions" => 1e6,
        "billions" => 1e9,
        "tens" => 10.0,
        _ => return None,
    };
    if !t.is(j + 1, "of") {
        // "dozens wounded", "thousands fled", "hundreds more"
        let n = t.w(j + 1);
        let verbish = (n.ends_with("ed") && n.len() > 3 && t.alpha(j + 1))
            || matches!(
                n,
                "more"
                    | "died"
                    | "fled"
                    | "were"
                    | "are"
                    | "have"
                    | "had"
                    | "remain"
                    | "lost"
                    | ","
                    | "."
                    | "and"
                    | "or"
                    | "gathered"
                    | "marched"
            );
        if !verbish || first == 10.0 {
            return None;
        }
        return Some(Found {
            start: j,
            end: j + 1,
            kind: AmountKind::Count,
            base: AmountKind::Count,
            value: 2.0 * first,
            value_max: None,
            unit: None,
            modifier: Some("at_least"),
            weak: false,
        });
    }
    let mut value = 2.0 * first;
    let mut end = j + 1; // exclusive, before "of"
                         // "tens of thousands of", "hundreds of millions of"
    if matches!(t.w(j), "tens" | "hundreds") {
        if let Some(s) = scale_word(t.w(j + 2), false) {
            if t.is(j + 3, "of") || j + 3 == t.len() {
                value *= s;
                end = j + 3;
            }
        }
        if end == j + 1 && t.w(j) == "tens" {
            return None;
        }
    }
    // "millions of dollars"
    let of = end;
    let w = t.w(of + 1);
    if let Some(c) = suffix_word(t.raw(of + 1), w) {
        if matches!(c, Cur::Dollar | Cur::Code(_) | Cur::Pound)
            && matches!(w, "dollars" | "euros" | "pounds" | "dlrs" | "yen" | "yuan" | "rupees")
        {
            let code = resolve(c, cx)?;
            return Some(Found {
                start: j,
                end: of + 2,
                kind: AmountKind::Money,
                base: AmountKind::Money,
                value,
                value_max: None,
                unit: Some(code),
                modifier: Some("at_least"),
                weak: false,
            });
        }
    }
    Some(Found {
        start: j,
        end,
        kind: AmountKind::Count,
        base: AmountKind::Count,
        value,
        value_max: None,
        unit: None,
        modifier: Some("at_least"),
        weak: false,
    })
}

/// "a fifth of", "two-thirds", "half of", "one in four", "three quarters of".
/// "a quarter of a percentage point", "three quarters of a percentage
/// point", "half a percentage point": a percent of 0.25, 0.75, 0.5 points.
fn point_fraction(t: &Toks, j: usize) -> Option<Found> {
    let (v, mut k) = if t.is(j, "half") {
        (0.5, j + 1)
    } else {
        let num = match t.w(j) {
            "a" | "an" => 1.0,
            w => unit_word(w).filter(|v| (1.0..=9.0).contains(v))?,
        };
        let (den, _) = denominator_word(t.w(j + 1))?;
        if num >= den {
            return None;
        }
        (num / den, j + 2)
    };
    if t.is(k, "of") {
        k += 1;
    }
    if !(t.is_any(k, &["a", "an"]) && t.is_any(k + 1, &["percentage", "pct"]) && t.is_any(k + 2, &["point"])) {
        return None;
    }
    Some(Found {
        start: j,
        end: k + 3,
        kind: AmountKind::Percent,
        base: AmountKind::Percent,
        value: v,
        value_max: None,
        unit: Some("pp".into()),
        modifier: None,
        weak: false,
    })
}

fn fraction_at(t: &Toks, j: usize, cx: &Ctx) -> Option<Found> {
    if let Some(f) = point_fraction(t, j) {
        return Some(f);
    }
    let w = t.w(j);
    let prev = if j > 0 { t.w(j - 1) } else { "" };
    // bare "half"
    if w == "half" {
        if matches!(prev, "first" | "second" | "last" | "latter" | "other" | "a" | "an" | "and" | "one") {
            return None;
        }
        let next = t.w(j + 1);
        let ok = matches!(
            next,
            "of" | "the"
                | "its"
                | "their"
                | "his"
                | "her"
                | "our"
                | "all"
                | "those"
                | "these"
                | "this"
                | "that"
                | "my"
                | "your"
        ) && !(matches!(next, "a" | "an") && is_time_unit(t.w(j + 2)));
        return ok.then(|| frac_found(j, j + 1, 0.5));
    }
    // "one in four", "1 in 5", "nine out of 10"
    if let Some(n) = parse_num(t, j, None, num_opts(cx, false)) {
        if n.suffix_at.is_none() && n.scaled.is_none() && n.value >= 1.0 {
            let mut k = n.end;
            let connector = if t.is(k, "in") {
                k += 1;
                true
            } else if t.is(k, "out") && t.is(k + 1, "of") {
                k += 2;
                true
            } else {
                false
            };
            if connector {
                if t.is(k, "every") {
                    k += 1;
                }
                if let Some(d) = parse_num(t, k, None, num_opts(cx, false)) {
                    if d.suffix_at.is_none()
                        && d.value > n.value
                        && !matches!(d.plain, Some(p) if p.int_digits == 4 && !p.comma)
                        && !is_time_unit(t.w(d.end))
                    {
                        return Some(frac_found(j, d.end, n.value / d.value));
                    }
                }
            }
        }
    }
    // numerator + denominator word
    let (num, k) = match w {
        "a" | "an" => (1.0, j + 1),
        _ => {
            let v = unit_word(w)?;
            if !(1.0..=19.0).contains(&v) {
                return None;
            }
            (v, j + 1)
        }
    };
    let mut d_at = k;
    if t.dash(k) && t.glued(k - 1) && t.glued(k) {
        d_at = k + 1;
    }
    let (den, plural) = denominator_word(t.w(d_at))?;
    let end = d_at + 1;
    let next = t.w(end);
    // "a third lower than", "shrank by almost a quarter"
    let comparative = matches!(
        next,
        "lower" | "higher" | "more" | "less" | "fewer" | "smaller" | "larger" | "bigger" | "cheaper" | "greater"
    );
    let by = (j >= 1 && t.is(j - 1, "by"))
        || (j >= 2 && t.is(j - 2, "by") && MODIFIERS.iter().any(|(w, _)| w.len() == 1 && w[0] == t.w(j - 1)));
    if num == 1.0 && !plural && (comparative || (by && !is_time_unit(next))) {
        return Some(frac_found(j, end, num / den));
    }
    if num == 1.0 {
        if plural {
            return None;
        }
        // "a third of", "one-third of"; "a third term" is an ordinal use.
        let of =
            next == "of" || (w == "one" && d_at == k + 1 && !is_time_unit(next)) || (cx.standalone && end == t.len());
        if !of {
            return None;
        }
        if den == 4.0 && next != "of" && !cx.standalone {
            return None;
        }
        if den == 2.0 && matches!(w, "a" | "an") && !cx.standalone {
            return None; // "a half" is mostly "and a half" / "a half-point"
        }
    } else {
        if !plural {
            // "two third" is unusual; accept in whole-string mode only
            if !cx.standalone {
                return None;
            }
        }
        if den == 4.0 && next != "of" && !cx.standalone {
            return None; // "two quarters" (time), "three quarters" without "of"
        }
        if is_time_unit(next) {
            return None;
        }
    }
    Some(frac_found(j, end, num / den))
}

fn frac_found(start: usize, end: usize, v: f64) -> Found {
    Found {
        start,
        end,
        kind: AmountKind::Fraction,
        base: AmountKind::Fraction,
        value: v,
        value_max: None,
        unit: None,
        modifier: None,
        weak: false,
    }
}

fn ordinal_found(t: &Toks, j: usize, cx: &Ctx) -> Option<Found> {
    let (v, end) = ordinal_at(t, j)?;
    if !cx.standalone {
        let prev = if j > 0 { t.w(j - 1) } else { "" };
        let next = t.w(end);
        if is_month(prev) && j > 0 && t.capitalized(j - 1)
            || is_month(next) && t.capitalized(end)
            || (next == "of" && is_month(t.w(end + 1)))
        {
            return None; // dates
        }
        if matches!(next, "quarter" | "qtr" | "qtrs" | "half" | "century" | "millennium") {
            return None; // "first quarter", "second half": dates
        }
        if matches!(next, "," | "." | ";" | ":" | "and" | "or")
            && (is_sentence_start(t, j) || t.capitalized(j) || matches!(prev, "and" | "or" | ","))
        {
            return None; // "First, ...", "first and foremost"; not "the company's sixth."
        }
        let next_is_word = t.alpha(end)
            && !matches!(next, "later" | "after" | "before" | "of" | "to" | "or" | "and" | "in" | "ago" | "earlier");
        // "First Interstate Bancorp", "Second World War": names
        if t.capitalized(j) && t.capitalized(end) && t.alpha(end) {
            return None;
        }
        if t.w(j) == "second"
            && ((matches!(prev, "a" | "per" | "one" | "every" | "split") && !next_is_word)
                || unit_word(prev).is_some()
                || t.raw(j.saturating_sub(1)).bytes().all(|b| b.is_ascii_digit()))
        {
            return None;
        }
        if matches!(prev, "at") && t.w(j) == "first" {
            return None; // "at first"
        }
        if is_time_unit(next) && !matches!(next, "quarter" | "quarters") {
            // "the second week" is a date; leave it to the time layer
            return None;
        }
    }
    Some(Found {
        start: j,
        end,
        kind: AmountKind::Ordinal,
        base: AmountKind::Ordinal,
        value: v,
        value_max: None,
        unit: None,
        modifier: None,
        weak: false,
    })
}
