//! Evaluation on PolNeAR's attribution gold (`../shared/eval/quotes-polnear`).
//!
//! Each article of a split (`train` or `dev`) is run through segmentation,
//! syntax, entities and this layer. Gold attributions are the brat `E`
//! relations of one annotation file per article (the first annotator in
//! name order where an article was annotated twice); predicted attributions
//! are this layer's quotes grouped by cue, so the two halves of a quote
//! split by its attribution count as one attribution, as in the gold.
//!
//! Matching compares content spans as sets of letter and digit positions
//! (quotation marks, spaces and punctuation do not count; discontinuous gold
//! spans are their union): overlap = |P ∩ G| / max(|P|, |G|), pairs matched
//! one to one, best overlap first, at the thresholds 0.3 and 0.8. Speaker
//! match is measured on the pairs matched at 0.3 whose gold has a Source: it
//! holds when the predicted speaker span, or a mention of the predicted
//! speaker entity, overlaps the gold Source span.
//!
//! [`polnear_agreement`] scores the annotators against each other by the
//! same rules (`quotes_eval --agreement`): on the 16 train articles read by
//! five or six annotators, the others against the first measure all
//! attributions P 0.793 R 0.860 F1 0.825 at 0.3 (0.737 at 0.8; 2,089 of
//! 2,633 against 2,430), direct quotes 0.960 / 0.939, speaker match 0.945;
//! on the 2 such dev articles 0.899 / 0.869 (120 of 127 against 140).
//!
//! *Direct* gold attributions are those whose content opens and closes
//! with a quotation mark; direct predictions are the `direct` quotes. *All*
//! compares every attribution with every prediction.

use crate::{QuoteError, QuoteExtractor};
pub use dateline_core::Prf;
use dateline_core::{Article, Document, OffsetMap, Pipeline, PubDate, Quote, QuoteKind, Segmenter, Span};
use std::collections::{BTreeMap, HashSet};
use std::path::Path;

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        0.0
    } else {
        a as f64 / b as f64
    }
}

/// Scores of one class of attributions (direct, or all).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ClassReport {
    /// At overlap >= 0.3.
    pub loose: Prf,
    /// At overlap >= 0.8.
    pub strict: Prf,
    /// Pairs matched at 0.3 whose gold names a source.
    pub speaker_pairs: usize,
    /// Of those, the pairs whose predicted speaker matches.
    pub speaker_hits: usize,
}

impl ClassReport {
    /// Speaker match rate.
    pub fn speaker_match(&self) -> f64 {
        ratio(self.speaker_hits, self.speaker_pairs)
    }
}

/// The evaluation report.
#[derive(Debug, Clone, Default)]
pub struct PolnearReport {
    /// Articles evaluated.
    pub articles: usize,
    /// Direct quotes.
    pub direct: ClassReport,
    /// All attributions.
    pub all: ClassReport,
    /// Examples of errors (direct quotes missed or spurious, wrong
    /// speakers), for development.
    pub samples: Vec<String>,
    /// The same for all attributions.
    pub samples_all: Vec<String>,
}

/// One attribution as a set of content positions.
#[derive(Debug, Clone)]
struct Attr {
    content: HashSet<usize>,
    source: Vec<(usize, usize)>,
    direct: bool,
    /// Predicted only: the speaker entity's mentions (char spans).
    entity_mentions: Vec<(usize, usize)>,
    label: String,
    /// Gold only: the cue's char spans.
    cue: Vec<(usize, usize)>,
}

fn positions(chars: &[char], frags: &[(usize, usize)]) -> HashSet<usize> {
    let mut set = HashSet::new();
    for &(a, b) in frags {
        for (i, c) in chars.iter().enumerate().take(b.min(chars.len())).skip(a) {
            if c.is_alphanumeric() {
                set.insert(i);
            }
        }
    }
    set
}

fn is_quote_char(c: char) -> bool {
    matches!(c, '"' | '“' | '”' | '‘' | '’' | '\'' | '«' | '»' | '„')
}

