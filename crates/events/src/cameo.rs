//! CAMEO event codes: validity, root, quad class, Goldstein weight, and the
//! CAMEO-to-PLOVER mapping (category and mode).

use crate::tables::CAMEO;

/// What a CAMEO event code stands for, numerically.
#[derive(Debug, Clone, PartialEq)]
pub struct CodeInfo {
    /// The code itself ("036", "1622").
    pub code: String,
    /// Root category 1..=20.
    pub root: u8,
    /// Quad class: 1 verbal cooperation (01-05), 2 material cooperation
    /// (06-08), 3 verbal conflict (09-13), 4 material conflict (14-20).
    pub quad: u8,
    /// Goldstein weight (-10..=10).
    pub goldstein: f32,
    /// PLOVER category (2021 table), when the table maps the code.
    pub plover: Option<String>,
    /// PLOVER mode, when the table gives one.
    pub plover_mode: Option<String>,
}

/// The root (1..=20) of a code, if it is a CAMEO code in the table.
pub fn root_of(code: &str) -> Option<u8> {
    let r: u8 = code.get(..2)?.parse().ok()?;
    (1..=20).contains(&r).then_some(r)
}

/// Quad class of a root category.
pub fn quad_of_root(root: u8) -> u8 {
    match root {
        1..=5 => 1,
        6..=8 => 2,
        9..=13 => 3,
        _ => 4,
    }
}

/// Looks a CAMEO code up. Codes not in the table (a dictionary's private
/// code such as "174K") are `None`.
pub fn lookup(code: &str) -> Option<CodeInfo> {
    let i = CAMEO.binary_search_by(|(c, ..)| (*c).cmp(code)).ok()?;
    let (c, g, p, m) = CAMEO[i];
    let root = root_of(c)?;
    let nonempty = |s: &str| (!s.trim().is_empty()).then(|| s.trim().to_string());
    Some(CodeInfo {
        code: c.to_string(),
        root,
        quad: quad_of_root(root),
        goldstein: g,
        plover: nonempty(p),
        plover_mode: nonempty(m),
    })
}

/// True when `code` is a CAMEO event code.
pub fn is_code(code: &str) -> bool {
    lookup(code).is_some()
}

/// The PLOVER 0.5b1 category name of a code (the version of PLOVER's CAMEO
/// gold records). PLOVER 0.5b1 still followed the CAMEO roots one to one
/// (03 AGREE, 04 CONSULT, 05 SUPPORT, 06 COOPERATE, 07 AID, 09 INVESTIGATE,
/// 10 DEMAND, 11 DISAPPROVE, 12 REJECT, 13 THREATEN, 14 PROTEST, 15
/// MOBILIZE, 16 SANCTION, 17 COERCE, 18 and 20 ASSAULT, 19 FIGHT); root 08
/// splits into CONCEDE and RETREAT as in the 2021 table, and 01-02 have no
/// category.
pub fn plover_v05(code: &str) -> Option<String> {
    let info = lookup(code)?;
    let old = match info.root {
        3 => "AGREE",
        4 => "CONSULT",
        5 => "SUPPORT",
        6 => "COOPERATE",
        7 => "AID",
        9 => "INVESTIGATE",
        10 => "DEMAND",
        11 => "DISAPPROVE",
        12 => "REJECT",
        13 => "THREATEN",
        14 => "PROTEST",
        15 => "MOBILIZE",
        16 => "SANCTION",
        17 => "COERCE",
        18 | 20 => "ASSAULT",
        19 => "FIGHT",
        // Yielding splits by CAMEO sub-category: easing and acceding
        // (081-083) concede, returning, allowing access and de-escalating
        // (084-087) retreat. A leader stepping down (0831, "resign") is a
        // retreat in 0.5b1: all three gold resignations are RETREAT.
        8 => match code.get(..3) {
            _ if code == "0831" => "RETREAT",
            Some("081" | "082" | "083") => "CONCEDE",
            Some("084" | "085" | "086" | "087") => "RETREAT",
            _ => return info.plover,
        },
        _ => return info.plover,
    };
    Some(old.to_string())
}

