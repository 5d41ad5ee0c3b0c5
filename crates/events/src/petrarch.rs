//! PETRARCH-format dictionaries: actors, agents and verbs (the format of
//! PETRARCH's `PETR.Validate.*.txt` and the Phoenix dictionaries), so users
//! with existing dictionaries can reuse them.
//!
//! * Actors: `NAME [CODE]` (words joined by `_` or spaces; a trailing `_`
//!   means the last word matches exactly, otherwise it matches as a stem),
//!   synonyms as `+NAME` lines, codes on following lines, date-restricted
//!   codes (`[CODE <950601]`, `[CODE >990816]`, `[CODE 19950601 - 19990815]`)
//!   and compound codes (`[FRO/BIL/SAM]`).
//! * Agents: `NAME {PLURALS} [~SECTOR]` (appended to the actor's code) or
//!   `[SECTOR~]` (put before it), with `!SUBST! = A, B` substitutions.
//! * Verbs: synsets (`&NAME` with `+WORD` members), verb blocks
//!   `--- VERB [CODE] ---` with their forms (`VERB {FORMS}`, phrasal
//!   `+CORDON_OFF`, `WIRE_+TAP`) and patterns `- PRE * POST [CODE]` where
//!   `_` joins adjacent words, `$`, `+` and `%` mark the source, the target
//!   and a compound, and `&SYN` matches a synset member.

use crate::EventError;
use std::collections::HashMap;
use std::path::Path;

/// An actor code valid in a date range (YYYYMMDD, inclusive).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DatedCode {
    /// The code (`ARN`, `HOBGOV`, `FRO/BIL/SAM` split into several).
    pub codes: Vec<String>,
    /// First day, if restricted.
    pub from: Option<u32>,
    /// Last day, if restricted.
    pub to: Option<u32>,
}

/// A name phrase: words, the last matched exactly or as a stem.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Phrase {
    /// Upper-case words.
    pub words: Vec<String>,
    /// The last word must match exactly (trailing `_`).
    pub exact: bool,
}

impl Phrase {
    fn parse(s: &str) -> Option<Phrase> {
        let s = s.trim().trim_start_matches('+');
        let exact = s.ends_with('_');
        let words: Vec<String> = s
            .split(|c: char| c == '_' || c.is_whitespace())
            .filter(|w| !w.is_empty())
            .map(|w| w.to_uppercase())
            .collect();
        (!words.is_empty()).then_some(Phrase { words, exact })
    }

    /// Number of words matched at `at` in `toks` (upper-case), if it matches.
    pub fn matches(&self, toks: &[String], at: usize) -> Option<usize> {
        let n = self.words.len();
        if at + n > toks.len() {
            return None;
        }
        for (k, w) in self.words.iter().enumerate() {
            let t = &toks[at + k];
            let last = k + 1 == n;
            let ok =
                t == w || (last && !self.exact && w.len() >= 3 && t.starts_with(w.as_str()) && t.len() <= w.len() + 4);
            if !ok {
                return None;
            }
        }
        Some(n)
    }
}

/// The actors dictionary.
#[derive(Debug, Clone, Default)]
pub struct ActorDict {
    /// Each actor: its names and its codes.
    pub actors: Vec<(Vec<Phrase>, Vec<DatedCode>)>,
    index: HashMap<String, Vec<(usize, usize)>>,
}

/// The agents dictionary.
#[derive(Debug, Clone, Default)]
pub struct AgentDict {
    /// Each agent: its name, its code, and whether the code goes before
    /// the actor's (`[NGO~]`).
    pub agents: Vec<(Phrase, String, bool)>,
}

/// One element of a verb pattern.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Elem {
    /// A word, matched exactly as PETRARCH does ("EFFORT" is not
    /// "EFFORTS"; the dictionaries list the forms they mean).
    Word(String),
    /// A synset member.
    Synset(String),
    /// The source slot `$`.
    Source,
    /// The target slot `+`.
    Target,
    /// The compound slot `%`.
    Compound,
    /// `^`: skips a phrase (at least one word).
    Skip,
}

/// A verb pattern.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Pattern {
    /// Elements before the verb, in text order, each with "adjacent to the
    /// next" (joined by `_`).
    pub pre: Vec<(Elem, bool)>,
    /// Elements after the verb, each with "adjacent to the previous".
    pub post: Vec<(Elem, bool)>,
    /// Its code.
    pub code: String,
}

