//! The annotated document: an article plus one layer per extractor.
//!
//! Every annotation holds [`Span`]s (byte offsets into `article.text`).
//! Layers are plain vectors sorted by start offset; extractors fill them in
//! pipeline order (tokens and sentences, syntax, entities, times, amounts,
//! quotes, events), and each may read the layers filled before it.

use crate::article::Article;
use crate::span::Span;
use serde::{Deserialize, Serialize};
use std::fmt;
use std::ops::Range;

/// An article and everything dateline found in it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Document {
    /// The article every span points into.
    pub article: Article,
    /// Sentences in text order.
    pub sentences: Vec<Sentence>,
    /// Tokens in text order, across all sentences.
    pub tokens: Vec<Token>,
    /// Entities, each with all its mentions.
    pub entities: Vec<Entity>,
    /// Time expressions.
    pub times: Vec<TimeExpr>,
    /// Amounts.
    pub amounts: Vec<Amount>,
    /// Quotes and reported speech.
    pub quotes: Vec<Quote>,
    /// Coded events.
    pub events: Vec<Event>,
}

impl Document {
    /// A document with no annotation yet.
    pub fn new(article: Article) -> Document {
        Document {
            article,
            sentences: Vec::new(),
            tokens: Vec::new(),
            entities: Vec::new(),
            times: Vec::new(),
            amounts: Vec::new(),
            quotes: Vec::new(),
            events: Vec::new(),
        }
    }

    /// The article text.
    #[inline]
    pub fn text(&self) -> &str {
        &self.article.text
    }

    /// The text of a span.
    #[inline]
    pub fn slice(&self, span: Span) -> &str {
        span.slice(&self.article.text)
    }

    /// Index of the sentence containing byte offset `pos`, if any.
    pub fn sentence_at(&self, pos: usize) -> Option<usize> {
        let i = self.sentences.partition_point(|s| s.span.end <= pos);
        (i < self.sentences.len() && self.sentences[i].span.start <= pos).then_some(i)
    }

    /// Indices of the tokens overlapping `span`.
    pub fn tokens_in(&self, span: Span) -> Range<usize> {
        let a = self.tokens.partition_point(|t| t.span.end <= span.start);
        let b = self.tokens.partition_point(|t| t.span.start < span.end);
        a..b.max(a)
    }

    /// `span` without the wire dateline that opens its sentence, when it
    /// starts where the sentence starts ("KATHMANDU, April 14 (Reuters) -
    /// The government will ..." starts at "The"); else `span` itself. The
    /// place, date and agency are no words of a speaker or an event.
    pub fn past_dateline(&self, span: Span) -> Span {
        let Some(k) = self.sentence_at(span.start) else { return span };
        let sent = &self.sentences[k];
        if sent.span.start != span.start {
            return span;
        }
        let words: Vec<&str> = self.tokens[sent.tokens.clone()]
            .iter()
            .take(crate::calendar::DATELINE_WORDS)
            .map(|t| self.slice(t.span))
            .collect();
        let Some(dash) = crate::calendar::dateline_prefix(&words) else { return span };
        match self.tokens.get(sent.tokens.start + dash + 1) {
            Some(next) if next.span.start < span.end => Span::new(next.span.start, span.end),
            _ => span,
        }
    }

    /// The entity with this document-local id.
    pub fn entity(&self, id: u32) -> Option<&Entity> {
        self.entities.iter().find(|e| e.id == id)
    }
}

/// A sentence: its span and the range of its tokens in [`Document::tokens`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Sentence {
    /// From the first character of the first token to the end of the last.
    pub span: Span,
    /// Its tokens.
    pub tokens: Range<usize>,
}

/// Universal Dependencies part-of-speech tags.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[allow(missing_docs)]
pub enum Upos {
    ADJ,
    ADP,
    ADV,
    AUX,
    CCONJ,
    DET,
    INTJ,
    NOUN,
    NUM,
    PART,
    PRON,
    PROPN,
    PUNCT,
    SCONJ,
    SYM,
    VERB,
    X,
}

