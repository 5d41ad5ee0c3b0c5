//! Lemmatizer: suffix rules keyed by the Penn tag, a lexicon of known
//! lemmas to choose between candidate stems ("framed" -> "frame",
//! "stopped" -> "stop"), a hand-written table of irregular forms, and an
//! exception table learned from the treebank (forms whose treebank lemma
//! the rules get wrong).

use crate::conllu::ConlluSentence;
use crate::perceptron::{hash_str, mix, read_str, read_u64, write_str, write_u64, IdMap};
use std::collections::{HashMap, HashSet};
use std::io::{Read, Write};

/// Irregular verb forms and other irregulars (form, lemma).
const IRREGULAR: &[(&str, &str)] = &[
    ("am", "be"),
    ("is", "be"),
    ("are", "be"),
    ("was", "be"),
    ("were", "be"),
    ("been", "be"),
    ("being", "be"),
    ("'m", "be"),
    ("'re", "be"),
    ("has", "have"),
    ("had", "have"),
    ("having", "have"),
    ("'ve", "have"),
    ("does", "do"),
    ("did", "do"),
    ("done", "do"),
    ("doing", "do"),
    ("'ll", "will"),
    ("wo", "will"),
    ("ca", "can"),
    ("n't", "not"),
    ("said", "say"),
    ("says", "say"),
    ("went", "go"),
    ("gone", "go"),
    ("goes", "go"),
    ("made", "make"),
    ("took", "take"),
    ("taken", "take"),
    ("came", "come"),
    ("saw", "see"),
    ("seen", "see"),
    ("got", "get"),
    ("gotten", "get"),
    ("gave", "give"),
    ("given", "give"),
    ("told", "tell"),
    ("found", "find"),
    ("thought", "think"),
    ("knew", "know"),
    ("known", "know"),
    ("left", "leave"),
    ("felt", "feel"),
    ("brought", "bring"),
    ("began", "begin"),
    ("begun", "begin"),
    ("kept", "keep"),
    ("held", "hold"),
    ("wrote", "write"),
    ("written", "write"),
    ("stood", "stand"),
    ("heard", "hear"),
    ("meant", "mean"),
    ("met", "meet"),
    ("ran", "run"),
    ("paid", "pay"),
    ("sat", "sit"),
    ("spoke", "speak"),
    ("spoken", "speak"),
    ("led", "lead"),
    ("grew", "grow"),
    ("grown", "grow"),
    ("lost", "lose"),
    ("fell", "fall"),
    ("fallen", "fall"),
    ("sent", "send"),
    ("built", "build"),
    ("understood", "understand"),
    ("drew", "draw"),
    ("drawn", "draw"),
    ("broke", "break"),
    ("broken", "break"),
    ("spent", "spend"),
    ("rose", "rise"),
    ("risen", "rise"),
    ("drove", "drive"),
    ("driven", "drive"),
    ("bought", "buy"),
    ("wore", "wear"),
    ("worn", "wear"),
    ("chose", "choose"),
    ("chosen", "choose"),
    ("sold", "sell"),
    ("fought", "fight"),
    ("sought", "seek"),
    ("threw", "throw"),
    ("thrown", "throw"),
    ("caught", "catch"),
    ("taught", "teach"),
    ("won", "win"),
    ("struck", "strike"),
    ("forgot", "forget"),
    ("forgotten", "forget"),
    ("flew", "fly"),
    ("flown", "fly"),
    ("ate", "eat"),
    ("eaten", "eat"),
    ("hid", "hide"),
    ("hidden", "hide"),
    ("shot", "shoot"),
    ("slid", "slide"),
    ("fled", "flee"),
    ("swore", "swear"),
    ("sworn", "swear"),
    ("became", "become"),
    ("withdrew", "withdraw"),
    ("withdrawn", "withdraw"),
    ("overtook", "overtake"),
    ("undertook", "undertake"),
    ("bore", "bear"),
    ("born", "bear"),
    ("laid", "lay"),
    ("lay", "lie"),
    ("lain", "lie"),
    ("dealt", "deal"),
    ("fed", "feed"),
    ("bled", "bleed"),
    ("sped", "speed"),
    ("stole", "steal"),
    ("stolen", "steal"),
    ("froze", "freeze"),
    ("frozen", "freeze"),
    ("woke", "wake"),
    ("woken", "wake"),
    ("shook", "shake"),
    ("shaken", "shake"),
    ("rode", "ride"),
    ("ridden", "ride"),
    ("sang", "sing"),
    ("sung", "sing"),
    ("swam", "swim"),
    ("sank", "sink"),
    ("sunk", "sink"),
    ("drank", "drink"),
    ("drunk", "drink"),
    ("rang", "ring"),
    ("rung", "ring"),
    ("tore", "tear"),
    ("torn", "tear"),
    ("lent", "lend"),
    ("bent", "bend"),
    ("bound", "bind"),
    ("ground", "grind"),
    ("wound", "wind"),
    ("men", "man"),
    ("women", "woman"),
    ("children", "child"),
    ("people", "person"),
    ("feet", "foot"),
    ("teeth", "tooth"),
    ("mice", "mouse"),
    ("lives", "life"),
    ("wives", "wife"),
    ("knives", "knife"),
    ("leaves", "leaf"),
    ("halves", "half"),
    ("selves", "self"),
    ("thieves", "thief"),
    ("wolves", "wolf"),
    ("crises", "crisis"),
    ("analyses", "analysis"),
    ("criteria", "criterion"),
    ("phenomena", "phenomenon"),
    ("better", "good"),
    ("best", "good"),
    ("worse", "bad"),
    ("worst", "bad"),
    ("more", "more"),
    ("most", "most"),
    ("less", "less"),
    ("least", "least"),
    ("further", "far"),
    ("farther", "far"),
];