/// A verb block.
#[derive(Debug, Clone, Default)]
pub struct VerbEntry {
    /// The block's code (`---` for none).
    pub code: String,
    /// Its patterns.
    pub patterns: Vec<Pattern>,
}

/// A multi-word verb form: words before and after the verb word.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Phrasal {
    /// Words before the verb word.
    pub before: Vec<String>,
    /// Words after.
    pub after: Vec<String>,
    /// The block it belongs to.
    pub entry: usize,
    /// Its own code, if given.
    pub code: Option<String>,
}

/// The verbs dictionary.
#[derive(Debug, Clone, Default)]
pub struct VerbDict {
    /// Verb blocks.
    pub entries: Vec<VerbEntry>,
    /// Single-word forms (upper case) to blocks.
    pub forms: HashMap<String, usize>,
    /// Multi-word forms by their verb word.
    pub phrasal: HashMap<String, Vec<Phrasal>>,
    /// Synsets by name (without `&`).
    pub synsets: HashMap<String, Vec<Phrase>>,
    /// Further blocks of a verb listed in several blocks, by its first block.
    pub more_blocks: HashMap<usize, Vec<usize>>,
}

/// Discard phrases: a sentence (or, with `+`, a whole story) that
/// contains one is not coded.
#[derive(Debug, Clone, Default)]
pub struct Discards {
    /// Phrases and whether they discard the whole story.
    pub phrases: Vec<(Phrase, bool)>,
}

impl Discards {
    /// Parses a discards file.
    pub fn parse(text: &str) -> Discards {
        let mut d = Discards::default();
        for (_, line) in clean_lines(text) {
            let story = line.starts_with('+');
            if let Some(p) = Phrase::parse(line.trim_start_matches('+')) {
                d.phrases.push((Phrase { exact: true, ..p }, story));
            }
        }
        d
    }

    /// Whether `toks` (upper case) contain a discard phrase: `Some(true)`
    /// for a story discard, `Some(false)` for a sentence discard.
    pub fn find(&self, toks: &[String]) -> Option<bool> {
        let mut hit = None;
        for at in 0..toks.len() {
            for (p, story) in &self.phrases {
                if p.matches(toks, at).is_some() {
                    if *story {
                        return Some(true);
                    }
                    hit = Some(false);
                }
            }
        }
        hit
    }
}

/// The dictionaries together.
#[derive(Debug, Clone, Default)]
pub struct Dictionaries {
    /// Actors.
    pub actors: ActorDict,
    /// Agents.
    pub agents: AgentDict,
    /// Verbs.
    pub verbs: VerbDict,
    /// Discards (optional file).
    pub discards: Discards,
}

impl Dictionaries {
    /// Loads `<stem>.actors.txt`, `<stem>.agents.txt`, `<stem>.verbs.txt`
    /// and, when present, `<stem>.discards.txt`
    /// (e.g. `../shared/eval/events-petrarch/PETR.Validate`).
    pub fn load(stem: &Path) -> Result<Dictionaries, EventError> {
        let read = |suffix: &str| {
            let p = stem.with_file_name(format!(
                "{}.{suffix}.txt",
                stem.file_name().map(|s| s.to_string_lossy().to_string()).unwrap_or_default()
            ));
            std::fs::read_to_string(&p).map_err(|e| EventError::Io { path: p.display().to_string(), source: e })
        };
        Ok(Dictionaries {
            actors: ActorDict::parse(&read("actors")?),
            agents: AgentDict::parse(&read("agents")?),
            verbs: VerbDict::parse(&read("verbs")?),
            discards: read("discards").map(|t| Discards::parse(&t)).unwrap_or_default(),
        })
    }
}

/// Lines without `<!-- -->` blocks and `#` comments, trimmed at the end,
/// with leading whitespace kept as a flag.
fn clean_lines(text: &str) -> Vec<(bool, String)> {
    let mut out = Vec::new();
    let mut in_comment = false;
    for raw in text.lines() {
        let mut line = raw.to_string();
        if in_comment {
            match line.find("-->") {
                Some(i) => {
                    line = line[i + 3..].to_string();
                    in_comment = false;
                }
                None => continue,
            }
        }
        while let Some(i) = line.find("<!") {
            match line[i..].find("-->") {
                Some(j) => line.replace_range(i..i + j + 3, ""),
                None => {
                    line.truncate(i);
                    in_comment = true;
                }
            }
        }
        let line = line.split('#').next().unwrap_or("").trim_end().to_string();
        if line.trim().is_empty() {
            continue;
        }
        let indented = line.starts_with(char::is_whitespace);
        out.push((indented, line.trim().to_string()));
    }
    out
}

