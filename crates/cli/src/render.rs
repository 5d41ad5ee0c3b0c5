//! Human-readable rendering of a document.

use dateline_core::Document;
use std::io::{self, Write};

pub fn clip(s: &str, n: usize) -> String {
    let one: String = s.split_whitespace().collect::<Vec<_>>().join(" ");
    if one.chars().count() <= n {
        one
    } else {
        let mut t: String = one.chars().take(n.saturating_sub(1)).collect();
        t.push('…');
        t
    }
}

/// Writes a readable summary of every layer.
pub fn write_text(out: &mut dyn Write, doc: &Document) -> io::Result<()> {
    let a = &doc.article;
    writeln!(out, "article {}  date {}", a.id, a.date)?;
    if let Some(t) = &a.title {
        writeln!(out, "title   {t}")?;
    }
    if let Some(s) = &a.source {
        writeln!(out, "source  {s}")?;
    }
    if let Some(u) = &a.url {
        writeln!(out, "url     {u}")?;
    }
    writeln!(out, "{} sentences, {} tokens", doc.sentences.len(), doc.tokens.len())?;
    if !doc.entities.is_empty() {
        writeln!(out, "\nentities")?;
        for e in &doc.entities {
            let roles = if e.roles.is_empty() { String::new() } else { format!(" [{}]", e.roles.join("; ")) };
            writeln!(
                out,
                "  {:<6} {}{}  country={} code={}  ({} mentions)",
                e.kind.as_str(),
                e.name,
                roles,
                e.country.as_deref().unwrap_or("-"),
                e.code.as_deref().unwrap_or("-"),
                e.mentions.len()
            )?;
        }
    }
    if !doc.times.is_empty() {
        writeln!(out, "\ntimes")?;
        for t in &doc.times {
            writeln!(
                out,
                "  {:<24} {:<8} {}{}",
                clip(doc.slice(t.span), 24),
                t.kind.as_str(),
                t.value,
                t.modifier.as_deref().map(|m| format!(" ({m})")).unwrap_or_default()
            )?;
        }
    }
    if !doc.amounts.is_empty() {
        writeln!(out, "\namounts")?;
        for x in &doc.amounts {
            let obj = x.object.map(|o| clip(doc.slice(o), 40)).unwrap_or_default();
            let value = x.value.map(|v| format!("{v}")).unwrap_or_else(|| "-".into());
            writeln!(
                out,
                "  {:<24} {:<8} {} {}  {}",
                clip(doc.slice(x.span), 24),
                x.kind.as_str(),
                value,
                x.unit.as_deref().unwrap_or(""),
                obj
            )?;
        }
    }
    if !doc.quotes.is_empty() {
        writeln!(out, "\nquotes")?;
        for q in &doc.quotes {
            let who = q
                .speaker
                .and_then(|id| doc.entity(id))
                .map(|e| e.name.clone())
                .or_else(|| q.speaker_span.map(|s| doc.slice(s).to_string()))
                .unwrap_or_else(|| "?".into());
            writeln!(out, "  {:<8} {:<20} {}", q.kind.as_str(), clip(&who, 20), clip(doc.slice(q.span), 80))?;
        }
    }
    if !doc.events.is_empty() {
        writeln!(out, "\nevents")?;
        for e in &doc.events {
            writeln!(
                out,
                "  {:<5} {:<10} {:<10} {:<10} {:<12} {:<10} {}",
                e.code,
                e.source.as_deref().unwrap_or("-"),
                e.target.as_deref().unwrap_or("-"),
                e.date.as_deref().unwrap_or("-"),
                e.mode.as_str(),
                e.location.as_deref().unwrap_or("-"),
                clip(doc.slice(e.trigger), 30)
            )?;
        }
    }
    writeln!(out)?;
    Ok(())
}
