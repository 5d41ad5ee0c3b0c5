//! Gazetteers: countries with their ISO 3166 codes, names and demonyms,
//! capitals and major cities, regions, metonyms, international
//! organizations with CAMEO codes, titles and roles with CAMEO sectors, and
//! well-known people. All are facts written as data files under
//! `crates/entities/data/` and compiled into the binary.

use crate::features::{normalize_word, FxMap, FxSet, WordInfo};
use std::collections::{HashMap, HashSet};

const COUNTRIES: &str = include_str!("../data/countries.tsv");
const CITIES: &str = include_str!("../data/cities.tsv");
const REGIONS: &str = include_str!("../data/regions.tsv");
const STATES: &str = include_str!("../data/states.tsv");
const METONYMS: &str = include_str!("../data/metonyms.tsv");
const ORGS: &str = include_str!("../data/orgs.tsv");
const ROLES: &str = include_str!("../data/roles.tsv");
const PEOPLE: &str = include_str!("../data/people.tsv");
const FIRSTNAMES: &str = include_str!("../data/firstnames.txt");
const SURNAMES: &str = include_str!("../data/surnames.tsv");

/// One country of ISO 3166-1.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Country {
    /// Alpha-2 code (`US`).
    pub alpha2: String,
    /// Alpha-3 code (`USA`).
    pub alpha3: String,
    /// The ISO short name (`United States`).
    pub name: String,
    /// Other names and short forms (`U.S.`, `America`).
    pub aliases: Vec<String>,
    /// Demonyms and adjectives (`American`).
    pub demonyms: Vec<String>,
    /// Capital city.
    pub capital: Option<String>,
}

/// What a gazetteer phrase is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum GazKind {
    /// A country name.
    Country = 0,
    /// A city (capital or major city).
    City = 1,
    /// A demonym or national adjective.
    Demonym = 2,
    /// An organization.
    Org = 3,
    /// A region, sea, mountain range (LOC).
    Region = 4,
    /// A common given name.
    FirstName = 5,
    /// A well-known person.
    Person = 6,
    /// A title or role noun.
    Role = 7,
    /// A building or place standing for a government (`the Kremlin`).
    Metonym = 8,
}

/// One meaning of a gazetteer phrase.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GazEntry {
    /// Its kind.
    pub kind: GazKind,
    /// Country (alpha-3), when it has one.
    pub country: Option<String>,
    /// CAMEO actor code or sector (`IGONAT`, `USAGOV`, `GOV`).
    pub code: Option<String>,
    /// True for a capital city.
    pub capital: bool,
    /// The phrase as written in the data file (for case-sensitive forms).
    pub form: String,
    /// Match only with exactly this case (short upper-case forms like `US`).
    pub case_sensitive: bool,
    /// The canonical name of what the phrase names (a country's ISO name,
    /// an organization's first listed name).
    pub canonical: String,
}

/// A well-known person's country (alpha-3, none for an international
/// official) and CAMEO sector.
type Affiliation = (Option<String>, Option<String>);

/// All gazetteers, indexed by lower-cased phrase.
#[derive(Debug, Clone)]
pub struct Gazetteer {
    countries: Vec<Country>,
    by_alpha3: HashMap<String, usize>,
    phrases: FxMap<String, Vec<GazEntry>>,
    first_words: FxSet<String>,
    max_len: usize,
    /// Well-known people by surname (lower case): their (country, sector),
    /// one per person listed under it.
    surnames: HashMap<String, Vec<Affiliation>>,
    /// Surnames written first in their full names ("Deng" of Deng Xiaoping).
    family_first: HashSet<String>,
    /// Multiword first-level regions ("Tamil Nadu"), by lower-cased phrase.
    states: HashSet<String>,
}

fn data_lines(s: &str) -> impl Iterator<Item = Vec<&str>> {
    s.lines().filter(|l| !l.trim().is_empty() && !l.starts_with('#')).map(|l| l.split('\t').map(str::trim).collect())
}

fn key_of(phrase: &str) -> String {
    let words: Vec<String> = phrase.split_whitespace().map(|w| normalize_word(w).to_lowercase()).collect();
    words.join(" ")
}

impl Default for Gazetteer {
    fn default() -> Self {
        Gazetteer::load()
    }
}