impl Upos {
    /// All tags, in a fixed order (index = tag id).
    pub const ALL: [Upos; 17] = [
        Upos::ADJ,
        Upos::ADP,
        Upos::ADV,
        Upos::AUX,
        Upos::CCONJ,
        Upos::DET,
        Upos::INTJ,
        Upos::NOUN,
        Upos::NUM,
        Upos::PART,
        Upos::PRON,
        Upos::PROPN,
        Upos::PUNCT,
        Upos::SCONJ,
        Upos::SYM,
        Upos::VERB,
        Upos::X,
    ];

    /// The tag's name as in CoNLL-U.
    pub fn as_str(self) -> &'static str {
        match self {
            Upos::ADJ => "ADJ",
            Upos::ADP => "ADP",
            Upos::ADV => "ADV",
            Upos::AUX => "AUX",
            Upos::CCONJ => "CCONJ",
            Upos::DET => "DET",
            Upos::INTJ => "INTJ",
            Upos::NOUN => "NOUN",
            Upos::NUM => "NUM",
            Upos::PART => "PART",
            Upos::PRON => "PRON",
            Upos::PROPN => "PROPN",
            Upos::PUNCT => "PUNCT",
            Upos::SCONJ => "SCONJ",
            Upos::SYM => "SYM",
            Upos::VERB => "VERB",
            Upos::X => "X",
        }
    }

    /// Parses a CoNLL-U tag name.
    pub fn parse(s: &str) -> Option<Upos> {
        Upos::ALL.iter().copied().find(|u| u.as_str() == s)
    }
}

impl fmt::Display for Upos {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A token: its span and, once the syntax layer ran, its analysis.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Token {
    /// Where the token is in the text.
    pub span: Span,
    /// Universal POS tag.
    pub upos: Option<Upos>,
    /// Penn Treebank tag (XPOS), when the tagger predicts it.
    pub xpos: Option<String>,
    /// Lemma.
    pub lemma: Option<String>,
    /// Morphological features in CoNLL-U form (`Tense=Past|VerbForm=Fin`).
    pub feats: Option<String>,
    /// Index of the head token in [`Document::tokens`]; `None` for a
    /// sentence root or before parsing.
    pub head: Option<u32>,
    /// Dependency relation to the head (UD, e.g. `nsubj`, `obl:tmod`).
    pub deprel: Option<String>,
}

impl Token {
    /// A bare token covering `span`.
    pub fn new(span: Span) -> Token {
        Token { span, ..Token::default() }
    }
}

/// Entity types.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "UPPERCASE")]
pub enum EntityKind {
    /// People.
    Person,
    /// Organizations: companies, agencies, parties, armed groups.
    Org,
    /// Geo-political entities: countries, cities, states.
    Gpe,
    /// Other locations: regions, seas, mountains.
    Loc,
    /// Nationalities, religious and political groups ("Ukrainian").
    Norp,
    /// Other names (events, laws, products).
    Misc,
}

impl EntityKind {
    /// The upper-case name (`PERSON`, `ORG`, ...).
    pub fn as_str(self) -> &'static str {
        match self {
            EntityKind::Person => "PERSON",
            EntityKind::Org => "ORG",
            EntityKind::Gpe => "GPE",
            EntityKind::Loc => "LOC",
            EntityKind::Norp => "NORP",
            EntityKind::Misc => "MISC",
        }
    }

    /// Parses the upper-case name.
    pub fn parse(s: &str) -> Option<EntityKind> {
        Some(match s {
            "PERSON" | "PER" => EntityKind::Person,
            "ORG" => EntityKind::Org,
            "GPE" => EntityKind::Gpe,
            "LOC" => EntityKind::Loc,
            "NORP" => EntityKind::Norp,
            "MISC" => EntityKind::Misc,
            _ => return None,
        })
    }
}

/// How a mention names its entity.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum MentionKind {
    /// A proper name ("Volodymyr Zelenskiy", "Zelenskiy").
    #[default]
    Name,
    /// A role noun phrase standing for the entity ("the top U.S. diplomat").
    Nominal,
    /// A pronoun ("he").
    Pronoun,
}

