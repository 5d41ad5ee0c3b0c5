//! Faults found by reading the layer's output (session 15): a title-case
//! headline read as one long name, an army spokesman without his
//! country, a Sudanese city typed an organization, and a company named
//! after a rank typed a person.
use dateline_core::{Document, EntityKind};
mod common;

use common::ent;

fn run(text: &str) -> Document {
    common::run_dated("2016-06-07", text)
}

/// The mentions ending before byte `end` (a headline): their text and
/// their entity's name and kind, in text order.
fn mentions_before(doc: &Document, end: usize) -> Vec<(&str, &str, EntityKind)> {
    let mut out: Vec<_> = doc
        .entities
        .iter()
        .flat_map(|e| e.mentions.iter().filter(move |m| m.span.end <= end).map(move |m| (m.span, e)))
        .collect();
    out.sort_by_key(|(s, _)| s.start);
    out.into_iter().map(|(s, e)| (&doc.text()[s.start..s.end], e.name.as_str(), e.kind)).collect()
}

#[test]
fn a_title_case_headline_names_the_body_s_people() {
    let doc = run("Hillary Clinton Goes After Donald Trump's Business Record\n\n\
                   Hillary Clinton attacked Donald Trump on Monday night. \"That makes me smart,\" Trump said.");
    let head = doc.text().find('\n').unwrap();
    assert_eq!(
        mentions_before(&doc, head),
        vec![
            ("Hillary Clinton", "Hillary Clinton", EntityKind::Person),
            ("Donald Trump", "Donald Trump", EntityKind::Person)
        ],
        "{:?}",
        doc.entities
    );
    assert_eq!(doc.entities.len(), 2, "{:?}", doc.entities);
    assert_eq!(ent(&doc, "Donald Trump").mentions.len(), 3, "{:?}", doc.entities);
}