/// A lemmatizer: rules, lexicon and exception table.
#[derive(Debug, Clone, Default)]
pub struct Lemmatizer {
    lexicon: HashSet<String>,
    exceptions: IdMap<String>,
    irregular: HashMap<&'static str, &'static str>,
    feats_exc: IdMap<String>,
    feats_default: HashMap<String, String>,
}

fn key(lower: &str, xpos: &str) -> u64 {
    mix(hash_str(lower), hash_str(xpos))
}

fn is_vowel(c: u8) -> bool {
    matches!(c, b'a' | b'e' | b'i' | b'o' | b'u')
}

impl Lemmatizer {
    fn with_parts(lexicon: HashSet<String>, exceptions: IdMap<String>) -> Lemmatizer {
        Lemmatizer {
            lexicon,
            exceptions,
            irregular: IRREGULAR.iter().copied().collect(),
            feats_exc: IdMap::default(),
            feats_default: HashMap::new(),
        }
    }

    /// Morphological features (CoNLL-U form, `None` when empty) of a word
    /// with its Penn tag: the treebank's most frequent features for this
    /// form and tag, else for the tag.
    pub fn feats(&self, form: &str, xpos: &str) -> Option<String> {
        let lower: String =
            if form.is_ascii() { form.to_ascii_lowercase() } else { form.to_lowercase().replace('\u{2019}', "'") };
        let f = self.feats_exc.get(&key(&lower, xpos)).or_else(|| self.feats_default.get(xpos))?;
        (f != "_" && !f.is_empty()).then(|| f.clone())
    }

    /// A lemmatizer with the rules and irregular table only.
    pub fn rules_only() -> Lemmatizer {
        Lemmatizer::with_parts(HashSet::new(), IdMap::default())
    }