impl MentionKind {
    /// The lower-case name (`name`, `nominal`, `pronoun`), as in JSON.
    pub fn as_str(self) -> &'static str {
        match self {
            MentionKind::Name => "name",
            MentionKind::Nominal => "nominal",
            MentionKind::Pronoun => "pronoun",
        }
    }

    /// The kind named by [`MentionKind::as_str`]; anything else is a name.
    pub fn parse(s: &str) -> MentionKind {
        match s {
            "nominal" => MentionKind::Nominal,
            "pronoun" => MentionKind::Pronoun,
            _ => MentionKind::Name,
        }
    }
}

/// One mention of an entity.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Mention {
    /// Where the mention is.
    pub span: Span,
    /// Name, nominal or pronoun.
    #[serde(default)]
    pub kind: MentionKind,
}

/// An entity: every mention of one person, organization, place or group
/// in the article, merged.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Entity {
    /// Document-local id (0, 1, ...), referenced by quotes and events.
    pub id: u32,
    /// Type.
    pub kind: EntityKind,
    /// The fullest name the article uses.
    pub name: String,
    /// ISO 3166-1 alpha-3 code of the entity's country (a country itself,
    /// a city's country, a person's or organization's affiliation).
    pub country: Option<String>,
    /// Titles and roles ("Secretary of State", "national security adviser").
    pub roles: Vec<String>,
    /// CAMEO-style actor code (USAGOV, UKRGOV, RUSMIL, ---REB).
    pub code: Option<String>,
    /// All mentions, sorted by start.
    pub mentions: Vec<Mention>,
}

/// TIMEX3 types.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "UPPERCASE")]
pub enum TimexType {
    /// A calendar date or period ("March 11", "last month", "2022").
    Date,
    /// A time of day ("10:30 a.m.").
    Time,
    /// A length of time ("three years").
    Duration,
    /// A recurrence ("every Monday").
    Set,
}

impl TimexType {
    /// TIMEX3 name.
    pub fn as_str(self) -> &'static str {
        match self {
            TimexType::Date => "DATE",
            TimexType::Time => "TIME",
            TimexType::Duration => "DURATION",
            TimexType::Set => "SET",
        }
    }

    /// Parses a TIMEX3 name.
    pub fn parse(s: &str) -> Option<TimexType> {
        Some(match s {
            "DATE" => TimexType::Date,
            "TIME" => TimexType::Time,
            "DURATION" => TimexType::Duration,
            "SET" => TimexType::Set,
            _ => return None,
        })
    }
}

/// A time expression resolved to a TIMEX3 value.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TimeExpr {
    /// Where it is.
    pub span: Span,
    /// TIMEX3 type.
    pub kind: TimexType,
    /// TIMEX3 / ISO 8601 value: `2025-03-10`, `2025-02`, `P3Y`, `PAST_REF`...
    pub value: String,
    /// TIMEX3 modifier: EARLY, MID, LATE, APPROX, START, END, BEFORE, AFTER...
    pub modifier: Option<String>,
    /// What the value was resolved against: `DCT` (the article date) or the
    /// value of an earlier time expression; `None` for absolute expressions.
    pub anchor: Option<String>,
}

/// Kinds of amount.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum AmountKind {
    /// Money.
    Money,
    /// Percentages and points.
    Percent,
    /// Counts of things ("2,000 troops").
    Count,
    /// Fractions and proportions ("a fifth of").
    Fraction,
    /// Physical quantities with units.
    Quantity,
    /// Ordinals ("third").
    Ordinal,
    /// A range of values ("$5-6 billion").
    Range,
}

impl AmountKind {
    /// Lower-case name.
    pub fn as_str(self) -> &'static str {
        match self {
            AmountKind::Money => "money",
            AmountKind::Percent => "percent",
            AmountKind::Count => "count",
            AmountKind::Fraction => "fraction",
            AmountKind::Quantity => "quantity",
            AmountKind::Ordinal => "ordinal",
            AmountKind::Range => "range",
        }
    }

    /// Parses the lower-case name.
    pub fn parse(s: &str) -> Option<AmountKind> {
        Some(match s {
            "money" => AmountKind::Money,
            "percent" => AmountKind::Percent,
            "count" => AmountKind::Count,
            "fraction" => AmountKind::Fraction,
            "quantity" => AmountKind::Quantity,
            "ordinal" => AmountKind::Ordinal,
            "range" => AmountKind::Range,
            _ => return None,
        })
    }
}

