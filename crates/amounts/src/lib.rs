//! # dateline-amounts
//!
//! The amounts layer of dateline: money, percentages, counts, fractions,
//! ordinals, ranges and physical quantities, each with its value, unit,
//! modifier ("around", "more than") and the phrase it measures.
//!
//! * [`AmountExtractor`] implements [`dateline_core::Extractor`] (name
//!   `amounts`) and fills `doc.amounts`, sorted by start. It runs after the
//!   time layer and never emits an amount overlapping `doc.times`; with no
//!   time layer it still skips years (and the second year of a season,
//!   "the 2024-25 season"), dates, clock times, durations, phone, model
//!   and section numbers itself.
//! * The object of an amount comes from the dependency parse when the
//!   syntax layer filled `head`/`deprel`/`upos`, from noun-phrase chunk rules
//!   over tokens otherwise.
//! * [`parse_number`], [`parse_ordinal`], [`parse_duration`] and
//!   [`AmountExtractor::parse`] parse whole strings.
//!
//! Units: money is an ISO 4217 code ("$" is the extractor's default dollar,
//! USD unless set), percents are `%`, `pp` (percentage points) or `bp`;
//! quantities are normalized to `km`, `t`, `bbl`, `bbl/d`, `l`, `m3`,
//! `km2`, `MW`, `MWh`, `km/h`, `oz`, `cup`, and `magnitude` for an
//! earthquake ("a magnitude 6.8 earthquake", "a 5.4-magnitude quake", "7.2
//! on the Richter scale"). A unit or currency joined to its number by a
//! hyphen counts ("a 10-km stretch", "a 380,000-euro grant"; "a
//! 2,000-pound bomb" is a weight).
//!
//! ```
//! use dateline_amounts::AmountExtractor;
//! use dateline_core::{AmountKind, Article, Document, Extractor, Pipeline, PubDate};
//!
//! let text = "The fund holds some $65 billion in U.S. military aid to Ukraine. \
//!             Russia holds around a fifth of Ukraine's territory.";
//! let mut doc = Document::new(Article::new(PubDate::parse("2025-03-11").unwrap(), text));
//! Pipeline::segment_only().with(AmountExtractor::new()).run(&mut doc);
//!
//! let money = &doc.amounts[0];
//! assert_eq!(money.kind, AmountKind::Money);
//! assert_eq!(money.value, Some(65e9));
//! assert_eq!(money.unit.as_deref(), Some("USD"));
//! assert_eq!(money.modifier.as_deref(), Some("approx"));
//! assert_eq!(doc.slice(money.object.unwrap()), "U.S. military aid to Ukraine");
//!
//! let fifth = &doc.amounts[1];
//! assert_eq!((fifth.kind, fifth.value), (AmountKind::Fraction, Some(0.2)));
//! assert_eq!(doc.slice(fifth.span), "around a fifth");
//! assert_eq!(doc.slice(fifth.object.unwrap()), "Ukraine's territory");
//! ```
#![warn(missing_docs)]

mod duration;
mod lexicon;
mod number;
mod object;
mod scan;
mod toks;

pub use duration::{parse_duration, Duration, Grain};
pub use number::{parse_number, parse_ordinal};

use dateline_core::sentences::split_sentences;
use dateline_core::tokenize::tokenize;
use dateline_core::{Amount, AmountKind, Document, ExtractError, Extractor, Span};
use scan::{amount_at, Ctx, Found};
use toks::Toks;

/// Errors of this crate.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum AmountError {
    /// A currency code that is not three upper-case ASCII letters.
    #[error("invalid ISO 4217 currency code {0:?}: expected three upper-case letters")]
    InvalidCurrency(String),
}

/// Fills `doc.amounts`. Build once with [`AmountExtractor::new`] and the
/// builder methods, then run on many documents.
#[derive(Debug, Clone)]
pub struct AmountExtractor {
    dollar: String,
    local: Option<String>,
    objects: bool,
    ordinals: bool,
}

impl Default for AmountExtractor {
    fn default() -> Self {
        AmountExtractor::new()
    }
}

fn check_code(code: &str) -> Result<String, AmountError> {
    if code.len() == 3 && code.bytes().all(|b| b.is_ascii_uppercase()) {
        Ok(code.to_string())
    } else {
        Err(AmountError::InvalidCurrency(code.to_string()))
    }
}

impl AmountExtractor {
    /// An extractor with the defaults: "$" is USD, objects and ordinals on.
    pub fn new() -> AmountExtractor {
        AmountExtractor { dollar: "USD".into(), local: None, objects: true, ordinals: true }
    }