fn parse_day(s: &str) -> Option<u32> {
    let s = s.trim();
    let n: u32 = s.parse().ok()?;
    match s.len() {
        6 => Some(if n / 10000 > 30 { 19_000_000 + n } else { 20_000_000 + n }),
        8 => Some(n),
        _ => None,
    }
}

fn parse_code_block(inner: &str) -> DatedCode {
    let inner = inner.trim();
    let (code, rest) = match inner.find(char::is_whitespace) {
        Some(i) => (&inner[..i], inner[i..].trim()),
        None => (inner, ""),
    };
    let codes = code.split('/').map(|c| c.trim().to_string()).filter(|c| !c.is_empty()).collect();
    let (mut from, mut to) = (None, None);
    if let Some(d) = rest.strip_prefix('<') {
        to = parse_day(d).map(|d| d.saturating_sub(1));
    } else if let Some(d) = rest.strip_prefix('>') {
        from = parse_day(d).map(|d| d + 1);
    } else if let Some((a, b)) = rest.split_once('-') {
        from = parse_day(a);
        to = parse_day(b);
    }
    DatedCode { codes, from, to }
}

fn brackets(s: &str) -> (String, Vec<String>) {
    let mut rest = String::new();
    let mut found = Vec::new();
    let mut cur = s;
    while let Some(i) = cur.find('[') {
        rest.push_str(&cur[..i]);
        match cur[i..].find(']') {
            Some(j) => {
                found.push(cur[i + 1..i + j].to_string());
                cur = &cur[i + j + 1..];
            }
            None => {
                cur = "";
            }
        }
    }
    rest.push_str(cur);
    (rest.trim().to_string(), found)
}

impl ActorDict {
    /// Parses an actors dictionary.
    pub fn parse(text: &str) -> ActorDict {
        let mut d = ActorDict::default();
        for (indented, line) in clean_lines(text) {
            let (name, codes) = brackets(&line);
            let codes: Vec<DatedCode> = codes.iter().map(|c| parse_code_block(c)).collect();
            if indented || name.is_empty() {
                if let Some(last) = d.actors.last_mut() {
                    last.1.extend(codes);
                }
                continue;
            }
            if line.starts_with('+') {
                if let (Some(last), Some(p)) = (d.actors.last_mut(), Phrase::parse(&name)) {
                    last.0.push(p);
                    last.1.extend(codes);
                }
                continue;
            }
            if let Some(p) = Phrase::parse(&name) {
                d.actors.push((vec![p], codes));
            }
        }
        for (i, (names, _)) in d.actors.iter().enumerate() {
            for (j, n) in names.iter().enumerate() {
                let first = n.words[0].chars().take(3).collect::<String>();
                d.index.entry(first).or_default().push((i, j));
            }
        }
        d
    }

    /// The longest actor name starting at `at`: (actor index, words).
    pub fn match_at(&self, toks: &[String], at: usize) -> Option<(usize, usize)> {
        let key: String = toks.get(at)?.chars().take(3).collect();
        let mut best: Option<(usize, usize)> = None;
        for &(i, j) in self.index.get(&key).into_iter().flatten() {
            if let Some(n) = self.actors[i].0[j].matches(toks, at) {
                if best.is_none_or(|(_, m)| n > m) {
                    best = Some((i, n));
                }
            }
        }
        best
    }

    /// The codes of actor `i` on `day` (YYYYMMDD).
    pub fn codes(&self, i: usize, day: u32) -> Vec<String> {
        let Some((_, codes)) = self.actors.get(i) else { return Vec::new() };
        let dated = codes.iter().find(|c| {
            (c.from.is_some() || c.to.is_some()) && c.from.is_none_or(|f| day >= f) && c.to.is_none_or(|t| day <= t)
        });
        let chosen = dated.or_else(|| codes.iter().find(|c| c.from.is_none() && c.to.is_none()));
        chosen.map(|c| c.codes.clone()).unwrap_or_default()
    }
}

