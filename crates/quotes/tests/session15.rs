//! Faults of session 15, each on sentences written for the test: a
//! definite noun of an organization's sort ("the company", "the agency")
//! as a speaker; a medium ("In an interview, ...") before a coordinated
//! speech verb.

mod common;

use dateline_core::{Article, Document, PubDate};

fn annotate(text: &str) -> Document {
    let date = PubDate::parse("2024-12-11").expect("date");
    common::annotate(Article::new(date, text.to_string()))
}

/// The name of the entity that speaks the quote whose content starts with
/// `content`, and the words naming it.
fn speaker<'a>(doc: &'a Document, content: &str) -> (Option<&'a str>, Option<&'a str>) {
    let q = doc
        .quotes
        .iter()
        .find(|q| doc.slice(q.span).starts_with(content))
        .unwrap_or_else(|| panic!("{content}: {:#?}", doc.quotes));
    let entity = q.speaker.and_then(|id| doc.entity(id)).map(|e| e.name.as_str());
    (entity, q.speaker_span.map(|s| doc.slice(s)))
}

#[test]
fn the_company_and_the_agency_resolve_to_organizations_of_their_sort() {
    let doc = annotate(
        "Northwind Foods Inc said on Tuesday that it would end its merger with Albertsons after a federal judge sided with \
         the Federal Trade Commission. The company said it was disappointed. The agency said the ruling \
         protected shoppers.",
    );
    assert_eq!(speaker(&doc, "it was disappointed"), (Some("Northwind Foods Inc"), Some("The company")));
    assert_eq!(speaker(&doc, "the ruling protected shoppers"), (Some("Federal Trade Commission"), Some("The agency")));
    // With no organization of that sort named before it, no speaker.
    let doc = annotate("Senator Mary Brown spoke on Monday. The company said the plant would stay open.");
    assert_eq!(speaker(&doc, "the plant would stay open"), (None, Some("The company")));
}

#[test]
fn a_medium_yields_to_a_coordinated_speech_verb() {
    // "In an interview, X doubled down and said Y": X said Y; the
    // interview is where, not who.
    let doc = annotate(
        "In an interview with the Daily Courier, Mayor Lena Park doubled down on her plan and said the bridge \
         would be finished by June.",
    );
    assert!(doc.quotes.iter().all(|q| q.cue.as_deref() != Some("in")), "{:#?}", doc.quotes);
    assert_eq!(speaker(&doc, "the bridge would be finished by June"), (Some("Lena Park"), Some("Mayor Lena Park")));
}