    /// Picks a stem from a stripped suffix: the lexicon first, then
    /// spelling heuristics (doubling, silent e).
    fn stem(&self, stem: &str, allow_e: bool) -> String {
        let b = stem.as_bytes();
        let n = b.len();
        if n == 0 {
            return stem.to_string();
        }
        let with_e = format!("{stem}e");
        let undoubled = if n >= 2 && b[n - 1].is_ascii_alphabetic() && b[n - 1] == b[n - 2] && !is_vowel(b[n - 1]) {
            Some(&stem[..n - 1])
        } else {
            None
        };
        if let Some(u) = undoubled {
            if self.lexicon.contains(u) && !self.lexicon.contains(stem) {
                return u.to_string();
            }
        }
        // "taped", "stared", "fined": a short vowel before one consonant
        // would have doubled it ("tapped", "starred"), so when both "tap"
        // and "tape" are words the suffix was added to "tape".
        // (one syllable only: "enveloped" is from "envelop", not
        // "envelope").
        let syllables = (0..n).filter(|&k| is_vowel(b[k]) && (k == 0 || !is_vowel(b[k - 1]))).count();
        let short_closed = n >= 3
            && syllables == 1
            && !is_vowel(b[n - 1])
            && !matches!(b[n - 1], b'w' | b'x' | b'y')
            && is_vowel(b[n - 2])
            && !is_vowel(b[n - 3]);
        if allow_e && self.lexicon.contains(&with_e) && (!self.lexicon.contains(stem) || short_closed) {
            return with_e;
        }
        if self.lexicon.contains(stem) {
            return stem.to_string();
        }
        if let Some(u) = undoubled {
            if !matches!(b[n - 1], b'l' | b's' | b'z' | b'f') {
                return u.to_string();
            }
            return stem.to_string();
        }
        if allow_e && n >= 2 {
            let last = b[n - 1];
            let prev = b[n - 2];
            let e_end = matches!(last, b'v' | b'z' | b'c' | b'u')
                // "changed", "merged", "judged", "besieged", "obliged".
                || (last == b'g' && matches!(prev, b'n' | b'r' | b'd' | b'a' | b'e' | b'i'))
                || (last == b's' && matches!(prev, b'u' | b'a' | b'o' | b'i'))
                || (n >= 3
                    && is_vowel(prev)
                    && !is_vowel(last)
                    && !matches!(last, b'w' | b'x' | b'y' | b'r' | b'n' | b'l' | b't' | b'm')
                    && !is_vowel(b[n - 3]))
                || (n >= 3 && prev == b'a' && matches!(last, b't' | b'm' | b'n' | b'r') && !is_vowel(b[n - 3]))
                || (n >= 3 && prev == b'i' && matches!(last, b'r' | b'n' | b'm') && !is_vowel(b[n - 3]))
                || (n >= 3
                    && matches!(prev, b'o' | b'u')
                    && matches!(last, b't' | b'n' | b'r' | b'm' | b'l')
                    && !is_vowel(b[n - 3]));
            if e_end {
                return with_e;
            }
        }
        stem.to_string()
    }

    /// Rule-based lemma (no exception table).
    pub fn rules(&self, form: &str, upos: &str, xpos: &str) -> String {
        match upos {
            "PROPN" if xpos != "NNPS" => return form.to_string(),
            "PUNCT" | "SYM" | "NUM" | "X" => return form.to_string(),
            _ => {}
        }
        let lower: String =
            if form.is_ascii() { form.to_ascii_lowercase() } else { form.to_lowercase().replace('\u{2019}', "'") };
        if form == "I" {
            return "I".into();
        }
        // Proper adjectives keep their capital ("Ukrainian", "European").
        if upos == "ADJ"
            && xpos == "JJ"
            && form.chars().next().is_some_and(char::is_uppercase)
            && form.chars().skip(1).all(char::is_lowercase)
            && ["an", "ese", "ish", "ic", "i"].iter().any(|suf| form.ends_with(suf))
        {
            return form.to_string();
        }
        if let Some(l) = self.irregular.get(lower.as_str()) {
            if matches!(upos, "VERB" | "AUX" | "NOUN" | "ADJ" | "ADV" | "PART") {
                return (*l).to_string();
            }
        }
        let l = lower.as_str();
        let out = match xpos {
            "NNS" | "VBZ" | "NNPS" => {
                if let Some(s) = l.strip_suffix("ies").filter(|s| s.len() >= 2) {
                    format!("{s}y")
                } else if let Some(s) = l.strip_suffix("es").filter(|s| {
                    s.ends_with("ss")
                        || s.ends_with('x')
                        || s.ends_with("ch")
                        || s.ends_with("sh")
                        || s.ends_with("zz")
                        || (xpos == "VBZ" && s.ends_with('o'))
                }) {
                    s.to_string()
                } else if l.ends_with("ss") || l.ends_with("us") || l.ends_with("is") || l.len() <= 2 {
                    l.to_string()
                } else if let Some(s) = l.strip_suffix('s') {
                    s.to_string()
                } else {
                    l.to_string()
                }
            }
            "VBD" | "VBN" => {
                if let Some(s) = l.strip_suffix("ied").filter(|s| s.len() >= 2) {
                    format!("{s}y")
                } else if let Some(s) = l.strip_suffix("ed").filter(|s| s.len() >= 2) {
                    if s.ends_with('e') {
                        // "agreed", "freed".
                        if self.lexicon.contains(s) {
                            s.to_string()
                        } else {
                            format!("{s}e")
                        }
                    } else {
                        self.stem(s, true)
                    }
                } else {
                    l.to_string()
                }
            }
            "VBG" => {
                if let Some(s) = l.strip_suffix("ing").filter(|s| s.len() >= 2) {
                    if s.ends_with('y') && s.len() == 2 {
                        // "dying" is handled by the exception table; "lying".
                        s.to_string()
                    } else {
                        self.stem(s, true)
                    }
                } else {
                    l.to_string()
                }
            }
            "JJR" | "RBR" => match l.strip_suffix("er").filter(|s| s.len() >= 2) {
                Some(s) if s.ends_with('i') => format!("{}y", &s[..s.len() - 1]),
                Some(s) => self.stem(s, true),
                None => l.to_string(),
            },
            "JJS" | "RBS" => match l.strip_suffix("est").filter(|s| s.len() >= 2) {
                Some(s) if s.ends_with('i') => format!("{}y", &s[..s.len() - 1]),
                Some(s) => self.stem(s, true),
                None => l.to_string(),
            },
            _ => l.to_string(),
        };
        out
    }

