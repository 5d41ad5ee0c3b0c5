//! Direct quotes and their speakers, on sentences written for these tests.

mod common;

use dateline_core::{Article, Document, PubDate, QuoteKind};

fn annotate(text: &str) -> Document {
    let date = PubDate::parse("2016-05-02").expect("date");
    common::annotate(Article::new(date, text.to_string()))
}

/// The (kind, speaker words) of the quote whose text is `content`.
fn find<'a>(doc: &'a Document, content: &str) -> (QuoteKind, Option<&'a str>) {
    let q = doc.quotes.iter().find(|q| doc.slice(q.span) == content).unwrap_or_else(|| {
        panic!("no quote {content:?} in {:#?}", doc.quotes.iter().map(|q| doc.slice(q.span)).collect::<Vec<_>>())
    });
    (q.kind, q.speaker_span.map(|s| doc.slice(s)))
}

#[test]
fn horizontal_bar_byline() {
    // The quotation dash (U+2015) after a no-break space, one reader a line.
    let doc = annotate(
        "Readers wrote in about the storm.\n\n“The river came up faster than anyone expected. We lost the barn.”\u{a0}― Ruth Olsen\n“Nobody warned us in time, and the roads were closed.” ― Victor Lindqvist.\n",
    );
    assert_eq!(
        find(&doc, "The river came up faster than anyone expected. We lost the barn."),
        (QuoteKind::Direct, Some("Ruth Olsen"))
    );
    assert_eq!(
        find(&doc, "Nobody warned us in time, and the roads were closed."),
        (QuoteKind::Direct, Some("Victor Lindqvist"))
    );
}

#[test]
fn byline_names_only_the_quote_above_it() {
    let doc = annotate(
        "Readers wrote in about the storm.\n\n“The river came up faster than anyone expected.” ― Ruth Olsen\n“We had sandbags ready for a week and never used them.”\n",
    );
    assert_eq!(find(&doc, "The river came up faster than anyone expected.").1, Some("Ruth Olsen"));
    assert_eq!(find(&doc, "We had sandbags ready for a week and never used them.").1, None);
}

#[test]
fn quote_continues_reported_speech_before_it() {
    let doc = annotate(
        "The council met on Tuesday.\n\nThe budget for roads will be cut by a third, Mayor Helen Park said. “We cannot keep paying for roads that nobody drives on.”",
    );
    assert_eq!(
        find(&doc, "We cannot keep paying for roads that nobody drives on."),
        (QuoteKind::Direct, Some("Mayor Helen Park"))
    );
}

#[test]
fn quote_inside_reported_speech_of_its_sentence() {
    let doc = annotate(
        "The council met on Tuesday.\n\n“This is not right,” Park said. “You cut every school budget to the bone” to pay for the new stadium, she said.",
    );
    assert_eq!(find(&doc, "This is not right").1, Some("Park"));
    // The second quote is part of the reported content around it, not a
    // continuation of the first.
    let q = doc.quotes.iter().find(|q| doc.slice(q.span).contains("every school budget")).expect("quote");
    assert_ne!(q.kind, QuoteKind::Direct);
    assert!(doc.slice(q.span).contains("new stadium"), "{:?}", doc.slice(q.span));
    assert_eq!(q.speaker_span.map(|s| doc.slice(s)), Some("she"));
}

#[test]
fn name_with_a_long_apposition_after_the_quote() {
    let doc = annotate(
        "The bill passed on Monday.\n\n''The plan is sound and pays for itself,'' Margaret A. Holloway, director of the nonpartisan Center for Fiscal Studies and a lecturer at the Ross School of Midland University, said of the bill. ''It does not add to the deficit.''",
    );
    assert_eq!(find(&doc, "The plan is sound and pays for itself").1, Some("Margaret A. Holloway"));
    assert_eq!(find(&doc, "It does not add to the deficit.").1, Some("Margaret A. Holloway"));
}