impl Gazetteer {
    /// Loads the built-in data files.
    pub fn load() -> Gazetteer {
        let mut g = Gazetteer {
            countries: Vec::new(),
            by_alpha3: HashMap::new(),
            phrases: FxMap::default(),
            first_words: FxSet::default(),
            max_len: 1,
            surnames: HashMap::new(),
            family_first: HashSet::new(),
            states: HashSet::new(),
        };
        for f in data_lines(COUNTRIES) {
            if f.len() < 3 {
                continue;
            }
            let get = |i: usize| f.get(i).copied().unwrap_or("");
            let split =
                |s: &str| s.split('|').map(str::trim).filter(|x| !x.is_empty()).map(String::from).collect::<Vec<_>>();
            let c = Country {
                alpha2: get(0).to_string(),
                alpha3: get(1).to_string(),
                name: get(2).to_string(),
                aliases: split(get(3)),
                demonyms: split(get(4)),
                capital: Some(get(5).to_string()).filter(|s| !s.is_empty()),
            };
            let a3 = c.alpha3.clone();
            g.add(&c.name, GazKind::Country, Some(&a3), None, false);
            for a in &c.aliases {
                g.add_c(a, GazKind::Country, Some(&a3), None, false, &c.name);
            }
            for d in &c.demonyms {
                g.add_c(d, GazKind::Demonym, Some(&a3), None, false, &c.name);
            }
            if let Some(cap) = &c.capital {
                g.add(cap, GazKind::City, Some(&a3), Some(&format!("{a3}GOV")), true);
            }
            g.by_alpha3.insert(a3, g.countries.len());
            g.countries.push(c);
        }
        for f in data_lines(CITIES) {
            if let [name, a3, ..] = f.as_slice() {
                g.add(name, GazKind::City, Some(a3), None, false);
            }
        }
        // First-level regions are places of their country, like cities.
        for f in data_lines(STATES) {
            if let [name, a3, ..] = f.as_slice() {
                g.add(name, GazKind::City, Some(a3), None, false);
                g.states.insert(key_of(name));
            }
        }
        for f in data_lines(REGIONS) {
            if let [name, a3, ..] = f.as_slice() {
                let a3 = Some(*a3).filter(|s| *s != "-");
                g.add(name, GazKind::Region, a3, None, false);
            }
        }
        for f in data_lines(METONYMS) {
            if let [name, a3, code, ..] = f.as_slice() {
                g.add(name, GazKind::Metonym, Some(a3), Some(code), false);
            }
        }
        for f in data_lines(ORGS) {
            if let [names, code, a3, ..] = f.as_slice() {
                let a3 = Some(*a3).filter(|s| *s != "-" && *s != "---");
                let first = names.split('|').next().unwrap_or(names).trim();
                for n in names.split('|') {
                    g.add_c(n.trim(), GazKind::Org, a3, Some(code), false, first);
                }
            }
        }
        for f in data_lines(ROLES) {
            if let [name, sector, ..] = f.as_slice() {
                g.add(name, GazKind::Role, None, Some(sector), false);
            }
        }
        let mut people: HashMap<&str, Affiliation> = HashMap::new();
        for f in data_lines(PEOPLE) {
            if let [name, a3, sector, ..] = f.as_slice() {
                let a3 = Some(*a3).filter(|s| *s != "-" && *s != "---");
                g.add(name, GazKind::Person, a3, Some(sector), false);
                people.insert(name, (a3.map(String::from), Some(sector.to_string())));
            }
        }
        // Surnames read alone: only the distinctive ones listed (a common
        // surname alone names many people).
        for f in data_lines(SURNAMES) {
            if let [surname, full, ..] = f.as_slice() {
                if let Some(entry) = people.get(full) {
                    let key = normalize_word(surname).to_lowercase();
                    if full.starts_with(&format!("{surname} ")) {
                        g.family_first.insert(key.clone());
                    }
                    let v = g.surnames.entry(key).or_default();
                    if !v.contains(entry) {
                        v.push(entry.clone());
                    }
                }
            }
        }
        for l in FIRSTNAMES.lines().filter(|l| !l.starts_with('#')) {
            for w in l.split_whitespace() {
                g.add(w, GazKind::FirstName, None, None, false);
            }
        }
        g
    }

    fn add(&mut self, phrase: &str, kind: GazKind, country: Option<&str>, code: Option<&str>, capital: bool) {
        self.add_c(phrase, kind, country, code, capital, phrase);
    }

    fn add_c(
        &mut self,
        phrase: &str,
        kind: GazKind,
        country: Option<&str>,
        code: Option<&str>,
        capital: bool,
        canonical: &str,
    ) {
        let key = key_of(phrase);
        if key.is_empty() {
            return;
        }
        // Short all-capital forms ("US", "UN", "WHO") only match as written.
        let letters: Vec<char> = phrase.chars().filter(|c| c.is_alphabetic()).collect();
        let case_sensitive = letters.len() <= 4 && letters.iter().all(|c| c.is_uppercase()) && !phrase.contains('.');
        let n = key.split(' ').count();
        self.max_len = self.max_len.max(n);
        if let Some(first) = key.split(' ').next() {
            self.first_words.insert(first.to_string());
        }
        let e = GazEntry {
            kind,
            country: country.map(String::from),
            code: code.map(String::from),
            capital,
            form: phrase.split_whitespace().collect::<Vec<_>>().join(" "),
            case_sensitive,
            canonical: canonical.to_string(),
        };
        let v = self.phrases.entry(key).or_default();
        if !v.contains(&e) {
            v.push(e);
        }
    }