/// Reads the gold attributions of one brat file.
fn read_gold(path: &Path, chars: &[char]) -> Result<Vec<Attr>, QuoteError> {
    let raw =
        std::fs::read_to_string(path).map_err(|source| QuoteError::Io { path: path.display().to_string(), source })?;
    let mut spans: BTreeMap<String, (String, Vec<(usize, usize)>)> = BTreeMap::new();
    let mut rels: Vec<Vec<(String, String)>> = Vec::new();
    for line in raw.lines() {
        let bad = || QuoteError::BadAnnotation { path: path.display().to_string(), line: line.to_string() };
        let mut parts = line.split('\t');
        let id = parts.next().unwrap_or("");
        let body = parts.next().unwrap_or("");
        // A span text with a line break continues on the next line.
        if id.len() < 2 || !id[1..].bytes().all(|b| b.is_ascii_digit()) {
            continue;
        }
        if id.starts_with('T') {
            let (label, offsets) = body.split_once(' ').ok_or_else(bad)?;
            let mut frags = Vec::new();
            for f in offsets.split(';') {
                let (a, b) = f.trim().split_once(' ').ok_or_else(bad)?;
                let a: usize = a.parse().map_err(|_| bad())?;
                let b: usize = b.parse().map_err(|_| bad())?;
                frags.push((a, b));
            }
            spans.insert(id.to_string(), (label.to_string(), frags));
        } else if id.starts_with('E') {
            let args = body
                .split_whitespace()
                .filter_map(|a| a.split_once(':'))
                .map(|(r, t)| (r.to_string(), t.to_string()))
                .collect();
            rels.push(args);
        }
    }
    let mut out = Vec::new();
    for args in rels {
        // Roles repeat with a number: Content, Content2, Source2...
        let all = |role: &str| -> Vec<(usize, usize)> {
            args.iter()
                .filter(|(r, _)| r.trim_end_matches(|c: char| c.is_ascii_digit()) == role)
                .filter_map(|(_, t)| spans.get(t))
                .flat_map(|(_, f)| f.iter().copied())
                .collect()
        };
        let mut content = all("Content");
        content.sort_unstable();
        if content.is_empty() {
            continue;
        }
        let content = &content;
        let source = all("Source");
        // Direct: the whole content is inside quotation marks.
        let start = content.iter().map(|f| f.0).min().unwrap_or(0);
        let end = content.iter().map(|f| f.1).max().unwrap_or(0).min(chars.len());
        let first = chars.iter().skip(start).find(|c| !c.is_whitespace()).copied();
        let last = chars[start.min(end)..end]
            .iter()
            .rev()
            .find(|c| !c.is_whitespace() && !matches!(c, '.' | ',' | ';' | ':'))
            .copied();
        let direct = first.is_some_and(is_quote_char) && last.is_some_and(is_quote_char);
        let cue = all("Cue");
        let cue_text: String = cue
            .iter()
            .map(|&(a, b)| chars.iter().take(b.min(chars.len())).skip(a).collect::<String>())
            .collect::<Vec<_>>()
            .join(" ");
        let label: String = content
            .iter()
            .flat_map(|&(a, b)| chars.iter().take(b.min(chars.len())).skip(a).chain(std::iter::once(&'|')))
            .take(120)
            .collect();
        let source_text: String = source
            .iter()
            .map(|&(a, b)| chars.iter().take(b.min(chars.len())).skip(a).collect::<String>())
            .collect::<Vec<_>>()
            .join(" ");
        let label = format!("{label} <cue {cue_text}> <src {source_text}>");
        let set = positions(chars, content);
        if set.is_empty() {
            continue;
        }
        out.push(Attr { content: set, source, direct, entity_mentions: Vec::new(), label, cue });
    }
    Ok(out)
}

