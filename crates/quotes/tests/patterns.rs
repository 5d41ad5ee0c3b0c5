//! Attribution patterns on sentences written for these tests.

mod common;

use dateline_core::{Article, Document, PubDate, QuoteKind};

fn annotate(text: &str) -> Document {
    let date = PubDate::parse("2016-05-02").expect("date");
    common::annotate(Article::new(date, text.to_string()))
}

/// The (kind, speaker words, cue) of the quote whose text is `content`.
fn find<'a>(doc: &'a Document, content: &str) -> (QuoteKind, Option<&'a str>, Option<String>) {
    let q = doc.quotes.iter().find(|q| doc.slice(q.span) == content).unwrap_or_else(|| {
        panic!("no quote {content:?} in {:#?}", doc.quotes.iter().map(|q| doc.slice(q.span)).collect::<Vec<_>>())
    });
    (q.kind, q.speaker_span.map(|s| doc.slice(s)), q.cue.clone())
}

#[test]
fn attribution_without_a_comma() {
    let doc = annotate("The mayor spoke on Monday.\n\n“The bridge will open in May” Helen Park said. “We are ready.”");
    assert_eq!(find(&doc, "The bridge will open in May").1, Some("Helen Park"));
    assert_eq!(find(&doc, "We are ready.").1, Some("Helen Park"));
}

#[test]
fn possessive_apostrophe_inside_the_attribution() {
    let doc = annotate(
        "Voters met in Ohio.\n\n\"Our field offices are full every night,\" Tom Reyes, the governors' campaign manager, said on Tuesday.",
    );
    assert_eq!(find(&doc, "Our field offices are full every night").1, Some("Tom Reyes"));
}

#[test]
fn three_apostrophes_close_two_quotes() {
    let doc = annotate("The show aired late.\n\n''We watched it on 'Late Night,''' said Anna Kovacs, a teacher.");
    let (kind, speaker, _) = find(&doc, "We watched it on 'Late Night,'");
    assert_eq!(kind, QuoteKind::Direct);
    assert_eq!(speaker, Some("Anna Kovacs"));
}

#[test]
fn it_said() {
    let doc = annotate("The union sent a letter to the board.\n\n''We expect an answer this week,'' it said.");
    assert_eq!(find(&doc, "We expect an answer this week").1, Some("it"));
}

#[test]
fn parenthetical_attribution() {
    let doc = annotate(
        "The report came out on Friday.\n\nAfter two quiet years, the budget office said, spending will rise sharply in 2019.",
    );
    let (kind, speaker, cue) = find(&doc, "spending will rise sharply in 2019");
    assert_eq!(kind, QuoteKind::Indirect);
    assert_eq!(speaker, Some("the budget office"));
    assert_eq!(cue.as_deref(), Some("say"));
    assert_eq!(find(&doc, "After two quiet years").1, Some("the budget office"));
}

#[test]
fn titles_are_no_quotes() {
    let doc = annotate("The network aired a new episode.\n\nViewers of “The Long Night Returns” wrote in all week.");
    assert!(!doc.quotes.iter().any(|q| q.kind == QuoteKind::Direct), "{:?}", doc.quotes);
}

#[test]
fn manner_of_speaking_cues_a_quote() {
    let doc = annotate("The vote was close.\n\n“We are not done yet,” she scoffed.");
    let (kind, speaker, cue) = find(&doc, "We are not done yet");
    assert_eq!(kind, QuoteKind::Direct);
    assert_eq!(speaker, Some("she"));
    assert_eq!(cue.as_deref(), Some("scoff"));
}

#[test]
fn nested_reported_speech_is_part_of_the_outer_content() {
    let doc =
        annotate("The council met on Monday.\n\nMayor Linda Hart said the council wants to freeze rents next year.");
    let (kind, speaker, cue) = find(&doc, "the council wants to freeze rents next year");
    assert_eq!(kind, QuoteKind::Indirect);
    assert_eq!(speaker, Some("Mayor Linda Hart"));
    assert_eq!(cue.as_deref(), Some("say"));
    assert!(!doc.quotes.iter().any(|q| q.cue.as_deref() == Some("want")), "{:?}", doc.quotes);
}