    /// All countries, in file order.
    pub fn countries(&self) -> &[Country] {
        &self.countries
    }

    /// The country with this alpha-3 code.
    pub fn country(&self, alpha3: &str) -> Option<&Country> {
        self.by_alpha3.get(alpha3).and_then(|&i| self.countries.get(i))
    }

    /// The entries of a phrase given as words (case-insensitive, except for
    /// short upper-case forms such as `US`).
    pub fn lookup<S: AsRef<str>>(&self, words: &[S]) -> Vec<&GazEntry> {
        let mut key = String::new();
        let mut exact = String::new();
        for (i, w) in words.iter().enumerate() {
            if i > 0 {
                key.push(' ');
                exact.push(' ');
            }
            let n = normalize_word(w.as_ref());
            key.push_str(&n.to_lowercase());
            exact.push_str(&n);
        }
        match self.phrases.get(&key) {
            Some(v) => v.iter().filter(|e| !e.case_sensitive || e.form == exact).collect(),
            None => Vec::new(),
        }
    }

    /// The country (alpha-3) of a multiword first-level region given as
    /// words ("Tamil Nadu" → IND), from `data/states.tsv`.
    pub fn state_country<S: AsRef<str>>(&self, words: &[S]) -> Option<&str> {
        let key: Vec<String> = words.iter().map(|w| normalize_word(w.as_ref()).to_lowercase()).collect();
        if !self.states.contains(&key.join(" ")) {
            return None;
        }
        self.lookup(words).into_iter().find(|e| e.kind == GazKind::City).and_then(|e| e.country.as_deref())
    }

    /// The country (alpha-3) of "`<state>` State" ("Borno State", "Akwa Ibom
    /// State", "Lagos State"): a first-level region of `data/states.tsv`,
    /// or a city of a federation whose states are called "X State" and
    /// often named after their capitals (Nigeria, Sudan, South Sudan,
    /// Myanmar: "Lagos State", "Khartoum State"), and a capitalized
    /// "State". Not a U.S. city's ("San Diego State" is a university,
    /// "Washington State" is read as before).
    pub fn state_named<S: AsRef<str>>(&self, words: &[S]) -> Option<&str> {
        let (last, name) = words.split_last()?;
        if last.as_ref() != "State" || name.is_empty() {
            return None;
        }
        let key: Vec<String> = name.iter().map(|w| normalize_word(w.as_ref()).to_lowercase()).collect();
        let listed = self.states.contains(&key.join(" "));
        self.lookup(name)
            .into_iter()
            .filter(|e| e.kind == GazKind::City)
            .filter_map(|e| e.country.as_deref())
            .find(|c| *c != "USA" && (listed || matches!(*c, "NGA" | "SDN" | "SSD" | "MMR")))
    }

    /// The entries of a phrase given as one string.
    pub fn lookup_str(&self, phrase: &str) -> Vec<&GazEntry> {
        let words: Vec<&str> = phrase.split_whitespace().collect();
        self.lookup(&words)
    }

    /// The country (alpha-3, `None` for an international official) and
    /// CAMEO sector of the well-known person a capitalized surname alone
    /// names ("Putin", "Reagan"), when every listed person of that surname
    /// has the same affiliation (the two Presidents Bush are both USA GOV).
    /// Only the distinctive surnames of `data/surnames.tsv` are read alone
    /// (not Johnson, Castro or Sharon), and never a word that is or starts
    /// another gazetteer phrase (a place, a role, a first name).
    pub fn person_by_surname(&self, word: &str) -> Option<(Option<&str>, Option<&str>)> {
        let w = normalize_word(word);
        let w = w.strip_suffix("'s").unwrap_or(&w);
        if w.chars().count() < 3 || !w.chars().next().is_some_and(char::is_uppercase) {
            return None;
        }
        let key = w.to_lowercase();
        // "Jordan" (a country), "Major" ("major general"): a word that is
        // or starts another gazetteer phrase is not read as a surname.
        if self.phrases.get(&key).is_some_and(|v| v.iter().any(|e| e.kind != GazKind::Person))
            || (self.first_words.contains(&key) && !self.family_first.contains(&key))
        {
            return None;
        }
        match self.surnames.get(&key)?.as_slice() {
            [(c, s)] => Some((c.as_deref(), s.as_deref())),
            _ => None,
        }
    }