/// The CAMEO code of the stated intent to do `code` ("will provide aid" =
/// 033 express intent to provide material aid; "will attack" = 138
/// threaten to use military force), for planned events. Codes of roots
/// 01-03 and 09-15 have no intent form and come back unchanged.
pub fn intent_code(code: &str) -> String {
    let Some(root) = root_of(code) else { return code.to_string() };
    let three = code.get(..3).unwrap_or(code);
    let mapped = match (root, three, code) {
        (4, ..) => "036",
        (5, ..) => "032",
        (6, "061", _) => "0311",
        (6, "062", _) => "0312",
        (6, "063", _) => "0313",
        (6, "064", _) => "0314",
        (6, ..) => "031",
        (7, "071", _) => "0331",
        (7, "072", _) => "0332",
        (7, "073", _) => "0333",
        (7, "074", _) => "0334",
        (7, ..) => "033",
        (8, "081", _) => "0351",
        (8, "082", _) => "0352",
        (8, "083", _) => "034",
        (8, "084", _) => "0353",
        (8, "085", _) => "0354",
        (8, "086", _) => "0355",
        (8, "087", _) => "0356",
        (8, ..) => "035",
        (16, _, "1621" | "1622" | "1623" | "162") => "1311",
        (16, "163", _) => "1312",
        (16, "161", _) => "1313",
        (16, "164", _) => "134",
        (16, "165", _) => "135",
        (16, ..) => "131",
        (17, _, "1723") => "1323",
        (17, _, "1724") => "1324",
        (17, "172", _) => "132",
        (17, ..) => "130",
        (19, "191", _) => "1381",
        (19, "192", _) => "1382",
        (20, _, "204" | "2041" | "2042") => "1385",
        (14, ..) => "133",
        (18..=20, ..) => "138",
        _ => code,
    };
    mapped.to_string()
}

/// The CAMEO code of refusing to do `code` ("will not accept refugees" =
/// 120 reject; "would not meet" = 125 reject proposal to meet), for negated
/// intents of cooperative roots 03-08; other codes have none.
pub fn refusal_code(code: &str) -> Option<&'static str> {
    Some(match root_of(code)? {
        3 | 5 => "120",
        4 => "125",
        6 => "121",
        7 => "122",
        8 => "124",
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_is_sorted_and_complete() {
        assert!(CAMEO.windows(2).all(|w| w[0].0 < w[1].0));
        for root in 1..=20u8 {
            let code = format!("{root:02}");
            let info = lookup(&code).unwrap_or_else(|| panic!("root {code} missing"));
            assert_eq!(info.root, root);
        }
    }

    #[test]
    fn known_codes() {
        let meet = lookup("036").expect("036");
        assert_eq!((meet.root, meet.quad, meet.goldstein), (3, 1, 4.0));
        assert_eq!(meet.plover.as_deref(), Some("AGREE"));
        let aid = lookup("1622").expect("1622");
        assert_eq!((aid.root, aid.quad), (16, 4));
        assert_eq!(aid.goldstein, -5.6);
        assert_eq!(lookup("190").map(|i| i.goldstein), Some(-10.0));
        assert_eq!(lookup("042").and_then(|i| i.plover_mode).as_deref(), Some("visit"));
        assert!(lookup("174K").is_none());
        assert!(lookup("").is_none());
        assert_eq!(plover_v05("112").as_deref(), Some("DISAPPROVE"));
        assert_eq!(plover_v05("0874").as_deref(), Some("RETREAT"));
        assert_eq!(plover_v05("0831").as_deref(), Some("RETREAT"));
        assert_eq!(plover_v05("083").as_deref(), Some("CONCEDE"));
        assert_eq!(intent_code("040"), "036");
        assert_eq!(intent_code("072"), "0332");
        assert_eq!(intent_code("1622"), "1311");
        assert_eq!(intent_code("190"), "138");
        assert_eq!(intent_code("112"), "112");
        assert_eq!(refusal_code("0841"), Some("124"));
        assert_eq!(refusal_code("190"), None);
        for (c, ..) in CAMEO {
            assert!(is_code(&intent_code(c)), "intent of {c} is not a code");
        }
    }
}