#[test]
fn relative_pronoun_names_the_speaker() {
    let doc = annotate(
        "The plan has critics.\n\nThe bill drew support from Ann Ruiz, who has said the vote would come in May.",
    );
    let q = doc.quotes.iter().find(|q| doc.slice(q.span) == "the vote would come in May").expect("quote");
    assert_eq!(q.speaker_span.map(|s| doc.slice(s)), Some("who"));
    let name = q.speaker.and_then(|id| doc.entity(id)).map(|e| e.name.as_str());
    assert_eq!(name, Some("Ann Ruiz"));
}

#[test]
fn split_quote_around_a_long_attribution() {
    let doc = annotate(
        "Wages rose in March.\n\n“The risk,” said Tom Reyes, an economist who is the director of the forecast, “is that we lose jobs.”",
    );
    assert_eq!(find(&doc, "The risk").1, Some("Tom Reyes"));
    let (kind, speaker, _) = find(&doc, "is that we lose jobs.");
    assert_eq!(kind, QuoteKind::Direct);
    assert_eq!(speaker, Some("Tom Reyes"));
}

#[test]
fn inverted_attribution_with_an_apposition() {
    let doc = annotate("The city spoke on Friday.\n\nThe bridge will open in May, said Helen Park, the city engineer.");
    let (kind, speaker, _) = find(&doc, "The bridge will open in May");
    assert_eq!(kind, QuoteKind::Indirect);
    assert_eq!(speaker, Some("Helen Park"));
}

#[test]
fn dash_byline_under_a_quote() {
    let doc = annotate(
        "The debate ran late.\n\n\"Almost all new income is going to the top 1 percent.\"\n\n- Bernie Sanders.\n\nThe statistic is outdated.",
    );
    let (kind, speaker, _) = find(&doc, "Almost all new income is going to the top 1 percent.");
    assert_eq!(kind, QuoteKind::Direct);
    assert_eq!(speaker, Some("Bernie Sanders"));
}

#[test]
fn party_tag_after_the_name() {
    let doc = annotate(
        "The vote failed on Tuesday.\n\nAfter the vote, House Minority Leader Nancy Pelosi (D-Calif.) said “this bill is a disgrace to the whole country.”",
    );
    assert_eq!(
        find(&doc, "this bill is a disgrace to the whole country.").1,
        Some("House Minority Leader Nancy Pelosi")
    );
}

#[test]
fn fronted_speech_verb() {
    let doc = annotate("The vote failed on Tuesday.\n\nSaid Pelosi, “We will be back next year with a better bill.”");
    assert_eq!(find(&doc, "We will be back next year with a better bill.").1, Some("Pelosi"));
}

#[test]
fn according_to_after_a_quote() {
    let doc = annotate(
        "The inquiry goes on.\n\n“Officials now expect to complete their work in the next few weeks,” according to CNN.",
    );
    let (_, speaker, cue) = find(&doc, "Officials now expect to complete their work in the next few weeks");
    assert_eq!(speaker, Some("CNN"));
    assert_eq!(cue.as_deref(), Some("according to"));
}

#[test]
fn long_apposition_after_a_quote() {
    let doc = annotate(
        "The rally was loud.\n\n“Very good reporter, very good reporter this guy,” Donald Trump, the frontrunner nationally and the current polling leader in South Carolina by a wide margin after winning the New Hampshire primary last week, said when a reporter asked him a question.",
    );
    assert_eq!(find(&doc, "Very good reporter, very good reporter this guy").1, Some("Donald Trump"));
}

#[test]
fn light_verb_with_a_noun_of_stance() {
    let doc = annotate("The council met on Monday.\n\nThe mayor made the case for a new bridge over the river.");
    let (kind, speaker, cue) = find(&doc, "a new bridge over the river");
    assert_eq!(kind, QuoteKind::Indirect);
    assert_eq!(speaker, Some("The mayor"));
    assert_eq!(cue.as_deref(), Some("make case"));
}

#[test]
fn adjective_of_attitude() {
    let doc = annotate("The vote is next week.\n\nThe senator was critical of the new tax plan.");
    let (kind, speaker, _) = find(&doc, "the new tax plan");
    assert_eq!(kind, QuoteKind::Indirect);
    assert_eq!(speaker, Some("The senator"));
}