    /// The currency of a bare "$" and "dollars" (e.g. "AUD" for an
    /// Australian source). Fails on anything but three upper-case letters.
    pub fn default_dollar(mut self, code: &str) -> Result<AmountExtractor, AmountError> {
        self.dollar = check_code(code)?;
        Ok(self)
    }

    /// The currency of "grand" ("10 grand"); the default dollar unless set.
    pub fn local_currency(mut self, code: &str) -> Result<AmountExtractor, AmountError> {
        self.local = Some(check_code(code)?);
        Ok(self)
    }

    /// Whether to find objects (on by default).
    pub fn objects(mut self, on: bool) -> AmountExtractor {
        self.objects = on;
        self
    }

    /// Whether to emit ordinals ("third", "21st"; on by default).
    pub fn ordinals(mut self, on: bool) -> AmountExtractor {
        self.ordinals = on;
        self
    }

    fn ctx(&self, standalone: bool) -> Ctx {
        Ctx {
            standalone,
            dollar: self.dollar.clone(),
            local: self.local.clone().unwrap_or_else(|| self.dollar.clone()),
            prefer: None,
        }
    }

    /// The amounts of `doc`, sorted by start, without changing it. Uses
    /// `doc.tokens`/`doc.sentences` when filled (tokenizes itself
    /// otherwise), the parse when tokens have heads, and skips every span
    /// of `doc.times`.
    pub fn find(&self, doc: &Document) -> Vec<Amount> {
        self.run(doc.text(), Some(doc))
    }

    fn run(&self, text: &str, doc: Option<&Document>) -> Vec<Amount> {
        let no_tokens: &[dateline_core::Token] = &[];
        let tokens = doc.map_or(no_tokens, |d| d.tokens.as_slice());
        let lower = text.to_ascii_lowercase();
        let own;
        let spans: &[Span] = if tokens.is_empty() {
            own = tokenize(text);
            &own
        } else {
            own = tokens.iter().map(|t| t.span).collect();
            &own
        };
        // Sentences as token ranges (the document's when they match).
        let doc_sents = doc.map_or(&[][..], |d| d.sentences.as_slice());
        let sents: Vec<(usize, usize)> = if !tokens.is_empty() && !doc_sents.is_empty() {
            doc_sents.iter().map(|s| (s.tokens.start.min(spans.len()), s.tokens.end.min(spans.len()))).collect()
        } else {
            split_sentences(text, spans)
                .into_iter()
                .map(|(_, r)| (r.start.min(spans.len()), r.end.min(spans.len())))
                .collect()
        };
        let syntax = tokens.iter().any(|t| t.head.is_some() && t.deprel.is_some());
        let children = match doc {
            Some(d) if syntax && self.objects => object::children(d),
            _ => Vec::new(),
        };
        let t = Toks { text, lower: &lower, spans };
        let cx = self.ctx(false);
        let mut times: Vec<Span> = doc.map_or(Vec::new(), |d| d.times.iter().map(|x| x.span).collect());
        times.sort();
        let mut out = Vec::new();
        // the end and object of the last amount found
        let mut last: Option<(usize, Option<(usize, usize)>)> = None;
        let mut si = 0;
        let mut i = 0;
        while i < t.len() {
            if !t.may_start(i) {
                i += 1;
                continue;
            }
            let Some(f) = amount_at(&t, i, &cx) else {
                i += 1;
                continue;
            };
            if f.end <= f.start || f.end > t.len() {
                i += 1;
                continue;
            }
            let mut f = f;
            let span = t.span(f.start, f.end);
            let k = times.partition_point(|s| s.end <= span.start);
            if let Some(ts) = times.get(k).filter(|s| s.start < span.end) {
                // A time claimed the tail ("barrels per day" = "per day" as a
                // SET): keep the amount without it when its number remains.
                let cut = (f.start..f.end).rev().find(|&x| t.spans[x].end <= ts.start && x + 1 < f.end).map(|x| x + 1);
                match cut {
                    Some(c)
                        if ts.start > span.start
                            && c > f.start
                            && t.spans[f.start..c].iter().any(|sp| {
                                t.text.get(sp.start..sp.end).is_some_and(|r| {
                                    r.bytes().any(|b| b.is_ascii_digit())
                                        || crate::number::unit_word(&r.to_ascii_lowercase()).is_some()
                                })
                            })
                            && f.kind == AmountKind::Quantity =>
                    {
                        f.end = c;
                    }
                    _ => {
                        i += 1;
                        continue;
                    }
                }
            }
            if f.kind == AmountKind::Ordinal && !self.ordinals {
                i = f.end;
                continue;
            }
            while si + 1 < sents.len() && sents[si].1 <= f.start {
                si += 1;
            }
            let sent = sents.get(si).copied().filter(|s| s.0 <= f.start).unwrap_or((0, t.len()));
            let mut obj = if self.objects || f.weak { self.object(doc, &t, &children, &f, sent, syntax) } else { None };
            if f.weak && (obj.is_none() || t.is(f.end, "of")) {
                i = f.end;
                continue;
            }
            // "200 billion shillings ($1.55 billion)": the same quantity in
            // another unit measures what the first one does.
            if let Some((_, prev_obj)) = last.filter(|&(end, _)| {
                f.start >= 2 && end == f.start - 1 && t.raw(f.start - 1) == "(" && t.raw(f.end) == ")"
            }) {
                obj = prev_obj;
            }
            last = Some((f.end, obj));
            out.push(to_amount(&t, &f, obj.filter(|_| self.objects)));
            i = f.end;
        }
        // Another amount is never what an amount measures ("down from
        // 378,000 hectares" does not count "310,000 hectares").
        let mut spans: Vec<Span> = out.iter().filter(|a| a.kind != AmountKind::Ordinal).map(|a| a.span).collect();
        spans.sort_by_key(|s| (s.start, s.end));
        for a in &mut out {
            if let Some(o) = a.object {
                a.object = without_amounts(&t, o, a.span, &spans);
            }
        }
        out.sort_by_key(|a| (a.span.start, a.span.end));
        out
    }

