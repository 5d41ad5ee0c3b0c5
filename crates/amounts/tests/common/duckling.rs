//! Scoring against Duckling's English corpora
//! (`../shared/eval/time-duckling/duckling_en_examples.jsonl`): shared by
//! the `duckling` test and the `eval` example.
#![allow(dead_code)]

use dateline_amounts::{parse_duration, parse_number, parse_ordinal, AmountExtractor, Grain};
use dateline_core::AmountKind;
use serde_json::Value;
use std::collections::BTreeMap;
use std::path::Path;

/// Pass counts of one dimension.
#[derive(Debug, Default, Clone)]
pub struct DimScore {
    /// Examples that passed.
    pub pass: usize,
    /// Examples seen.
    pub total: usize,
    /// `text => expected / got` of the failures.
    pub failures: Vec<String>,
}

impl DimScore {
    /// Pass rate in [0, 1].
    pub fn rate(&self) -> f64 {
        if self.total == 0 {
            0.0
        } else {
            self.pass as f64 / self.total as f64
        }
    }
}

/// The dimensions this crate answers for.
pub const DIMS: [&str; 5] = ["AmountOfMoney", "Numeral", "Ordinal", "Quantity", "Duration"];

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-6 * a.abs().max(b.abs()).max(1.0)
}

/// The extractor a Duckling locale implies: its dollar and its "grand".
fn extractor_for(locale: &str) -> (AmountExtractor, &'static str) {
    let (dollar, local) = match locale {
        "EN_AU" => ("AUD", "AUD"),
        "EN_CA" => ("CAD", "CAD"),
        "EN_NZ" => ("NZD", "NZD"),
        "EN_JM" => ("JMD", "JMD"),
        "EN_TT" => ("TTD", "TTD"),
        "EN_GB" => ("USD", "GBP"),
        _ => ("USD", "USD"),
    };
    let ex = AmountExtractor::new().default_dollar(dollar).and_then(|e| e.local_currency(local)).expect("valid codes");
    (ex, dollar)
}

/// Our unit and value scale for a Duckling unit name.
fn map_unit(unit: &str, dollar: &str) -> (Option<String>, f64) {
    match unit {
        "Dollar" => (Some(dollar.to_string()), 1.0),
        "Cent" => (Some(dollar.to_string()), 0.01),
        "Pound" => (Some("GBP".into()), 1.0),
        "Dinar" | "Riyal" | "Rial" => (Some(unit.to_lowercase()), 1.0),
        "Unnamed" => (None, 1.0),
        u => (Some(u.to_string()), 1.0),
    }
}

fn map_quantity_unit(unit: &str) -> (Option<&'static str>, f64) {
    match unit {
        "Gram" => (Some("t"), 1e-6),
        "Pound" => (Some("t"), 0.000_453_592_37),
        "Ounce" => (Some("oz"), 1.0),
        "Cup" => (Some("cup"), 1.0),
        _ => (None, 1.0),
    }
}

fn grain(s: &str) -> Option<Grain> {
    Some(match s {
        "Second" => Grain::Second,
        "Minute" => Grain::Minute,
        "Hour" => Grain::Hour,
        "Day" => Grain::Day,
        "Week" => Grain::Week,
        "Month" => Grain::Month,
        "Quarter" => Grain::Quarter,
        "Year" => Grain::Year,
        _ => return None,
    })
}

