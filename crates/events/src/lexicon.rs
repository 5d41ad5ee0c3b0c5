//! The trigger lexicon: verbs and nouns with the CAMEO code they trigger,
//! conditions on their arguments ("stop" + object "aid" + modifier
//! "military" = 1622), and how their target is found. The built-in lexicon
//! is `data/lexicon.txt` (its header documents the format); users may load
//! their own with [`Lexicon::parse`].

use crate::cameo;
use crate::EventError;
use std::collections::HashMap;
use std::sync::OnceLock;

/// Part of speech of a trigger.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum TriggerPos {
    /// A verbal predicate ("met", "stopped").
    Verb,
    /// An event noun ("invasion", "talks").
    Noun,
}

/// One lexicon rule.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rule {
    /// Verb or noun.
    pub pos: TriggerPos,
    /// Lemma, with its particle for phrasal verbs ("cut off").
    pub lemma: String,
    /// CAMEO code.
    pub code: String,
    /// Object head (or compound) lemmas; empty = any.
    pub obj: Vec<String>,
    /// Modifier lemmas of the object (of the trigger for nouns); empty = any.
    pub modifier: Vec<String>,
    /// Required oblique prepositions; empty = none required.
    pub prep: Vec<String>,
    /// Required head lemmas of an oblique phrase ("to the court"); empty =
    /// none required.
    pub obl: Vec<String>,
    /// Required complement verb lemmas; empty = none required.
    pub xcomp: Vec<String>,
    /// Subject head (or compound) lemmas; empty = any ("the union will
    /// strike": `subj=union`).
    pub subj: Vec<String>,
    /// Prepositions whose phrase gives the target.
    pub target_preps: Vec<String>,
    /// Reciprocal.
    pub symmetric: bool,
    /// The object is not the target.
    pub object_not_target: bool,
}

impl Rule {
    /// How specific the rule is (the number of its conditions).
    pub fn specificity(&self) -> usize {
        [&self.obj, &self.modifier, &self.prep, &self.obl, &self.xcomp, &self.subj]
            .iter()
            .filter(|v| !v.is_empty())
            .count()
    }

    /// A rule whose code is `-`: where it is the best rule, the trigger
    /// codes no event ("appeal the verdict" is no CAMEO appeal).
    pub fn codes_nothing(&self) -> bool {
        self.code == NO_EVENT
    }
}

/// The code of a rule that codes no event.
pub const NO_EVENT: &str = "-";

/// Default prepositions introducing a target.
pub const DEFAULT_TARGET_PREPS: &[&str] = &["with", "to", "against", "on", "into", "toward", "towards", "from", "at"];

/// The trigger lexicon.
#[derive(Debug, Clone, Default)]
pub struct Lexicon {
    rules: HashMap<(TriggerPos, String), Vec<Rule>>,
}

impl Lexicon {
    /// The built-in lexicon (parsed once).
    pub fn builtin() -> &'static Lexicon {
        static LEX: OnceLock<Lexicon> = OnceLock::new();
        LEX.get_or_init(|| Lexicon::parse(include_str!("../data/lexicon.txt")).unwrap_or_default())
    }

    /// Parses a lexicon in the format of `data/lexicon.txt`.
    pub fn parse(text: &str) -> Result<Lexicon, EventError> {
        let mut lex = Lexicon::default();
        for (n, raw) in text.lines().enumerate() {
            let line = raw.split('#').next().unwrap_or("").trim();
            if line.is_empty() {
                continue;
            }
            let bad = |why: &str| EventError::Lexicon { line: n + 1, message: why.to_string() };
            let mut words = line.split_whitespace();
            let pos = match words.next() {
                Some("verb") => TriggerPos::Verb,
                Some("noun") => TriggerPos::Noun,
                _ => return Err(bad("a rule starts with `verb` or `noun`")),
            };
            let mut lemma = Vec::new();
            let mut code = None;
            for w in words.by_ref() {
                if w.chars().all(|c| c.is_ascii_digit()) || w == NO_EVENT {
                    code = Some(w.to_string());
                    break;
                }
                lemma.push(w.to_lowercase());
            }
            let code = code.ok_or_else(|| bad("missing CAMEO code"))?;
            if code != NO_EVENT && !cameo::is_code(&code) {
                return Err(bad(&format!("{code} is not a CAMEO code")));
            }
            if lemma.is_empty() {
                return Err(bad("missing lemma"));
            }
            let mut rule = Rule {
                pos,
                lemma: lemma.join(" "),
                code,
                obj: Vec::new(),
                modifier: Vec::new(),
                prep: Vec::new(),
                obl: Vec::new(),
                xcomp: Vec::new(),
                subj: Vec::new(),
                target_preps: DEFAULT_TARGET_PREPS.iter().map(|s| s.to_string()).collect(),
                symmetric: false,
                object_not_target: false,
            };
            for w in words {
                let list = |v: &str| v.split('|').map(|s| s.to_lowercase()).collect::<Vec<_>>();
                match w.split_once('=') {
                    Some(("obj", v)) => rule.obj = list(v),
                    Some(("mod", v)) => rule.modifier = list(v),
                    Some(("prep", v)) => rule.prep = list(v),
                    Some(("obl", v)) => rule.obl = list(v),
                    Some(("xcomp", v)) => rule.xcomp = list(v),
                    Some(("subj", v)) => rule.subj = list(v),
                    Some(("tgt", v)) => rule.target_preps = list(v),
                    None if w == "sym" => rule.symmetric = true,
                    None if w == "notgt" => rule.object_not_target = true,
                    _ => return Err(bad(&format!("unknown condition {w:?}"))),
                }
            }
            lex.rules.entry((pos, rule.lemma.clone())).or_default().push(rule);
        }
        Ok(lex)
    }

    /// The rules of a trigger lemma.
    pub fn rules(&self, pos: TriggerPos, lemma: &str) -> &[Rule] {
        self.rules.get(&(pos, lemma.to_string())).map_or(&[], |v| v.as_slice())
    }

    /// Number of rules.
    pub fn len(&self) -> usize {
        self.rules.values().map(Vec::len).sum()
    }

    /// True when there are no rules.
    pub fn is_empty(&self) -> bool {
        self.rules.is_empty()
    }
}