/// A number with its unit and the thing it measures.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Amount {
    /// Where it is.
    pub span: Span,
    /// Kind.
    pub kind: AmountKind,
    /// The value (the lower bound for ranges), in `unit`.
    pub value: Option<f64>,
    /// Upper bound for ranges.
    pub value_max: Option<f64>,
    /// ISO 4217 code for money, `%` or `pp`/`bp` for percents, a canonical
    /// unit for quantities (`km`, `t`, `bbl`), `None` for bare counts.
    pub unit: Option<String>,
    /// The phrase the amount measures ("U.S. military aid to Ukraine").
    pub object: Option<Span>,
    /// approx, more_than, less_than, up_to, at_least...
    pub modifier: Option<String>,
}

/// Kinds of quote.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum QuoteKind {
    /// Words inside quotation marks.
    Direct,
    /// Reported speech ("X said that ...").
    Indirect,
    /// Reported speech that quotes part of the words.
    Mixed,
}

impl QuoteKind {
    /// Lower-case name.
    pub fn as_str(self) -> &'static str {
        match self {
            QuoteKind::Direct => "direct",
            QuoteKind::Indirect => "indirect",
            QuoteKind::Mixed => "mixed",
        }
    }
}

/// A quote or reported statement and who made it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Quote {
    /// The content span (inside the quotation marks for direct quotes; the
    /// reported clause for indirect ones).
    pub span: Span,
    /// Direct, indirect or mixed.
    pub kind: QuoteKind,
    /// The speaker's entity id, when known.
    pub speaker: Option<u32>,
    /// The words naming the speaker for this quote (a pronoun included).
    pub speaker_span: Option<Span>,
    /// The speech verb's span ("said", "told").
    pub cue_span: Option<Span>,
    /// The speech verb's lemma.
    pub cue: Option<String>,
    /// When it was said (TIMEX3 value).
    pub date: Option<String>,
}

/// Whether an event happened.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum EventMode {
    /// Stated as fact.
    #[default]
    Asserted,
    /// Intended, planned or scheduled.
    Planned,
    /// Stated not to have happened.
    Negated,
    /// Possible or conditional.
    Hypothetical,
    /// Attributed to a source.
    Reported,
}

impl EventMode {
    /// Lower-case name.
    pub fn as_str(self) -> &'static str {
        match self {
            EventMode::Asserted => "asserted",
            EventMode::Planned => "planned",
            EventMode::Negated => "negated",
            EventMode::Hypothetical => "hypothetical",
            EventMode::Reported => "reported",
        }
    }
}

/// A coded event: who did what to whom, when and where.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Event {
    /// The clause that states the event.
    pub span: Span,
    /// The trigger word or phrase ("met", "stopped military assistance").
    pub trigger: Span,
    /// CAMEO event code ("036", "1056").
    pub code: String,
    /// CAMEO root (1..=20).
    pub root: u8,
    /// Quad class (1 verbal coop, 2 material coop, 3 verbal conflict,
    /// 4 material conflict).
    pub quad: u8,
    /// Goldstein weight (-10..=10).
    pub goldstein: f32,
    /// PLOVER category.
    pub plover: Option<String>,
    /// PLOVER mode.
    pub plover_mode: Option<String>,
    /// Source actor code.
    pub source: Option<String>,
    /// Target actor code.
    pub target: Option<String>,
    /// Source entity id.
    pub source_entity: Option<u32>,
    /// Target entity id.
    pub target_entity: Option<u32>,
    /// The event's own date (TIMEX3 value; for an event during a holiday of
    /// several days, the period as an ISO 8601 interval `first/last`).
    pub date: Option<String>,
    /// Where it happened (place name as in the text, or its entity's name).
    pub location: Option<String>,
    /// Asserted, planned, negated...
    pub mode: EventMode,
    /// True when the text negates it.
    pub negated: bool,
}