impl AgentDict {
    /// Parses an agents dictionary.
    pub fn parse(text: &str) -> AgentDict {
        let mut subst: HashMap<String, Vec<String>> = HashMap::new();
        let mut d = AgentDict::default();
        for (_, line) in clean_lines(text) {
            if line.starts_with('!') && line.contains('=') && !line.contains('[') {
                if let Some((k, v)) = line.split_once('=') {
                    subst.insert(
                        k.trim().to_string(),
                        v.split(',').map(|w| w.trim().to_uppercase()).filter(|w| !w.is_empty()).collect(),
                    );
                }
                continue;
            }
            let (name, codes) = brackets(&line);
            let Some(code) = codes.first().map(|c| c.trim().to_string()) else { continue };
            let (prefix, code) = if let Some(c) = code.strip_suffix('~') {
                (true, c.trim().to_string())
            } else {
                (false, code.trim_start_matches('~').trim().to_string())
            };
            let (base, plurals) = match (name.find('{'), name.find('}')) {
                (Some(a), Some(b)) if b > a => (name[..a].trim().to_string(), name[a + 1..b].to_string()),
                _ => (name.clone(), String::new()),
            };
            let mut names = vec![base.clone()];
            let explicit: Vec<String> = plurals.split_whitespace().map(|s| s.to_string()).collect();
            if explicit.is_empty() && !name.contains('{') {
                // Regular plurals, as PETRARCH forms them.
                names.push(if base.ends_with('Y') && !base.ends_with("EY") {
                    format!("{}IES", &base[..base.len() - 1])
                } else if base.ends_with('S') || base.ends_with("CH") || base.ends_with("SH") {
                    format!("{base}ES")
                } else if base.ends_with("MAN") {
                    format!("{}MEN", &base[..base.len() - 3])
                } else {
                    format!("{base}S")
                });
            }
            names.extend(explicit);
            for n in names {
                let mut variants = vec![n.clone()];
                for (k, vals) in &subst {
                    if n.contains(k.as_str()) {
                        variants = vals.iter().map(|v| n.replace(k.as_str(), &format!("_{v}_"))).collect();
                    }
                }
                for v in variants {
                    if let Some(p) = Phrase::parse(&v) {
                        d.agents.push((Phrase { exact: true, ..p }, code.clone(), prefix));
                    }
                }
            }
        }
        d
    }

    /// The longest agent name starting at `at`: (agent index, words).
    pub fn match_at(&self, toks: &[String], at: usize) -> Option<(usize, usize)> {
        let mut best: Option<(usize, usize)> = None;
        for (i, (p, ..)) in self.agents.iter().enumerate() {
            if let Some(n) = p.matches(toks, at) {
                if best.is_none_or(|(_, m)| n > m) {
                    best = Some((i, n));
                }
            }
        }
        best
    }
}

fn parse_elems(s: &str) -> Vec<(Elem, bool)> {
    // Returns elements with "joined to the next by `_`".
    let mut out: Vec<(Elem, bool)> = Vec::new();
    for chunk in s.split_whitespace() {
        let parts: Vec<&str> = chunk.split('_').collect();
        let n = parts.len();
        for (k, p) in parts.iter().enumerate() {
            let joined = k + 1 < n;
            let elem = match *p {
                "" => continue,
                "$" => Elem::Source,
                "+" => Elem::Target,
                "%" => Elem::Compound,
                "^" => Elem::Skip,
                p if p.starts_with('&') => Elem::Synset(p.trim_start_matches('&').to_uppercase()),
                p => Elem::Word(p.trim_start_matches(['+', '$', '%']).to_uppercase()),
            };
            out.push((elem, joined));
        }
    }
    out
}

