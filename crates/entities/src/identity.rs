//! Cross-article identity: one canonical key per real-world entity, so the
//! store can keep one canonical entity per person or organization.
//!
//! [`canonical_key`] is deliberately conservative:
//!
//! * **Countries and places with a code** use their ISO 3166 alpha-3 code
//!   (`gpe:USA` for "U.S.", "United States", "America").
//! * **Organizations** from the gazetteer use their CAMEO code and canonical
//!   name (`org:IGONAT`), others their folded name without articles and
//!   legal suffixes (`org:acme` for "Acme Corp." and "Acme Inc").
//! * **People** use their folded full name with transliteration variants
//!   collapsed, so "Zelenskiy", "Zelensky" and "Zelenskyy" meet:
//!   lower case, diacritics removed, then `-iy`/`-yy`/`-yi`/`-ij` endings →
//!   `-y`, `kh` → `h`, and doubled letters single. A person named by one word
//!   only ("Trump") gets `per1:trump`; [`surname_key`] gives the surname part
//!   of full names so a store can attach a one-word name to the single full
//!   name with that surname it knows, and only when there is just one.
//!
//! Where it can go wrong:
//!
//! * **False merges**: two different people with the same full name (two
//!   "John Smith"s), or surnames that only differ by a transliteration
//!   ending the folding collapses ("-iy"/"-y"); a one-word name
//!   ("Trump") shared by relatives (Donald, Ivanka, Melania) if a store
//!   attaches it through [`surname_key`] while knowing only one of them.
//! * **False splits**: given-name variants are not folded ("Mohammad" /
//!   "Mohammed", "Aleksandr" / "Alexander"), so the same person spelled two
//!   ways keeps two keys; feminine forms stay apart on purpose
//!   ("Ivanov" / "Ivanova"); organizations renamed or known by an acronym
//!   the article never expands.
//! * **Upstream errors**: a person the tagger typed ORG gets an `org:` key,
//!   and a city the gazetteer does not know gets a name key without country.

use crate::extract::fold;
use dateline_core::{Entity, EntityKind};

/// Folds a name for matching: lower case, no diacritics, transliteration
/// variants collapsed (see the module docs).
pub fn fold_name(name: &str) -> String {
    let mut words = Vec::new();
    for w in name.split(|c: char| c.is_whitespace() || c == '-') {
        let w = fold(w);
        let w: String = w.chars().filter(|c| c.is_alphanumeric()).collect();
        if w.is_empty() {
            continue;
        }
        words.push(translit(&w));
    }
    words.join(" ")
}

fn translit(w: &str) -> String {
    let mut s = w.replace("kh", "h").replace("ph", "f");
    for (a, b) in [("iy", "y"), ("yy", "y"), ("yi", "y"), ("ij", "y"), ("ii", "i")] {
        if s.ends_with(a) {
            s.truncate(s.len() - a.len());
            s.push_str(b);
        }
    }
    // Doubled letters single.
    let mut out = String::with_capacity(s.len());
    let mut last = '\0';
    for c in s.chars() {
        if c != last {
            out.push(c);
        }
        last = c;
    }
    out
}

fn strip_org(name: &str) -> String {
    let f = fold_name(name);
    let mut words: Vec<&str> = f.split(' ').collect();
    if words.first() == Some(&"the") {
        words.remove(0);
    }
    while words.len() > 1
        && words.last().is_some_and(|w| {
            matches!(
                *w,
                "inc"
                    | "corp"
                    | "co"
                    | "ltd"
                    | "llc"
                    | "plc"
                    | "ag"
                    | "sa"
                    | "nv"
                    | "gmbh"
                    | "group"
                    | "corporation"
                    | "company"
                    | "limited"
            )
        })
    {
        words.pop();
    }
    words.join(" ")
}

/// The key under which the store keeps one canonical entity (see the
/// module docs for the rules and their failure modes).
pub fn canonical_key(entity: &Entity) -> String {
    match entity.kind {
        EntityKind::Person => {
            let f = fold_name(&entity.name);
            if f.contains(' ') {
                format!("per:{f}")
            } else {
                format!("per1:{f}")
            }
        }
        EntityKind::Gpe => match &entity.country {
            Some(c) if entity.code.as_deref() == Some(c.as_str()) => format!("gpe:{c}"),
            Some(c) => format!("gpe:{c}:{}", fold_name(&entity.name)),
            None => format!("gpe:{}", fold_name(&entity.name)),
        },
        EntityKind::Org => match &entity.code {
            Some(code) if code.starts_with("IGO") || code.starts_with("NGO") => {
                format!("org:{code}:{}", strip_org(&entity.name).split(' ').next().unwrap_or(""))
            }
            _ => format!("org:{}", strip_org(&entity.name)),
        },
        EntityKind::Norp => match &entity.country {
            Some(c) => format!("norp:{c}"),
            None => format!("norp:{}", fold_name(&entity.name).trim_end_matches('s')),
        },
        EntityKind::Loc => format!("loc:{}", fold_name(&entity.name)),
        EntityKind::Misc => format!("misc:{}", fold_name(&entity.name)),
    }
}

/// The folded surname of a person's full name (`None` for non-people and
/// one-word names), for attaching one-word mentions across articles only
/// when exactly one known full name has that surname.
pub fn surname_key(entity: &Entity) -> Option<String> {
    if entity.kind != EntityKind::Person {
        return None;
    }
    let f = fold_name(&entity.name);
    let mut parts = f.split(' ');
    let first = parts.next()?;
    let last = parts.next_back()?;
    (first != last || f.contains(' ')).then(|| format!("per1:{last}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn person(name: &str) -> Entity {
        Entity {
            id: 0,
            kind: EntityKind::Person,
            name: name.into(),
            country: None,
            roles: vec![],
            code: None,
            mentions: vec![],
        }
    }

    #[test]
    fn spelling_variants_meet() {
        let k = canonical_key(&person("Volodymyr Zelenskiy"));
        assert_eq!(k, canonical_key(&person("Volodymyr Zelensky")));
        assert_eq!(k, canonical_key(&person("Volodymyr Zelenskyy")));
        assert_ne!(k, canonical_key(&person("Olena Zelenska")));
        assert_eq!(canonical_key(&person("Zelenskiy")), "per1:zelensky");
        assert_eq!(surname_key(&person("Volodymyr Zelenskyy")).as_deref(), Some("per1:zelensky"));
        assert_ne!(canonical_key(&person("Donald Trump")), canonical_key(&person("Trump")));
        assert_eq!(surname_key(&person("Donald Trump")), Some(canonical_key(&person("Trump"))));
        assert_ne!(canonical_key(&person("Sergei Ivanov")), canonical_key(&person("Sergei Ivanova")));
    }

    #[test]
    fn orgs_and_places() {
        let mut e = person("Acme Corp.");
        e.kind = EntityKind::Org;
        let mut f = e.clone();
        f.name = "Acme Inc".into();
        assert_eq!(canonical_key(&e), canonical_key(&f));
        let mut us = person("U.S.");
        us.kind = EntityKind::Gpe;
        us.country = Some("USA".into());
        us.code = Some("USA".into());
        assert_eq!(canonical_key(&us), "gpe:USA");
    }
}