    /// The lemma of a word with its tags.
    pub fn lemma(&self, form: &str, upos: &str, xpos: &str) -> String {
        let lower: String =
            if form.is_ascii() { form.to_ascii_lowercase() } else { form.to_lowercase().replace('\u{2019}', "'") };
        if let Some(l) = self.exceptions.get(&key(&lower, xpos)) {
            if l == "=" {
                return form.to_string();
            }
            return l.clone();
        }
        self.rules(form, upos, xpos)
    }

    /// Writes the lexicon and exceptions.
    pub fn write(&self, w: &mut impl Write) -> std::io::Result<()> {
        let mut lex: Vec<&String> = self.lexicon.iter().collect();
        lex.sort();
        write_u64(w, lex.len() as u64)?;
        for l in lex {
            write_str(w, l)?;
        }
        let mut ex: Vec<(&u64, &String)> = self.exceptions.iter().collect();
        ex.sort();
        write_u64(w, ex.len() as u64)?;
        for (k, v) in ex {
            write_u64(w, *k)?;
            write_str(w, v)?;
        }
        let mut fe: Vec<(&u64, &String)> = self.feats_exc.iter().collect();
        fe.sort();
        write_u64(w, fe.len() as u64)?;
        for (k, v) in fe {
            write_u64(w, *k)?;
            write_str(w, v)?;
        }
        let mut fd: Vec<(&String, &String)> = self.feats_default.iter().collect();
        fd.sort();
        write_u64(w, fd.len() as u64)?;
        for (k, v) in fd {
            write_str(w, k)?;
            write_str(w, v)?;
        }
        Ok(())
    }

    /// Reads what [`Lemmatizer::write`] wrote.
    pub fn read(r: &mut impl Read) -> std::io::Result<Lemmatizer> {
        let n = read_u64(r)? as usize;
        if n > 1 << 22 {
            return Err(crate::tagger::bad("lexicon too large"));
        }
        let mut lexicon = HashSet::with_capacity(n);
        for _ in 0..n {
            lexicon.insert(read_str(r)?);
        }
        let m = read_u64(r)? as usize;
        if m > 1 << 22 {
            return Err(crate::tagger::bad("exception table too large"));
        }
        let mut exceptions = IdMap::default();
        for _ in 0..m {
            let k = read_u64(r)?;
            exceptions.insert(k, read_str(r)?);
        }
        let mut out = Lemmatizer::with_parts(lexicon, exceptions);
        let m = read_u64(r)? as usize;
        if m > 1 << 22 {
            return Err(crate::tagger::bad("feature table too large"));
        }
        for _ in 0..m {
            let k = read_u64(r)?;
            out.feats_exc.insert(k, read_str(r)?);
        }
        let m = read_u64(r)? as usize;
        if m > 1 << 16 {
            return Err(crate::tagger::bad("feature table too large"));
        }
        for _ in 0..m {
            let k = read_str(r)?;
            out.feats_default.insert(k, read_str(r)?);
        }
        Ok(out)
    }
}