/// What a trigger's clause offers to the conditions of a rule.
#[derive(Debug, Clone, Default)]
pub struct Features {
    /// Object head lemmas and their compounds.
    pub objects: Vec<String>,
    /// Modifier lemmas of the objects (or of the noun trigger).
    pub modifiers: Vec<String>,
    /// Oblique prepositions.
    pub preps: Vec<String>,
    /// Head lemmas of the oblique phrases.
    pub obliques: Vec<String>,
    /// (preposition, head lemma) of each oblique phrase that has one: a
    /// rule with both `prep=` and `obl=` needs them in one phrase.
    pub phrases: Vec<(String, String)>,
    /// Complement verb lemmas.
    pub xcomps: Vec<String>,
    /// Subject head lemmas and their compounds.
    pub subjects: Vec<String>,
}

/// The singular of a plural a lemmatizer left as written ("supplies",
/// "talks"): -ies to -y, else one -s or -es off.
fn singular(w: &str) -> Option<String> {
    if let Some(stem) = w.strip_suffix("ies") {
        return Some(format!("{stem}y"));
    }
    if let Some(stem) = w.strip_suffix("ches").or_else(|| w.strip_suffix("shes")) {
        return Some(format!("{stem}{}", &w[stem.len()..stem.len() + 2]));
    }
    w.strip_suffix('s').map(str::to_string)
}

impl Features {
    pub(crate) fn has(list: &[String], want: &[String]) -> bool {
        want.is_empty() || want.iter().any(|w| list.iter().any(|l| l == w || singular(l).as_deref() == Some(w)))
    }

    /// `prep=` and `obl=`: with both, one phrase must have a listed
    /// preposition and a listed head ("appealed to supporters ... outside
    /// the court" is no "appeal to the court").
    fn oblique_holds(&self, r: &Rule) -> bool {
        if r.prep.is_empty() || r.obl.is_empty() {
            return Features::has(&self.preps, &r.prep) && Features::has(&self.obliques, &r.obl);
        }
        self.phrases.iter().any(|(p, h)| r.prep.contains(p) && Features::has(std::slice::from_ref(h), &r.obl))
    }

    /// The most specific rule whose conditions hold.
    pub fn best<'a>(&self, rules: &'a [Rule]) -> Option<&'a Rule> {
        rules
            .iter()
            .filter(|r| {
                Features::has(&self.objects, &r.obj)
                    && Features::has(&self.modifiers, &r.modifier)
                    && self.oblique_holds(r)
                    && Features::has(&self.xcomps, &r.xcomp)
                    && Features::has(&self.subjects, &r.subj)
            })
            .max_by_key(|r| r.specificity())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builtin_parses_with_every_root() {
        let lex = Lexicon::parse(include_str!("../data/lexicon.txt")).expect("lexicon parses");
        assert!(lex.len() > 200);
        let mut roots = [false; 21];
        for rules in lex.rules.values() {
            for r in rules {
                if let Some(root) = cameo::root_of(&r.code) {
                    roots[root as usize] = true;
                }
            }
        }
        assert!(roots[1..].iter().all(|&x| x), "a root category has no trigger: {roots:?}");
    }

    #[test]
    fn most_specific_rule_wins() {
        let lex = Lexicon::builtin();
        let f =
            Features { objects: vec!["assistance".into()], modifiers: vec!["military".into()], ..Features::default() };
        assert_eq!(f.best(lex.rules(TriggerPos::Verb, "stop")).map(|r| r.code.as_str()), Some("1622"));
        let f = Features { objects: vec!["supplies".into()], ..Features::default() };
        assert!(Features::has(&f.objects, &["supply".to_string()]));
        let f = Features { objects: vec!["sharing".into(), "intelligence".into()], ..Features::default() };
        assert_eq!(f.best(lex.rules(TriggerPos::Verb, "pause")).map(|r| r.code.as_str()), Some("160"));
        assert!(Features::default().best(lex.rules(TriggerPos::Verb, "stop")).is_none());
        assert!(Lexicon::parse("verb go 999").is_err());
        let none = Lexicon::parse("verb appeal - prep=to obl=court").expect("a rule of no event parses");
        let r = &none.rules(TriggerPos::Verb, "appeal")[0];
        assert!(r.codes_nothing() && r.specificity() == 2);
        let f = Features {
            preps: vec!["to".into()],
            obliques: vec!["court".into()],
            phrases: vec![("to".into(), "court".into())],
            ..Features::default()
        };
        assert!(f.best(none.rules(TriggerPos::Verb, "appeal")).is_some());
        // "to" and "court" from two phrases: no "appeal to the court".
        let f = Features {
            preps: vec!["to".into(), "outside".into()],
            obliques: vec!["supporter".into(), "court".into()],
            phrases: vec![("to".into(), "supporter".into()), ("outside".into(), "court".into())],
            ..Features::default()
        };
        assert!(f.best(none.rules(TriggerPos::Verb, "appeal")).is_none());
        assert!(Lexicon::parse("adj big 010").is_err());
    }
}