    /// The CAMEO sector of a role phrase (`"secretary of state"` → `GOV`).
    pub fn role_sector(&self, phrase: &str) -> Option<&str> {
        self.lookup_str(phrase).into_iter().find(|e| e.kind == GazKind::Role).and_then(|e| e.code.as_deref())
    }

    /// True when `word` (lower case) can start a gazetteer phrase.
    pub fn starts_phrase(&self, lower: &str) -> bool {
        self.first_words.contains(lower)
    }

    /// Longest phrase length in words.
    pub fn max_len(&self) -> usize {
        self.max_len
    }

    /// For each word of a sentence, the (kind, position) pairs of every
    /// gazetteer phrase covering it; position is 0 = single word, 1 = begin,
    /// 2 = inside, 3 = last.
    pub fn feature_matches(&self, s: &[WordInfo]) -> Vec<Vec<(u8, u8)>> {
        let n = s.len();
        let mut out: Vec<Vec<(u8, u8)>> = vec![Vec::new(); n];
        let mut key = String::new();
        let mut exact = String::new();
        for i in 0..n {
            if !self.first_words.contains(&s[i].lower) {
                continue;
            }
            key.clear();
            exact.clear();
            for len in 1..=self.max_len.min(n - i) {
                let w = &s[i + len - 1];
                if len > 1 {
                    key.push(' ');
                    exact.push(' ');
                }
                key.push_str(&w.lower);
                exact.push_str(&w.word);
                let Some(entries) = self.phrases.get(&key) else {
                    continue;
                };
                let mut kinds: u16 = 0;
                for e in entries {
                    if e.case_sensitive && e.form != exact {
                        continue;
                    }
                    kinds |= 1 << e.kind as u16;
                }
                for k in 0..9u8 {
                    if kinds & (1 << k) == 0 {
                        continue;
                    }
                    for j in 0..len {
                        let pos = if len == 1 {
                            0
                        } else if j == 0 {
                            1
                        } else if j + 1 == len {
                            3
                        } else {
                            2
                        };
                        if let Some(v) = out.get_mut(i + j) {
                            v.push((k, pos));
                        }
                    }
                }
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every surname read alone names a person of `people.tsv`.
    #[test]
    fn surnames_name_listed_people() {
        let people: Vec<String> = data_lines(PEOPLE).filter_map(|f| f.first().map(|s| s.to_string())).collect();
        for f in data_lines(SURNAMES) {
            assert_eq!(f.len(), 2, "surnames.tsv: {f:?}");
            assert!(people.iter().any(|p| p == f[1]), "surnames.tsv: {} is not in people.tsv", f[1]);
        }
    }

    #[test]
    fn countries_and_forms() {
        let g = Gazetteer::load();
        assert_eq!(g.countries().len(), 249);
        let us = g.lookup(&["U.S."]);
        assert!(us.iter().any(|e| e.kind == GazKind::Country && e.country.as_deref() == Some("USA")));
        assert!(g.lookup(&["us"]).is_empty(), "the pronoun is not a country");
        assert!(!g.lookup(&["US"]).is_empty());
        let d = g.lookup(&["Ukrainian"]);
        assert!(d.iter().any(|e| e.kind == GazKind::Demonym && e.country.as_deref() == Some("UKR")));
        let k = g.lookup(&["Kyiv"]);
        assert!(k.iter().any(|e| e.kind == GazKind::City && e.capital && e.code.as_deref() == Some("UKRGOV")));
        assert_eq!(g.role_sector("Secretary of State"), Some("GOV"));
        assert_eq!(g.role_sector("general"), Some("MIL"));
        let nato = g.lookup(&["NATO"]);
        assert!(nato.iter().any(|e| e.code.as_deref() == Some("IGONAT")));
        assert_eq!(g.country("SAU").map(|c| c.alpha2.as_str()), Some("SA"));
        assert_eq!(g.person_by_surname("Putin"), Some((Some("RUS"), Some("GOV"))));
        assert_eq!(g.person_by_surname("Bush"), Some((Some("USA"), Some("GOV"))));
        assert_eq!(g.person_by_surname("putin"), None, "names are capitalized");
        assert_eq!(g.person_by_surname("Major"), None, "a title is not a surname");
        assert_eq!(g.person_by_surname("Deng"), Some((Some("CHN"), Some("GOV"))), "family name first");
        for common in ["Johnson", "Silva", "Sharon", "Cameron", "Castro", "Harris", "Rice", "Xiaoping", "Kim"] {
            assert_eq!(g.person_by_surname(common), None, "{common} alone names many people");
        }
    }
}