/// Builds the lemmatizer from a treebank: the lexicon of lemmas seen, and
/// the forms whose majority lemma the rules miss.
pub fn train_lemmatizer(train: &[ConlluSentence]) -> Lemmatizer {
    let mut lexicon = HashSet::new();
    for s in train {
        for w in &s.words {
            if matches!(w.upos.as_str(), "VERB" | "NOUN" | "ADJ" | "ADV" | "AUX")
                && w.lemma.chars().all(|c| c.is_ascii_lowercase())
            {
                lexicon.insert(w.lemma.clone());
            }
        }
    }
    let base = Lemmatizer::with_parts(lexicon.clone(), IdMap::default());
    let mut counts: HashMap<(String, String), HashMap<String, u32>> = HashMap::new();
    for s in train {
        for w in &s.words {
            let lower = w.form.to_lowercase().replace('\u{2019}', "'");
            let gold = if w.lemma == w.form && w.form != lower { "=".to_string() } else { w.lemma.clone() };
            *counts.entry((lower, w.xpos.clone())).or_default().entry(gold).or_insert(0) += 1;
        }
    }
    let mut exceptions = IdMap::default();
    let mut keys: Vec<_> = counts.keys().cloned().collect();
    keys.sort();
    for k in keys {
        let Some(c) = counts.get(&k) else { continue };
        let Some((best, _)) = c.iter().max_by_key(|(l, n)| (**n, std::cmp::Reverse((*l).clone()))) else {
            continue;
        };
        // What the rules say for the (lower-case) form with this tag.
        let upos_guess = if k.1.starts_with("NNP") { "PROPN" } else { "" };
        let rule = base.rules(&k.0, upos_guess, &k.1);
        let ok = if best == "=" { false } else { &rule == best };
        if !ok {
            exceptions.insert(key(&k.0, &k.1), best.clone());
        }
    }
    let mut out = Lemmatizer::with_parts(lexicon, exceptions);
    // Features: most frequent per tag, and per (form, tag) where different.
    let mut by_tag: HashMap<String, HashMap<String, u32>> = HashMap::new();
    let mut by_form: HashMap<(String, String), HashMap<String, u32>> = HashMap::new();
    for s in train {
        for w in &s.words {
            let lower = w.form.to_lowercase().replace('\u{2019}', "'");
            *by_tag.entry(w.xpos.clone()).or_default().entry(w.feats.clone()).or_insert(0) += 1;
            *by_form.entry((lower, w.xpos.clone())).or_default().entry(w.feats.clone()).or_insert(0) += 1;
        }
    }
    let best = |m: &HashMap<String, u32>| {
        m.iter().max_by_key(|(f, n)| (**n, std::cmp::Reverse((*f).clone()))).map(|(f, _)| f.clone())
    };
    for (tag, m) in &by_tag {
        if let Some(b) = best(m) {
            out.feats_default.insert(tag.clone(), b);
        }
    }
    for ((form, tag), m) in &by_form {
        if let (Some(b), Some(d)) = (best(m), out.feats_default.get(tag)) {
            if &b != d {
                out.feats_exc.insert(key(form, tag), b);
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rules_cover_regular_forms() {
        let l = Lemmatizer::rules_only();
        assert_eq!(l.rules("upended", "VERB", "VBN"), "upend");
        assert_eq!(l.rules("stopped", "VERB", "VBD"), "stop");
        assert_eq!(l.rules("framed", "VERB", "VBD"), "frame");
        assert_eq!(l.rules("officials", "NOUN", "NNS"), "official");
        assert_eq!(l.rules("countries", "NOUN", "NNS"), "country");
        assert_eq!(l.rules("were", "AUX", "VBD"), "be");
        assert_eq!(l.rules("Ukraine", "PROPN", "NNP"), "Ukraine");
        assert_eq!(l.rules("pressing", "VERB", "VBG"), "press");
        assert_eq!(l.rules("", "NOUN", "NN"), "");
        assert_eq!(l.rules("é", "VERB", "VBG"), "é");
        assert_eq!(l.rules("besieged", "VERB", "VBN"), "besiege");
        assert_eq!(l.rules("obliged", "VERB", "VBN"), "oblige");
        assert_eq!(l.rules("alleged", "VERB", "VBD"), "allege");
    }
}