impl VerbDict {
    /// Parses a verbs dictionary.
    pub fn parse(text: &str) -> VerbDict {
        let mut d = VerbDict::default();
        let mut synset: Option<String> = None;
        let mut cur: Option<usize> = None;
        for (_, line) in clean_lines(text) {
            if let Some(name) = line.strip_prefix('&') {
                let name = name.trim().trim_end_matches('_').to_uppercase();
                d.synsets.entry(name.clone()).or_default();
                synset = Some(name);
                cur = None;
                continue;
            }
            if let (Some(s), Some(member)) = (&synset, line.strip_prefix('+')) {
                if cur.is_none() {
                    if let Some(p) = Phrase::parse(member) {
                        d.synsets.entry(s.clone()).or_default().push(p);
                    }
                    continue;
                }
            }
            if line.starts_with("---") {
                synset = None;
                let inner = line.trim_matches('-').trim();
                let (name, codes) = brackets(inner);
                let code = codes.first().map(|c| c.trim().to_string()).unwrap_or_else(|| "---".into());
                d.entries.push(VerbEntry { code, patterns: Vec::new() });
                let idx = d.entries.len() - 1;
                cur = Some(idx);
                let name = name.trim_end_matches('_').to_uppercase();
                if !name.is_empty() && !name.contains(' ') {
                    match d.forms.get(&name) {
                        // A verb with a second block ("--- SHOT [---] ---"
                        // and "--- SHOT [223] ---"): the second block's
                        // patterns count too.
                        Some(&first) if first != idx => d.more_blocks.entry(first).or_default().push(idx),
                        _ => {
                            d.forms.insert(name, idx);
                        }
                    }
                }
                continue;
            }
            let Some(idx) = cur else { continue };
            if let Some(pat) = line.strip_prefix('-') {
                let (body, codes) = brackets(pat);
                let Some(code) = codes.first().map(|c| c.trim().to_string()) else { continue };
                let (pre, post) = match body.split_once('*') {
                    Some((a, b)) => (a.trim().trim_end_matches('_'), b.trim().trim_start_matches('_')),
                    None => (body.as_str(), ""),
                };
                let pre_joined_star = body.split_once('*').is_some_and(|(a, _)| a.trim_end().ends_with('_'));
                let post_joined_star = body.split_once('*').is_some_and(|(_, b)| b.trim_start().starts_with('_'));
                let mut pre_e = parse_elems(pre);
                if let Some(last) = pre_e.last_mut() {
                    last.1 = pre_joined_star;
                }
                // For post elements store "adjacent to previous".
                let raw = parse_elems(post);
                let mut post_e = Vec::with_capacity(raw.len());
                let mut prev_joined = post_joined_star;
                for (e, joined_next) in raw {
                    post_e.push((e, prev_joined));
                    prev_joined = joined_next;
                }
                d.entries[idx].patterns.push(Pattern { pre: pre_e, post: post_e, code });
                continue;
            }
            // A verb line: forms, maybe phrasal, maybe its own code.
            let (body, codes) = brackets(&line);
            let own = codes.first().map(|c| c.trim().to_string());
            let (head, forms) = match (body.find('{'), body.find('}')) {
                (Some(a), Some(b)) if b > a => (body[..a].trim().to_string(), body[a + 1..b].to_string()),
                _ => (body.trim().to_string(), String::new()),
            };
            let mut all: Vec<String> = vec![head];
            all.extend(forms.split_whitespace().map(|s| s.to_string()));
            for f in all {
                let f = f.trim().to_uppercase();
                if f.is_empty() {
                    continue;
                }
                let words: Vec<&str> = f.split('_').filter(|w| !w.is_empty()).collect();
                if words.len() == 1 && !f.contains('+') {
                    let w = words[0].trim_end_matches('_').to_string();
                    d.forms.entry(w).or_insert(idx);
                } else {
                    let vi = words.iter().position(|w| w.starts_with('+')).unwrap_or(0);
                    let clean: Vec<String> = words.iter().map(|w| w.trim_start_matches('+').to_string()).collect();
                    let verb = clean[vi].clone();
                    d.phrasal.entry(verb).or_default().push(Phrasal {
                        before: clean[..vi].to_vec(),
                        after: clean[vi + 1..].to_vec(),
                        entry: idx,
                        code: own.clone(),
                    });
                }
            }
        }
        d
    }

    fn word_ok(&self, e: &Elem, toks: &[String], at: usize) -> Option<usize> {
        match e {
            Elem::Word(w) => {
                let t = toks.get(at)?;
                (t == w).then_some(1)
            }
            Elem::Synset(s) => self.synsets.get(s)?.iter().filter_map(|p| self.phrase_or_syn(p, toks, at)).max(),
            _ => None,
        }
    }

    fn phrase_or_syn(&self, p: &Phrase, toks: &[String], at: usize) -> Option<usize> {
        if p.words.len() == 1 && p.words[0].starts_with('&') {
            return self.word_ok(&Elem::Synset(p.words[0].trim_start_matches('&').to_string()), toks, at);
        }
        Phrase { words: p.words.clone(), exact: true }.matches(toks, at)
    }