/// The hand rule of `by_rule` behind a reported content: the one of its
/// cue whose content overlaps it most (nearest start on ties).
fn rule_named(by_rule: &[(Span, crate::attribution::Cue, &'static str)], q: &Quote) -> &'static str {
    by_rule
        .iter()
        .filter(|(_, c, _)| Some(c.span) == q.cue_span)
        .max_by_key(|(x, _, _)| {
            let (a, b) = (x.start.max(q.span.start), x.end.min(q.span.end));
            (b.saturating_sub(a), usize::MAX - x.start.abs_diff(q.span.start))
        })
        .map_or("other", |r| r.2)
}

/// Predicted attributions of a document: the quotes `keep` selects,
/// grouped by cue.
fn predicted(doc: &Document, chars: &[char], keep: impl Fn(&Quote) -> bool) -> Vec<Attr> {
    let map = OffsetMap::new(doc.text());
    // With QRULE_DEBUG set, each label ends with the hand rule that made
    // the attribution (see [`crate::attribution::Ctx::reported_by_rule`]).
    let by_rule = std::env::var_os("QRULE_DEBUG")
        .map(|_| crate::attribution::Ctx::new(doc).reported_by_rule())
        .unwrap_or_default();
    let rule_of = |q: &Quote| -> &'static str {
        if q.kind == QuoteKind::Direct {
            return "direct";
        }
        rule_named(&by_rule, q)
    };
    let mut groups: Vec<(Option<(usize, usize)>, Attr)> = Vec::new();
    for q in doc.quotes.iter().filter(|q| keep(q)) {
        let (a, b) = map.char_span(q.span);
        let set = positions(chars, &[(a, b)]);
        let source: Vec<(usize, usize)> = q.speaker_span.map(|s| map.char_span(s)).into_iter().collect();
        let entity_mentions: Vec<(usize, usize)> = q
            .speaker
            .and_then(|id| doc.entity(id))
            .map(|e| e.mentions.iter().map(|m| map.char_span(m.span)).collect())
            .unwrap_or_default();
        let cue = q.cue_span.map(|s| map.char_span(s));
        let direct = q.kind == QuoteKind::Direct;
        let nested = doc.quotes.iter().any(|o| o.cue_span != q.cue_span && o.span.contains(q.span) && o.span != q.span);
        let mut label = format!(
            "{}{} [{}] <{}> {:?}",
            if nested { "{nested} " } else { "" },
            doc.slice(q.span).chars().take(100).collect::<String>(),
            q.kind.as_str(),
            q.speaker_span.map(|s| doc.slice(s)).unwrap_or("-"),
            q.cue.as_deref().unwrap_or("-")
        );
        if !by_rule.is_empty() {
            label.push_str(&format!(" rule={}", rule_of(q)));
        }
        // Quotes with one cue are one attribution: the halves of a quote
        // split by its attribution, and the quotes that continue it (the
        // gold joins them as Content, Content2...).
        if let Some(g) = groups.iter_mut().find(|g| cue.is_some() && g.0 == cue) {
            g.1.content.extend(set);
            g.1.direct &= direct;
            continue;
        }
        groups.push((cue, Attr { content: set, source, direct, entity_mentions, label, cue: Vec::new() }));
    }
    groups.into_iter().map(|(_, a)| a).filter(|a| !a.content.is_empty()).collect()
}

fn overlap(p: &HashSet<usize>, g: &HashSet<usize>) -> f64 {
    let inter = p.intersection(g).count();
    inter as f64 / p.len().max(g.len()).max(1) as f64
}

/// One-to-one matching, best overlap first: (pred, gold) pairs.
fn matches(pred: &[&Attr], gold: &[&Attr], threshold: f64) -> Vec<(usize, usize)> {
    let mut pairs = Vec::new();
    for (i, p) in pred.iter().enumerate() {
        for (j, g) in gold.iter().enumerate() {
            let o = overlap(&p.content, &g.content);
            if o >= threshold {
                pairs.push((o, i, j));
            }
        }
    }
    pairs.sort_by(|a, b| b.0.total_cmp(&a.0));
    let (mut pu, mut gu) = (vec![false; pred.len()], vec![false; gold.len()]);
    let mut out = Vec::new();
    for (_, i, j) in pairs {
        if !pu[i] && !gu[j] {
            pu[i] = true;
            gu[j] = true;
            out.push((i, j));
        }
    }
    out
}

fn spans_overlap(a: &[(usize, usize)], b: &[(usize, usize)]) -> bool {
    a.iter().any(|&(s, e)| b.iter().any(|&(s2, e2)| s < e2 && s2 < e))
}

fn score(
    pred: &[&Attr],
    gold: &[&Attr],
    others: &[&Attr],
    report: &mut ClassReport,
    samples: &mut Vec<String>,
    name: &str,
    keep: bool,
) {
    report.loose.predicted += pred.len();
    report.loose.gold += gold.len();
    report.strict.predicted += pred.len();
    report.strict.gold += gold.len();
    let loose = matches(pred, gold, 0.3);
    report.loose.correct += loose.len();
    report.strict.correct += matches(pred, gold, 0.8).len();
    for &(i, j) in &loose {
        let g = gold[j];
        if keep {
            samples.push(format!("{name}: MATCH pred {}", pred[i].label));
        }
        if keep && overlap(&pred[i].content, &g.content) < 0.8 {
            samples.push(format!("{name}: PARTIAL pred {} / gold {}", pred[i].label, g.label));
        }
        if g.source.is_empty() {
            continue;
        }
        report.speaker_pairs += 1;
        let p = pred[i];
        if spans_overlap(&p.source, &g.source) || spans_overlap(&p.entity_mentions, &g.source) {
            report.speaker_hits += 1;
        } else if keep {
            samples.push(format!("{name}: SPEAKER pred {} / gold {}", p.label, g.label));
        }
    }
    if keep {
        let (pm, gm): (HashSet<usize>, HashSet<usize>) = loose.iter().copied().unzip();
        for (i, p) in pred.iter().enumerate() {
            if !pm.contains(&i) {
                // The best overlap with any gold attribution (of any class).
                let best = others.iter().map(|g| overlap(&p.content, &g.content)).fold(0.0, f64::max);
                samples.push(format!("{name}: FP ({best:.2}) {}", p.label));
            }
        }
        for (j, g) in gold.iter().enumerate() {
            if !gm.contains(&j) {
                let best = pred.iter().map(|p| overlap(&p.content, &g.content)).fold(0.0, f64::max);
                let nearest = pred
                    .iter()
                    .max_by(|a, b| overlap(&a.content, &g.content).total_cmp(&overlap(&b.content, &g.content)));
                let size = nearest.map_or(0, |p| p.content.len());
                samples.push(format!("{name}: FN best {best:.2} pred/gold {size}/{} {}", g.content.len(), g.label));
                // The nearest prediction of a near miss, for comparing their bounds.
                if let Some(p) = nearest.filter(|_| best > 0.0) {
                    samples.push(format!("{name}: NEAR {}", p.label));
                }
            }
        }
    }
}

/// The quotes predicted for one article of a split, described one a line
/// (for development).
pub fn polnear_article(dir: &Path, split: &str, article: &str) -> Result<Vec<String>, QuoteError> {
    let pipeline = eval_pipeline(true)?;
    let path = dir.join(split).join("text").join(format!("{article}.txt"));
    let text =
        std::fs::read_to_string(&path).map_err(|source| QuoteError::Io { path: path.display().to_string(), source })?;
    let date = article.split('_').nth(1).and_then(PubDate::parse).unwrap_or(PubDate::Date(Default::default()));
    describe_quotes(&pipeline, date, text)
}

/// Runs the pipeline over a text and describes its quotes, one a line
/// (for development).
pub fn describe_text(text: String) -> Result<Vec<String>, QuoteError> {
    describe_text_with(text, true)
}

/// [`describe_text`] with or without the learned attributions. A text in
/// the plain-text article format (a `date YYYY-MM-DD` line, optional
/// `title:`, `source:` and `url:` lines) is read without its header, which
/// would else open the first sentence ("2026-03-04\nProtesters" as a
/// speaker).
pub fn describe_text_with(text: String, learned: bool) -> Result<Vec<String>, QuoteError> {
    let pipeline = eval_pipeline(learned)?;
    let (date, body) = split_header(&text);
    describe_quotes(&pipeline, date.unwrap_or(PubDate::Date(Default::default())), body.to_string())
}

/// The date of a plain-text header and the text after the header (the
/// whole text when it has none).
fn split_header(text: &str) -> (Option<PubDate>, &str) {
    let Some(rest) = text.strip_prefix("date ") else { return (None, text) };
    let (line, mut body) = rest.split_once('\n').unwrap_or((rest, ""));
    let Some(date) = PubDate::parse(line.trim()) else { return (None, text) };
    while let Some((l, after)) = body.split_once('\n') {
        let l = l.trim();
        if ["title:", "source:", "url:"].iter().any(|h| l.starts_with(h)) {
            body = after;
        } else {
            break;
        }
    }
    (Some(date), body.trim_start_matches(['\n', '\r']))
}

fn describe_quotes(pipeline: &Pipeline, date: PubDate, text: String) -> Result<Vec<String>, QuoteError> {
    let mut doc = Document::new(Article::new(date, text));
    pipeline.run(&mut doc);
    let chars: Vec<char> = doc.text().chars().collect();
    let mut out: Vec<String> = doc
        .quotes
        .iter()
        .map(|q| {
            format!(
                "{:?} [{}] speaker={:?} ({:?}) cue={:?} {:?}",
                doc.slice(q.span),
                q.kind.as_str(),
                q.speaker.and_then(|id| doc.entity(id)).map(|e| e.name.clone()),
                q.speaker_span.map(|s| doc.slice(s)),
                q.cue,
                q.cue_span.map(|s| OffsetMap::new(doc.text()).char_span(s))
            )
        })
        .collect();
    out.push(format!("{} attributions after grouping", predicted(&doc, &chars, |_| true).len()));
    // With QRULE_DEBUG set, the hand rules' reported speech before the
    // boundaries, nesting and the veto, each with its rule.
    if std::env::var_os("QRULE_DEBUG").is_some() {
        for (x, c, rule) in crate::attribution::Ctx::new(&doc).reported_by_rule() {
            out.push(format!("rule={rule} {:?} cue={:?}", doc.slice(x), c.lemma));
        }
    }
    if std::env::var_os("QUOTES_PARSE").is_some() {
        for (i, t) in doc.tokens.iter().enumerate() {
            out.push(format!("{i}\t{}\t{:?}\t{:?}\t{:?}\t{:?}", doc.slice(t.span), t.upos, t.xpos, t.head, t.deprel));
        }
    }
    Ok(out)
}

fn eval_pipeline(learned: bool) -> Result<Pipeline, QuoteError> {
    eval_pipeline_tagged(learned, Tagger::Off)
}

/// Which tagger the evaluation runs.
#[derive(Debug, Clone)]
pub enum Tagger {
    /// The embedded one ([`crate::neural::embedded`]).
    Embedded,
    /// None: the hand rules and the learned layer alone (the default
    /// extractor).
    Off,
    /// This one, with this policy (a replayed tagger, say).
    Using(Tagging),
}

fn eval_pipeline_tagged(learned: bool, tagger: Tagger) -> Result<Pipeline, QuoteError> {
    let mut quotes = QuoteExtractor::new().with_learned(learned);
    match tagger {
        Tagger::Embedded => quotes = quotes.with_embedded_tagger(),
        Tagger::Off => quotes = quotes.without_tagger(),
        Tagger::Using((t, policy)) => quotes = quotes.with_tagger(t).with_merge_policy(policy),
    }
    Ok(Pipeline::new()
        .with(Segmenter)
        .with(dateline_syntax::SyntaxAnnotator::load().map_err(|e| QuoteError::Pipeline(e.to_string()))?)
        .with(dateline_entities::EntityExtractor::load().map_err(|e| QuoteError::Pipeline(e.to_string()))?)
        .with(dateline_time::TimeExtractor::new())
        .with(quotes))
}

/// A tagger and the policy of its additions, for [`polnear_tagged`].
pub type Tagging = (std::sync::Arc<dyn crate::neural::PieceTagger>, crate::neural::MergePolicy);

/// The text of an article of a split (for [`crate::neural::ReplayTagger`]).
pub fn article_text(dir: &Path, split: &str, article: &str) -> Option<String> {
    std::fs::read_to_string(dir.join(split).join("text").join(format!("{article}.txt"))).ok()
}

/// Evaluates on one split (`"train"` or `"dev"`) of PolNeAR in `dir`.
pub fn polnear(dir: &Path, split: &str) -> Result<PolnearReport, QuoteError> {
    polnear_with(dir, split, None, false, None, true)
}

/// As [`polnear`], on the first `limit` articles, keeping error samples of
/// the direct class when `samples` is set, on one article with `only`.
/// With `QUOTES_EVAL_HEAD` set, only the attributions (gold and predicted)
/// whose content starts in the article's first line, its headline, count.
pub fn polnear_with(
    dir: &Path,
    split: &str,
    limit: Option<usize>,
    samples: bool,
    only: Option<&str>,
    learned: bool,
) -> Result<PolnearReport, QuoteError> {
    polnear_tagged(dir, split, limit, samples, only, learned, Tagger::Off)
}

/// As [`polnear_with`], with a neural tagger's attributions added.
pub fn polnear_tagged(
    dir: &Path,
    split: &str,
    limit: Option<usize>,
    samples: bool,
    only: Option<&str>,
    learned: bool,
    tagger: Tagger,
) -> Result<PolnearReport, QuoteError> {
    let pipeline = eval_pipeline_tagged(learned, tagger)?;
    let io = |path: &Path| {
        let path = path.display().to_string();
        move |source| QuoteError::Io { path, source }
    };
    let mut report = PolnearReport::default();
    for (article, ann, txt_path) in split_articles(dir, split)?.iter().take(limit.unwrap_or(usize::MAX)) {
        if only.is_some_and(|o| o != article) {
            continue;
        }
        let text = std::fs::read_to_string(txt_path).map_err(io(txt_path))?;
        if text.contains('\r') {
            // Offsets would shift under newline normalization.
            continue;
        }
        let chars: Vec<char> = text.chars().collect();
        let gold = read_gold(ann, &chars)?;
        let date = article.split('_').nth(1).and_then(PubDate::parse).unwrap_or(PubDate::Date(Default::default()));
        let mut doc = Document::new(Article::new(date, text));
        crate::NEST_LOG.with(|l| l.borrow_mut().clear());
        pipeline.run(&mut doc);
        if std::env::var_os("QNEST_DEBUG").is_some() {
            nest_debug(&doc, &chars, &gold);
        }
        let mut pred = predicted(&doc, &chars, |_| true);
        let mut direct = predicted(&doc, &chars, |q| q.kind == QuoteKind::Direct);
        let mut gold = gold;
        if std::env::var_os("QUOTES_EVAL_HEAD").is_some() {
            // The headline alone: attributions whose content starts in
            // the first line (for development).
            let end = chars.iter().position(|&c| c == '\n').unwrap_or(chars.len());
            let head = |a: &Attr| a.content.iter().min().is_some_and(|&m| m < end);
            pred.retain(head);
            direct.retain(head);
            gold.retain(head);
        }
        report.articles += 1;
        let all_p: Vec<&Attr> = pred.iter().collect();
        let all_g: Vec<&Attr> = gold.iter().collect();
        score(&all_p, &all_g, &all_g, &mut report.all, &mut report.samples_all, article, samples);
        let dp: Vec<&Attr> = direct.iter().collect();
        let dg: Vec<&Attr> = gold.iter().filter(|a| a.direct).collect();
        score(&dp, &dg, &all_g, &mut report.direct, &mut report.samples, article, samples);
    }
    Ok(report)
}

/// The agreement of PolNeAR's annotators with each other, scored as this
/// layer is: on the articles of a split annotated more than once (train
/// has 16, each read by five or six annotators; dev 2), each other
/// annotator's attributions are matched against the first annotator's
/// (the gold of [`polnear`]) by the same rules, summed over every such
/// pair. It is the ceiling a system scored against one annotator can
/// expect to approach.
pub fn polnear_agreement(dir: &Path, split: &str) -> Result<PolnearReport, QuoteError> {
    let mut report = PolnearReport::default();
    for (article, files, txt_path) in annotator_files(dir, split)?.into_iter().filter(|(_, f, _)| f.len() > 1) {
        let text = std::fs::read_to_string(&txt_path)
            .map_err(|source| QuoteError::Io { path: txt_path.display().to_string(), source })?;
        if text.contains('\r') {
            continue;
        }
        let chars: Vec<char> = text.chars().collect();
        let gold = read_gold(&files[0], &chars)?;
        let all_g: Vec<&Attr> = gold.iter().collect();
        let dg: Vec<&Attr> = gold.iter().filter(|a| a.direct).collect();
        report.articles += 1;
        for other in &files[1..] {
            let pred = read_gold(other, &chars)?;
            let all_p: Vec<&Attr> = pred.iter().collect();
            let dp: Vec<&Attr> = pred.iter().filter(|a| a.direct).collect();
            score(&all_p, &all_g, &all_g, &mut report.all, &mut report.samples_all, &article, false);
            score(&dp, &dg, &all_g, &mut report.direct, &mut report.samples, &article, false);
        }
    }
    Ok(report)
}

/// One gold attribution as the learned layer's training reads it: its
/// content (letter and digit char positions) and its cue's char spans.
pub(crate) struct GoldCue {
    pub content: HashSet<usize>,
    pub cue: Vec<(usize, usize)>,
}

/// The content overlap of the evaluation (|P ∩ G| / max(|P|, |G|)) of a
/// char span with a gold content.
pub(crate) fn span_overlap(chars: &[char], span: (usize, usize), gold: &HashSet<usize>) -> f64 {
    overlap(&positions(chars, &[span]), gold)
}

/// One article of a split prepared for training the learned layer: the
/// document run through the pipeline (the learned layer off) and its gold
/// attributions.
pub(crate) struct TrainArticle {
    pub doc: Document,
    pub chars: Vec<char>,
    pub gold: Vec<GoldCue>,
    /// The gold attributions as the evaluation reads them.
    attrs: Vec<Attr>,
}

impl TrainArticle {
    /// The (tp, predicted, gold) counts of all attributions at overlap
    /// 0.3 with `quotes` predicted instead of the document's.
    pub(crate) fn counts_of(&self, quotes: Vec<Quote>) -> (usize, usize, usize) {
        let mut doc = self.doc.clone();
        doc.quotes = quotes;
        let pred = predicted(&doc, &self.chars, |_| true);
        let p: Vec<&Attr> = pred.iter().collect();
        let g: Vec<&Attr> = self.attrs.iter().collect();
        (matches(&p, &g, 0.3).len(), p.len(), g.len())
    }
}

/// The articles of a split: (name, annotation path, text path), the first
/// annotator's file of each article, in name order.
pub(crate) fn split_articles(
    dir: &Path,
    split: &str,
) -> Result<Vec<(String, std::path::PathBuf, std::path::PathBuf)>, QuoteError> {
    Ok(annotator_files(dir, split)?
        .into_iter()
        .filter_map(|(a, files, txt)| files.into_iter().next().map(|f| (a, f, txt)))
        .collect())
}

/// The articles of a split: (name, every annotator's file in name order,
/// text path), in name order.
fn annotator_files(
    dir: &Path,
    split: &str,
) -> Result<Vec<(String, Vec<std::path::PathBuf>, std::path::PathBuf)>, QuoteError> {
    let base = dir.join(split);
    let ann_dir = base.join("attributions");
    let mut files: Vec<String> = std::fs::read_dir(&ann_dir)
        .map_err(|source| QuoteError::Io { path: ann_dir.display().to_string(), source })?
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().to_string())
        .filter(|n| n.ends_with(".ann"))
        .collect();
    files.sort();
    let mut by_article: BTreeMap<String, Vec<std::path::PathBuf>> = BTreeMap::new();
    for f in files {
        let stem = f.trim_end_matches(".ann");
        let article = stem.rsplit_once('_').map_or(stem, |(a, _)| a).to_string();
        by_article.entry(article).or_default().push(ann_dir.join(&f));
    }
    Ok(by_article
        .into_iter()
        .map(|(a, f)| {
            let txt = base.join("text").join(format!("{a}.txt"));
            (a, f, txt)
        })
        .collect())
}

/// Runs the pipeline over one article and reads its gold (None for a
/// text with carriage returns, which the evaluation skips too).
pub(crate) fn train_article(
    pipeline: &Pipeline,
    article: &str,
    ann: &Path,
    txt: &Path,
) -> Result<Option<TrainArticle>, QuoteError> {
    let text =
        std::fs::read_to_string(txt).map_err(|source| QuoteError::Io { path: txt.display().to_string(), source })?;
    if text.contains('\r') {
        return Ok(None);
    }
    let chars: Vec<char> = text.chars().collect();
    let gold = read_gold(ann, &chars)?;
    let date = article.split('_').nth(1).and_then(PubDate::parse).unwrap_or(PubDate::Date(Default::default()));
    let mut doc = Document::new(Article::new(date, text));
    pipeline.run(&mut doc);
    let cues = gold.iter().map(|a| GoldCue { content: a.content.clone(), cue: a.cue.clone() }).collect();
    Ok(Some(TrainArticle { doc, chars, gold: cues, attrs: gold }))
}

/// The evaluation pipeline (segmenter, syntax, entities, quotes with or
/// without the learned attributions).
pub(crate) fn pipeline(learned: bool) -> Result<Pipeline, QuoteError> {
    // The learned layer is trained on the rules alone, without the tagger.
    eval_pipeline_tagged(learned, Tagger::Off)
}

/// With `QNEST_DEBUG` set: each (outer, inner) pair the nesting rule of
/// `reported_stage` met, one tab-separated `QNEST` line to stderr
/// (development): the gold attributions matched (at 0.3, one to one) by
/// each choice, as four digits: the outer alone (what the rule keeps),
/// the inner alone, both, and the inner with the outer cut before the
/// inner's clause (its speaker in the outer content, else its cue); then
/// whether a gold cue lies on the outer's cue and on the inner's; the
/// outer's and the inner's rules and cues; whether the inner content ends
/// where the outer does; the last words of the outer before the inner's
/// clause; the outer content, the inner cue and the inner content.
fn nest_debug(doc: &Document, chars: &[char], gold: &[Attr]) {
    let pairs = crate::NEST_LOG.with(|l| std::mem::take(&mut *l.borrow_mut()));
    if pairs.is_empty() {
        return;
    }
    let map = OffsetMap::new(doc.text());
    let by_rule = crate::attribution::Ctx::new(doc).reported_by_rule();
    let set = |x: Span| positions(chars, &[map.char_span(x)]);
    let gold_cue = |x: Option<Span>| {
        x.map(|c| map.char_span(c))
            .is_some_and(|(s, e)| gold.iter().any(|g| g.cue.iter().any(|&(a, b)| a < e && s < b)))
    };
    let matched = |sets: &[&HashSet<usize>]| -> usize {
        let attrs: Vec<Attr> = sets
            .iter()
            .map(|&c| Attr {
                content: c.clone(),
                source: Vec::new(),
                direct: false,
                entity_mentions: Vec::new(),
                label: String::new(),
                cue: Vec::new(),
            })
            .collect();
        matches(&attrs.iter().collect::<Vec<_>>(), &gold.iter().collect::<Vec<_>>(), 0.3).len()
    };
    let clip = |x: Span| doc.slice(x).chars().take(140).collect::<String>().replace(['\n', '\t'], " ");
    for (o, q) in &pairs {
        let Some(cue) = q.cue_span else { continue };
        let head =
            q.speaker_span.filter(|s| s.start >= o.span.start && s.end <= cue.start).map_or(cue.start, |s| s.start);
        let (outer, inner) = (set(o.span), set(q.span));
        let (hs, he) = map.char_span(Span::new(head, q.span.end.max(head)));
        let cut: HashSet<usize> = outer.iter().copied().filter(|&x| x < hs || x >= he).collect();
        let counts = [matched(&[&outer]), matched(&[&inner]), matched(&[&outer, &inner]), matched(&[&cut, &inner])];
        let before: String = doc.slice(Span::new(o.span.start, head)).chars().rev().take(30).collect();
        eprintln!(
            "QNEST\t{}\t{}\t{}\t{}\t{}\t{:?}\t{:?}\t{}\t{}\t{}\t{}\t{}",
            counts.map(|c| c.to_string()).concat(),
            gold_cue(o.cue_span),
            gold_cue(Some(cue)),
            rule_named(&by_rule, o),
            rule_named(&by_rule, q),
            o.cue.as_deref().unwrap_or("-"),
            q.cue.as_deref().unwrap_or("-"),
            o.span.end == q.span.end,
            before.chars().rev().collect::<String>().replace(['\n', '\t'], " "),
            clip(o.span),
            clip(cue),
            clip(q.span),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::{polnear_agreement, split_header};

    /// Two annotators of one article: the second finds the first's
    /// attribution, a shorter one and one more.
    #[test]
    fn annotators_are_scored_against_the_first() {
        let dir = std::env::temp_dir().join(format!("dateline-agree-{}", std::process::id()));
        let split = dir.join("train");
        std::fs::create_dir_all(split.join("text")).unwrap();
        std::fs::create_dir_all(split.join("attributions")).unwrap();
        let text = "Lee said the plan would fail. Ray argued that taxes must rise soon.\n";
        std::fs::write(split.join("text/a_2016-01-01_x.txt"), text).unwrap();
        // Lee said [the plan would fail]; Ray argued [that taxes must rise soon].
        let first = "T1\tContent 9 28\tthe plan would fail\nT2\tContent 41 66\tthat taxes must rise soon\n\
                     E1\tAttribution:T1 Content:T1\nE2\tAttribution:T2 Content:T2\n";
        // The same first content; only "soon" of the second (overlap below
        // 0.3); "Lee" as a content of its own.
        let second = "T1\tContent 9 28\tthe plan would fail\nT2\tContent 62 66\tsoon\nT3\tContent 0 3\tLee\n\
                      E1\tAttribution:T1 Content:T1\nE2\tAttribution:T2 Content:T2\nE3\tAttribution:T3 Content:T3\n";
        std::fs::write(split.join("attributions/a_2016-01-01_x_aaaa.ann"), first).unwrap();
        std::fs::write(split.join("attributions/a_2016-01-01_x_bbbb.ann"), second).unwrap();
        // An article annotated once is left out.
        std::fs::write(split.join("text/b_2016-01-01_y.txt"), text).unwrap();
        std::fs::write(split.join("attributions/b_2016-01-01_y_aaaa.ann"), first).unwrap();
        let r = polnear_agreement(&dir, "train").unwrap();
        std::fs::remove_dir_all(&dir).ok();
        assert_eq!(r.articles, 1);
        assert_eq!((r.all.loose.correct, r.all.loose.predicted, r.all.loose.gold), (1, 3, 2));
        assert_eq!(r.all.strict.correct, 1);
    }

    #[test]
    fn a_plain_text_header_is_no_part_of_the_text() {
        let (date, body) = split_header("date 2026-03-04\ntitle: Crowds\n\nProtesters chanted.\n");
        assert!(date.is_some());
        assert_eq!(body, "Protesters chanted.\n");
        assert_eq!(split_header("Protesters chanted.").1, "Protesters chanted.");
        assert_eq!(split_header("date of the vote: unknown").1, "date of the vote: unknown");
    }
}
