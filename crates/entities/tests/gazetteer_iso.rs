//! The country table against Debian's iso-codes (`apt-get install -y iso-codes`);
//! skipped with a message when the package is absent.
use dateline_entities::gazetteer::Gazetteer;

#[test]
fn countries_match_iso_codes() {
    let path = std::path::Path::new("/usr/share/iso-codes/json/iso_3166-1.json");
    let Ok(raw) = std::fs::read_to_string(path) else {
        println!("skipping: {} missing (apt-get install -y iso-codes)", path.display());
        return;
    };
    let v: serde_json::Value = serde_json::from_str(&raw).expect("valid JSON");
    let iso = v["3166-1"].as_array().expect("3166-1 array");
    let g = Gazetteer::load();
    let mut problems = Vec::new();
    for c in iso {
        let (Some(a2), Some(a3), Some(name)) = (c["alpha_2"].as_str(), c["alpha_3"].as_str(), c["name"].as_str())
        else {
            continue;
        };
        match g.country(a3) {
            None => problems.push(format!("{a3} ({name}) missing")),
            Some(ours) => {
                if ours.alpha2 != a2 {
                    problems.push(format!("{a3}: alpha-2 {} vs iso-codes {a2}", ours.alpha2));
                }
                let names: Vec<&str> = [c["name"].as_str(), c["common_name"].as_str(), c["official_name"].as_str()]
                    .into_iter()
                    .flatten()
                    .collect();
                let ours_all: Vec<&str> =
                    std::iter::once(ours.name.as_str()).chain(ours.aliases.iter().map(String::as_str)).collect();
                if !names.iter().any(|n| ours_all.contains(n)) {
                    problems.push(format!("{a3}: none of our names {ours_all:?} is an iso-codes name {names:?}"));
                }
            }
        }
    }
    assert_eq!(g.countries().len(), iso.len(), "country count differs from iso-codes");
    assert!(problems.is_empty(), "{} differences:\n{}", problems.len(), problems.join("\n"));
}