    /// Matches a pattern around the verb (tokens `v_start..v_end`); returns
    /// the number of words matched and the slot positions (source, target).
    /// A `^` skips one word.
    pub fn match_pattern(
        &self,
        pat: &Pattern,
        toks: &[String],
        v_start: usize,
        v_end: usize,
    ) -> Option<(usize, Option<usize>, Option<usize>)> {
        self.match_pattern_np(pat, toks, v_start, v_end, &[])
    }

    /// As [`VerbDict::match_pattern`], with `in_np[i]` true for the words
    /// that can continue a noun phrase (determiners, adjectives, nouns,
    /// names, numbers): a `^` then skips a whole phrase, as PETRARCH's
    /// does ("warned at the Gondor of the Prince" skips "the Gondor").
    pub fn match_pattern_np(
        &self,
        pat: &Pattern,
        toks: &[String],
        v_start: usize,
        v_end: usize,
        in_np: &[bool],
    ) -> Option<(usize, Option<usize>, Option<usize>)> {
        let np = |i: usize| in_np.get(i).copied().unwrap_or(false);
        let mut score = 0;
        let (mut src, mut tgt) = (None, None);
        // After the verb.
        let mut pos = v_end;
        for (e, adjacent) in &pat.post {
            match e {
                Elem::Source => src = Some(pos),
                Elem::Compound => {}
                Elem::Target => tgt = Some(pos),
                Elem::Skip => {
                    if pos >= toks.len() {
                        return None;
                    }
                    let phrase = np(pos);
                    pos += 1;
                    while phrase && pos < toks.len() && np(pos) {
                        pos += 1;
                    }
                }
                _ => {
                    let limit = if *adjacent { pos + 1 } else { toks.len() };
                    let mut found = None;
                    for at in pos..limit.min(toks.len()) {
                        if let Some(n) = self.word_ok(e, toks, at) {
                            found = Some(at + n);
                            break;
                        }
                    }
                    pos = found?;
                    score += 1;
                }
            }
        }
        // Before the verb, right to left.
        let mut end = v_start; // exclusive bound
        let mut joined_to_next = false;
        for (e, adjacent_next) in pat.pre.iter().rev() {
            match e {
                Elem::Source => src = Some(end.saturating_sub(1)),
                Elem::Compound => {}
                Elem::Target => tgt = Some(end.saturating_sub(1)),
                Elem::Skip => {
                    if end == 0 {
                        return None;
                    }
                    let phrase = np(end - 1);
                    end -= 1;
                    while phrase && end > 0 && np(end - 1) {
                        end -= 1;
                    }
                }
                _ => {
                    // An adjacent element ends right before the next one;
                    // a multi-word synset member ("WO N'T", "REALLY DID
                    // NOT") then starts several words back.
                    let adjacent = *adjacent_next || joined_to_next;
                    let lo = if adjacent { end.saturating_sub(4) } else { 0 };
                    let mut found = None;
                    for at in (lo..end).rev() {
                        if let Some(n) = self.word_ok(e, toks, at) {
                            if at + n == end || !adjacent && at + n <= end {
                                found = Some(at);
                                break;
                            }
                        }
                    }
                    end = found?;
                    score += 1;
                }
            }
            joined_to_next = false;
        }
        Some((score, src, tgt))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn actors_with_synonyms_dates_and_compounds() {
        let d = ActorDict::parse(
            "<!-- c -->\nGONDOR [GON]\n+MINAS_TIRITH\nGOLLUM # x\n+SMEAGOL\n\t[HOB < 950601]\n\t[HOBREB > 990816]\n\
             THE_SHIRE  [FRO/BIL/SAM]\nARGENTIN [ARG]\nARNOR_ [ARN]\n",
        );
        let toks: Vec<String> = "MINAS TIRITH AND SMEAGOL ARGENTINA ARNORIAN".split(' ').map(String::from).collect();
        let (i, n) = d.match_at(&toks, 0).expect("Minas Tirith");
        assert_eq!((d.codes(i, 19950101), n), (vec!["GON".to_string()], 2));
        let (i, _) = d.match_at(&toks, 3).expect("Smeagol");
        assert_eq!(d.codes(i, 19950101), vec!["HOB".to_string()]);
        assert_eq!(d.codes(i, 20000101), vec!["HOBREB".to_string()]);
        assert!(d.match_at(&toks, 4).is_some());
        assert!(d.match_at(&toks, 5).is_none(), "ARNOR_ is exact");
        let toks: Vec<String> = vec!["THE".into(), "SHIRE".into()];
        let (i, _) = d.match_at(&toks, 0).expect("Shire");
        assert_eq!(d.codes(i, 20000101).len(), 3);
    }

    #[test]
    fn agents_and_verbs() {
        let a = AgentDict::parse(
            "!PERSON! = MAN, MEN\nPOLICE {} [ ~COP]\nCONGRESS!PERSON! [~LEG]\nMSF {} [NGO~]\nCLERIC [~REL]\n",
        );
        let toks: Vec<String> = "CONGRESSMEN CLERICS MSF".split(' ').map(String::from).collect();
        assert!(a.match_at(&toks, 0).is_none(), "substitution keeps a word break");
        let (i, _) = a.match_at(&toks, 1).expect("plural");
        assert_eq!(a.agents[i].1, "REL");
        let (i, _) = a.match_at(&toks, 2).expect("prefix agent");
        assert!(a.agents[i].2);
        let v = VerbDict::parse(
            "&TIE\n+MILITARY\n--- RESTORE [064] ---\nRESTORE\n- * &TIE TIES [063]\n--- EXCLUDE [1721] ---\nEXCLUDE\n\
             +CORDON_OFF {+CORDONED_OFF}\n",
        );
        assert_eq!(v.entries[v.forms["RESTORE"]].code, "064");
        let toks: Vec<String> = "ARNOR RESTORED FULL MILITARY TIES".split(' ').map(String::from).collect();
        let pat = &v.entries[0].patterns[0];
        assert_eq!(v.match_pattern(pat, &toks, 1, 2).map(|m| m.0), Some(2));
        assert_eq!(v.phrasal["CORDONED"][0].after, vec!["OFF".to_string()]);
    }

    #[test]
    fn adjacent_multiword_synset_before_the_verb() {
        let v = VerbDict::parse(
            "&NEG\n+WO N'T\n+REALLY DID NOT\n--- CLASH [223] ---\nCLASH\n- &NEG EVER * OVER [905]\n\
             - MOST_CERTAINLY_&NEG_EVER * OVER [907]\n",
        );
        let best = |s: &str, v_at: usize| {
            let toks: Vec<String> = s.split(' ').map(String::from).collect();
            v.entries[0]
                .patterns
                .iter()
                .filter_map(|p| v.match_pattern(p, &toks, v_at, v_at + 1).map(|m| (m.0, p.code.clone())))
                .max()
                .map(|m| m.1)
        };
        assert_eq!(best("BREE MOST CERTAINLY WO N'T EVER CLASH OVER IT", 6), Some("907".into()));
        assert_eq!(best("BREE MOST CERTAINLY REALLY DID NOT EVER CLASH OVER IT", 7), Some("907".into()));
        assert_eq!(best("BREE WO N'T EVER CLASH OVER IT", 4), Some("905".into()));
    }

    #[test]
    fn skip_takes_a_whole_phrase() {
        let v = VerbDict::parse("--- WARN [160] ---\nWARN\n- * AT ^ +  [162]\n");
        let toks: Vec<String> = "DENMARK WARNED AT THE GONDOR OF DOL".split(' ').map(String::from).collect();
        let pat = &v.entries[0].patterns[0];
        // Word by word, ^ skips "THE" only.
        assert_eq!(v.match_pattern(pat, &toks, 1, 2).and_then(|m| m.2), Some(4));
        // With phrase marks, ^ skips "THE GONDOR" and the target is after it.
        let np = [true, false, false, true, true, false, true];
        assert_eq!(v.match_pattern_np(pat, &toks, 1, 2, &np).and_then(|m| m.2), Some(5));
    }

    #[test]
    fn a_verb_in_two_blocks_keeps_both() {
        let v = VerbDict::parse(
            "--- SHOT [---] ---\nSHOT\n- *_AND_WOUND [223]\n--- SHOT [223] ---\nSHOT\n- + WAS * DEAD IN $ [224]\n",
        );
        let first = *v.forms.get("SHOT").expect("form");
        assert_eq!(v.entries[first].code, "---");
        let more = v.more_blocks.get(&first).expect("second block");
        assert_eq!(more.len(), 1);
        assert_eq!(v.entries[more[0]].patterns[0].code, "224");
    }
}