#[test]
fn title_case_headlines_split_at_verbs_and_keep_their_bodies() {
    type Case<'a> = (&'a str, &'a str, &'a [(&'a str, EntityKind)]);
    let cases: &[Case] = &[
        (
            "Senate Passes Budget Bill",
            "The Senate approved the spending plan on Tuesday after a long debate, lawmakers said.",
            &[("Senate", EntityKind::Org)],
        ),
        (
            "Federal Reserve Raises Rates",
            "The central bank lifted its benchmark rate by a quarter point on Wednesday, officials said.",
            &[("Federal Reserve", EntityKind::Org)],
        ),
        (
            "Trump Slams Biden Over Border Policy",
            "Former President Donald Trump criticized President Joe Biden on Friday, saying the border was open.",
            &[("Trump", EntityKind::Person), ("Biden", EntityKind::Person)],
        ),
        (
            "Macron Meets Merkel For Talks Over Trade",
            "French President Emmanuel Macron met German Chancellor Angela Merkel in Berlin on Monday to discuss trade.",
            &[("Macron", EntityKind::Person), ("Merkel", EntityKind::Person)],
        ),
        (
            "Kenya Airways To Cut Flights To London",
            "The national carrier said it would reduce its weekly service because of falling demand, a spokesman said.",
            &[("Kenya Airways", EntityKind::Org), ("London", EntityKind::Gpe)],
        ),
        // Verbs and adverbs the word clusters do not know, next to names
        // or other common words, are words too.
        (
            "Senator Quietly Embraced Tax Cuts, Kowalski Says",
            "Transport minister Jan Kowalski said the senator had backed the plan for months.",
            &[("Kowalski", EntityKind::Person)],
        ),
        (
            "Rival Wildly Exaggerated Losses, Kowalski Claims",
            "Transport minister Jan Kowalski said on Monday that the figures were wrong.",
            &[("Kowalski", EntityKind::Person)],
        ),
        (
            "Macron Backs Budget And Denounces Scholz",
            "Emmanuel Macron backed the budget on Sunday and criticised Olaf Scholz over the deficit.",
            &[("Macron", EntityKind::Person), ("Scholz", EntityKind::Person)],
        ),
    ];
    for (head, body, want) in cases {
        let doc = run(&format!("{head}\n\n{body}"));
        let got: Vec<(&str, EntityKind)> =
            mentions_before(&doc, head.len()).into_iter().map(|(text, _, kind)| (text, kind)).collect();
        assert_eq!(&got, want, "{head}: {:?}", doc.entities);
    }
}

#[test]
fn an_army_spokesman_takes_the_country_his_sentence_names_with_the_army() {
    // France is named more often: the article's own country is France.
    let lead = "French troops left Gao. France said the move was planned and France would stay in the region. \
                France has been criticised. \"We are ready,\" said army spokesman Colonel Abdoulaye Maiga, ";
    for tail in
        ["adding that the Malian army controlled the town.", "adding that the army of Mali controlled the town."]
    {
        let doc = run(&format!("{lead}{tail}"));
        let e = ent(&doc, "Abdoulaye Maiga");
        assert_eq!(e.country.as_deref(), Some("MLI"), "{tail}: {e:?}");
        assert_eq!(e.code.as_deref(), Some("MLIMIL"), "{tail}: {e:?}");
    }
    // Two armies named, or another body: no guess from the sentence.
    for tail in
        ["adding that the French army and the Malian army had met.", "adding that the Malian police had arrived."]
    {
        let doc = run(&format!("{lead}{tail}"));
        assert_eq!(ent(&doc, "Abdoulaye Maiga").country.as_deref(), Some("FRA"), "{tail}");
    }
    // A country in the title still decides.
    let doc = run("France said its troops left Gao. France will stay. Mali's army spokesman Colonel Abdoulaye Maiga \
                   said the French army had gone.");
    assert_eq!(ent(&doc, "Abdoulaye Maiga").country.as_deref(), Some("MLI"), "{:?}", doc.entities);
}

#[test]
fn a_name_set_off_as_a_capital_is_a_place() {
    let doc = run("RSF fighters attacked El Fasher, the capital of North Darfur, on Sunday. \
                   Residents of El Fasher said the shelling went on.");
    let e = ent(&doc, "El Fasher");
    assert_eq!(e.kind, EntityKind::Gpe, "{:?}", doc.entities);
    assert_eq!(e.mentions.len(), 2, "{e:?}");
    for m in &e.mentions {
        assert_eq!(&doc.text()[m.span.start..m.span.end], "El Fasher");
    }
    // Also one the tagger typed a person, and without an article.
    let doc = run("Gunmen stormed Kabkabiya, the regional capital, at dawn. Later they left Kabkabiya.");
    assert_eq!(ent(&doc, "Kabkabiya").kind, EntityKind::Gpe, "{:?}", doc.entities);
    let doc = run("Gunmen stormed Ed Daein, capital of East Darfur, at dawn.");
    assert_eq!(ent(&doc, "Ed Daein").kind, EntityKind::Gpe, "{:?}", doc.entities);
    // A company's capital is no place.
    let doc = run("Acme Widgets, the capital goods maker, said profits rose.");
    assert!(doc.entities.iter().all(|e| e.kind != EntityKind::Gpe), "{:?}", doc.entities);
}

#[test]
fn a_rank_before_a_company_s_name_is_the_company_s() {
    let doc = run("General Felt Industries said it agreed to buy a carpet maker for $40 million. \
                   General Felt Industries is based in New Jersey.");
    let e = ent(&doc, "General Felt Industries");
    assert_eq!(e.kind, EntityKind::Org, "{:?}", doc.entities);
    assert!(e.roles.is_empty(), "{e:?}");
    assert_eq!(e.mentions.len(), 2, "{e:?}");
    for m in &e.mentions {
        assert_eq!(&doc.text()[m.span.start..m.span.end], "General Felt Industries");
    }
    assert!(!doc.entities.iter().any(|e| e.kind == EntityKind::Person), "{:?}", doc.entities);
    // A rank before a person stays the person's title.
    let doc = run("Captain John Smith said the ship was safe.");
    let e = ent(&doc, "John Smith");
    assert_eq!((e.kind, e.roles.clone()), (EntityKind::Person, vec!["Captain".to_string()]), "{e:?}");
}