#[test]
fn long_subject_after_an_exclamation_and_a_possessor() {
    let doc = annotate(
        "Bobby Lee spoke first at the rally.\n\n\"This is a big year for our next mayor, Bobby Lee!\" Lee's sister, state Rep. Anna \"Annie\" Cole, shouted to the crowd. \"The whole state is watching us today.\"",
    );
    let lee = doc.entities.iter().find(|e| e.name.contains("Lee")).map(|e| e.id);
    assert!(lee.is_some());
    for content in ["This is a big year for our next mayor, Bobby Lee!", "The whole state is watching us today."] {
        let q = doc.quotes.iter().find(|q| doc.slice(q.span) == content).expect("quote");
        assert_eq!(q.kind, QuoteKind::Direct);
        assert_eq!(q.speaker_span.map(|s| doc.slice(s)), Some("Lee's sister"));
        // The possessor does not speak.
        assert_ne!(q.speaker, lee);
    }
}

#[test]
fn colon_quote_then_adding() {
    let doc = annotate(
        "The company filed for bankruptcy.\n\nIn a statement, Peabody said: \"The unit was highly successful when it became an independent company a decade ago,\" adding that its value quadrupled in a year.",
    );
    let (kind, speaker) =
        find(&doc, "The unit was highly successful when it became an independent company a decade ago");
    assert_eq!((kind, speaker), (QuoteKind::Direct, Some("Peabody")));
    // What the participle adds is Peabody's too, not the quote's subject's.
    assert_eq!(find(&doc, "that its value quadrupled in a year").1, Some("Peabody"));
}

#[test]
fn titles_in_marks_are_not_spoken_words() {
    let doc = annotate(
        "The senator has a new book.\n\nOn Monday, Mr. Alvarez wrote, “A Long Road Home Again”\n\n“I wrote every page of it myself,” he said.",
    );
    assert!(doc.quotes.iter().all(|q| !(q.kind == QuoteKind::Direct && doc.slice(q.span) == "A Long Road Home Again")));
    assert_eq!(find(&doc, "I wrote every page of it myself"), (QuoteKind::Direct, Some("he")));
}

#[test]
fn the_statement_read() {
    let doc = annotate(
        "The board answered on Friday.\n\n“We regret the delay and will refund every ticket holder in full,” the brief statement read.",
    );
    assert_eq!(
        find(&doc, "We regret the delay and will refund every ticket holder in full"),
        (QuoteKind::Direct, Some("the brief statement"))
    );
}

#[test]
fn commented_before_a_colon() {
    let doc = annotate(
        "The town met on Tuesday.\n\nWhile the plans were on the screen, a neighbor commented: \"The new park will bring far more traffic than anyone planned for.\"",
    );
    assert_eq!(
        find(&doc, "The new park will bring far more traffic than anyone planned for."),
        (QuoteKind::Direct, Some("a neighbor"))
    );
}

#[test]
fn headline_quote_after_a_colon() {
    let doc = annotate(
        "Maria Lopez Grills Transit Chief: ‘You Should Resign Over These Delays.’\n\nThe hearing ran for three hours on Tuesday.",
    );
    let (kind, speaker) = find(&doc, "You Should Resign Over These Delays.");
    assert_eq!(kind, QuoteKind::Direct);
    assert!(speaker.is_some_and(|s| s.starts_with("Maria Lopez")), "{speaker:?}");
}

#[test]
fn wrapped_lines_and_nested_openers_stay_linear() {
    let budget = std::time::Duration::from_secs(20);
    let wrapped: String =
        std::iter::once("\"".to_string()).chain((0..10_000).map(|i| format!("line{i} of a wrapped quote\n"))).collect();
    let nested: String = std::iter::once("“".to_string()).chain((0..10_000).map(|i| format!("a “b{i} c "))).collect();
    for text in [wrapped, nested] {
        let start = std::time::Instant::now();
        let runs = dateline_quotes::marks::scan(&text);
        assert!(start.elapsed() < budget, "{:?}", start.elapsed());
        assert!(runs.len() <= 1, "{}", runs.len());
    }
}

#[test]
fn quoted_words_do_not_name_their_speaker() {
    let doc = annotate(
        "The debate ended late.\n\nHe brushed off the remark and, when questioned after the debate, asserting, ''Of course, I pay my federal taxes.''",
    );
    let (kind, speaker) = find(&doc, "Of course, I pay my federal taxes.");
    assert_eq!(kind, QuoteKind::Direct);
    assert_ne!(speaker, Some("I"));
}