/// Checks one record; `Ok(())` when it passes, `Err(got)` otherwise.
pub fn check(rec: &Value) -> Result<(), String> {
    let dim = rec["dimension"].as_str().unwrap_or("");
    let text = rec["text"].as_str().unwrap_or("");
    let exp = &rec["expected"];
    let locale = rec["locale"].as_str().unwrap_or("EN");
    match dim {
        "Numeral" => {
            let got = parse_number(text);
            let want = exp["value"].as_f64();
            match (got, want) {
                (Some(g), Some(w)) if close(g, w) => Ok(()),
                _ => Err(format!("{got:?}")),
            }
        }
        "Ordinal" => {
            let got = parse_ordinal(text);
            match (got, exp["value"].as_f64()) {
                (Some(g), Some(w)) if close(g as f64, w) => Ok(()),
                _ => Err(format!("{got:?}")),
            }
        }
        "Duration" => {
            let got = parse_duration(text);
            if exp.is_null() {
                return if got.is_none() { Ok(()) } else { Err(format!("{got:?}")) };
            }
            match (got, exp["value"].as_f64(), exp["grain"].as_str().and_then(grain)) {
                (Some(g), Some(v), Some(gr)) if g.grain == gr && close(g.value, v) => Ok(()),
                _ => Err(format!("{got:?}")),
            }
        }
        "AmountOfMoney" | "Quantity" => {
            let (ex, dollar) = extractor_for(locale);
            let kind = if dim == "AmountOfMoney" { AmountKind::Money } else { AmountKind::Quantity };
            let got = ex.parse_as(text, kind);
            if exp.is_null() {
                return match got {
                    None => Ok(()),
                    Some(a) if !matches!(a.kind, AmountKind::Money | AmountKind::Range) => Ok(()),
                    Some(a) => Err(format!("{a:?}")),
                };
            }
            let Some(a) = got else {
                return Err("None".into());
            };
            let unit = exp["unit"].as_str().unwrap_or("");
            let (want_unit, scale) = if dim == "AmountOfMoney" {
                map_unit(unit, dollar)
            } else {
                let (u, s) = map_quantity_unit(unit);
                (u.map(str::to_string), s)
            };
            let unit_ok = match (&want_unit, &a.unit) {
                (None, None) => true,
                // Duckling leaves "bucks" and bare latent numbers unnamed.
                (None, Some(u)) => dim == "AmountOfMoney" && u == dollar,
                (Some(w), Some(u)) => w == u,
                _ => false,
            };
            let kind = exp["kind"].as_str().unwrap_or("");
            let val = |v: &Value| v.as_f64().map(|x| x * scale);
            let value_ok = match kind {
                "simple" => a.value_max.is_none() && a.value.zip(val(&exp["value"])).is_some_and(|(g, w)| close(g, w)),
                "between" => {
                    a.kind == AmountKind::Range
                        && a.value.zip(val(&exp["from_"])).is_some_and(|(g, w)| close(g, w))
                        && a.value_max.zip(val(&exp["to"])).is_some_and(|(g, w)| close(g, w))
                }
                "above" => {
                    matches!(a.modifier.as_deref(), Some("more_than" | "at_least"))
                        && a.value.zip(val(&exp["value"])).is_some_and(|(g, w)| close(g, w))
                }
                "under" => {
                    matches!(a.modifier.as_deref(), Some("less_than" | "up_to"))
                        && a.value.zip(val(&exp["value"])).is_some_and(|(g, w)| close(g, w))
                }
                _ => false,
            };
            let kind_ok = if dim == "AmountOfMoney" {
                want_unit.is_none() || matches!(a.kind, AmountKind::Money | AmountKind::Range)
            } else {
                want_unit.is_none() || matches!(a.kind, AmountKind::Quantity | AmountKind::Range)
            };
            let product_ok = match exp["product"].as_str() {
                None => true,
                Some(p) => a.object.is_some_and(|o| text.get(o.start..o.end).is_some_and(|s| s.to_lowercase() == p)),
            };
            if unit_ok && value_ok && kind_ok && product_ok {
                Ok(())
            } else {
                let obj = a.object.and_then(|o| text.get(o.start..o.end)).unwrap_or("");
                Err(format!(
                    "{} {:?}..{:?} {:?} mod={:?} obj={obj:?}",
                    a.kind.as_str(),
                    a.value,
                    a.value_max,
                    a.unit,
                    a.modifier
                ))
            }
        }
        _ => Ok(()),
    }
}

/// Scores every record of our dimensions in `path`.
pub fn evaluate(path: &Path) -> std::io::Result<BTreeMap<String, DimScore>> {
    let raw = std::fs::read_to_string(path)?;
    let mut out: BTreeMap<String, DimScore> = BTreeMap::new();
    for line in raw.lines() {
        let Ok(rec) = serde_json::from_str::<Value>(line) else {
            continue;
        };
        let dim = rec["dimension"].as_str().unwrap_or("").to_string();
        if !DIMS.contains(&dim.as_str()) {
            continue;
        }
        let s = out.entry(dim).or_default();
        s.total += 1;
        match check(&rec) {
            Ok(()) => s.pass += 1,
            Err(got) => s.failures.push(format!(
                "[{}] {:?} => {} / got {got}",
                rec["locale"].as_str().unwrap_or(""),
                rec["text"].as_str().unwrap_or(""),
                rec["expr"].as_str().unwrap_or("")
            )),
        }
    }
    Ok(out)
}