    fn object(
        &self,
        doc: Option<&Document>,
        t: &Toks,
        ch: &[Vec<u32>],
        f: &Found,
        sent: (usize, usize),
        syntax: bool,
    ) -> Option<(usize, usize)> {
        let by_deps = match doc {
            Some(d) if syntax => object::object_by_deps(d, ch, f),
            _ => None,
        };
        let mut r = by_deps.or_else(|| object::object_by_chunks(t, f, sent))?;
        // An object never runs across a comma ("their usual level, with
        // priority given to ...").
        if let Some(c) = (r.0..r.1).find(|&k| t.raw(k) == ",") {
            r.1 = c;
        }
        (r.0 < r.1 && r.1 <= t.len() && (r.1 <= f.start || r.0 >= f.end)).then_some(r)
    }

    /// Parses a whole string as one amount, Duckling style ("US$4.7
    /// billion", "between 10 and 20 dollars", "less than six pounds of
    /// meat", "a dime"): `None` unless one amount covers the whole string
    /// (an "of ..." object may follow it). Spans point into `text`.
    ///
    /// ```
    /// use dateline_amounts::AmountExtractor;
    /// let a = AmountExtractor::new().parse("about $10-$20").unwrap();
    /// assert_eq!((a.value, a.value_max), (Some(10.0), Some(20.0)));
    /// assert_eq!(a.modifier.as_deref(), Some("approx"));
    /// ```
    pub fn parse(&self, text: &str) -> Option<Amount> {
        self.parse_inner(text, None)
    }

    /// Like [`AmountExtractor::parse`], reading the string as `kind` where
    /// words are ambiguous: with [`AmountKind::Money`] coin names are money
    /// ("a quarter" = 0.25 of the default dollar, "ten dimes"); with
    /// [`AmountKind::Quantity`] "pound" is a weight.
    ///
    /// ```
    /// use dateline_amounts::AmountExtractor;
    /// use dateline_core::AmountKind;
    /// let ex = AmountExtractor::new();
    /// assert_eq!(ex.parse_as("a quarter", AmountKind::Money).unwrap().value, Some(0.25));
    /// assert_eq!(ex.parse_as("a Pound", AmountKind::Quantity).unwrap().unit.as_deref(), Some("t"));
    /// ```
    pub fn parse_as(&self, text: &str, kind: AmountKind) -> Option<Amount> {
        self.parse_inner(text, Some(kind))
    }

    fn parse_inner(&self, text: &str, prefer: Option<AmountKind>) -> Option<Amount> {
        if text.len() > 2000 {
            return None;
        }
        let lower = text.to_ascii_lowercase();
        let spans = tokenize(text);
        let t = Toks { text, lower: &lower, spans: &spans };
        let mut cx = self.ctx(true);
        cx.prefer = prefer;
        let mut start = 0;
        // "a US$4.7 billion"
        if t.is_any(0, &["a", "an"]) && t.raw(1).starts_with(|c: char| c.is_ascii_uppercase()) && t.raw(1) != "Pound" {
            if let Some(f) = amount_at(&t, 1, &cx) {
                if f.end == t.len() {
                    start = 1;
                }
            }
        }
        let f = amount_at(&t, start, &cx)?;
        let obj = object::object_by_chunks(&t, &f, (0, t.len()));
        let covered = f.end == t.len()
            || obj.is_some_and(|(s, e)| {
                e == t.len() && s > f.end && (f.end..s).all(|k| t.is_any(k, &["of", "the", "a", "an"]))
            });
        if !covered {
            return None;
        }
        Some(to_amount(&t, &f, obj))
    }

    /// Runs the extractor on a bare text (tokenized here, no other layers).
    pub fn extract_text(&self, text: &str) -> Vec<Amount> {
        self.run(text, None)
    }
}

/// Object `o` of the amount at `own` without the other amounts in
/// `spans`: what follows an amount that opens it ("[3.5 percent] bonds"),
/// what precedes one that closes it ("bags of [60 kilos]"); none when an
/// amount is all of it. An amount inside it ("shares of the 11.25 dlr
/// preferred stock") stays. `spans` is sorted and holds no overlaps.
fn without_amounts(t: &Toks, o: Span, own: Span, spans: &[Span]) -> Option<Span> {
    let first = t.spans.partition_point(|s| s.start < o.start);
    let last = t.spans.partition_point(|s| s.end <= o.end).checked_sub(1)?;
    if first > last || last >= t.len() {
        return Some(o);
    }
    // the first amount ending after the token is the only one that can hold it
    let in_amount = |k: usize| {
        let tok = t.spans[k];
        spans.get(spans.partition_point(|s| s.end <= tok.start)).is_some_and(|s| *s != own && s.overlaps(tok))
    };
    let (mut a, mut b) = (first, last + 1);
    if in_amount(first) {
        while a < b && in_amount(a) {
            a += 1;
        }
    } else if in_amount(last) {
        while b > a && in_amount(b - 1) {
            b -= 1;
        }
    } else {
        return Some(o);
    }
    // "a one-time charge": a number glued into a word is no amount here
    if (a > first && a <= last && t.glued(a - 1)) || (b <= last && b > first && t.glued(b - 1)) {
        return Some(o);
    }
    // "[5 mln] in January", "exports rose [15 pct]": what is left is a
    // circumstance or a verb, not a noun phrase.
    if a > first && t.is_any(a, &["in", "at", "from", "to", "on", "for", "against", "vs", "and", "or", "than"])
        || b <= last && b > first && object::is_change_verb(t.w(b - 1))
    {
        return None;
    }
    let weak = |k: usize| {
        t.is_any(
            k,
            &[
                "of", "in", "to", "from", "at", "the", "a", "an", "and", "or", "vs", "against", "for", "on", "'s",
                "per", "worth",
            ],
        ) || !t.raw(k).chars().any(char::is_alphanumeric)
    };
    while a < b && weak(a) {
        a += 1;
    }
    while b > a && weak(b - 1) {
        b -= 1;
    }
    (a < b && !(a..b).any(in_amount)).then(|| trimmed_span(t, a, b))
}

/// The span of tokens `a..b`, without the sentence-final period the
/// tokenizer keeps on abbreviations ("31 cts." -> "31 cts").
fn trimmed_span(t: &Toks, a: usize, b: usize) -> Span {
    let mut sp = t.span(a, b);
    if b > a
        && t.raw(b - 1).len() > 1
        && t.raw(b - 1).ends_with('.')
        && !t.w(b - 1).ends_with('.')
        && sp.end > sp.start + 1
    {
        sp.end -= 1;
    }
    sp
}

fn to_amount(t: &Toks, f: &Found, obj: Option<(usize, usize)>) -> Amount {
    Amount {
        span: trimmed_span(t, f.start, f.end),
        kind: f.kind,
        value: Some(f.value).filter(|v| v.is_finite()),
        value_max: f.value_max.filter(|v| v.is_finite()),
        unit: f.unit.clone(),
        object: obj.map(|r| trimmed_span(t, r.0, r.1)),
        modifier: f.modifier.map(str::to_string),
    }
}

impl Extractor for AmountExtractor {
    fn name(&self) -> &'static str {
        "amounts"
    }

    fn extract(&self, doc: &mut Document) -> Result<(), ExtractError> {
        doc.amounts = self.find(doc);
        Ok(())
    }
}
