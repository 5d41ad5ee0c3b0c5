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
    // The quotation dash (U+2015) after a no-break space, one listener a
    // line.
    let doc = annotate(
        "Listeners sent notes after the concert.\n\n“The second half dragged, but the encore made up for it.”\u{a0}― Tom Becker\n“I have never heard the choir sound so clear, even from the back row.” ― Anneke Visser.\n",
    );
    assert_eq!(
        find(&doc, "The second half dragged, but the encore made up for it."),
        (QuoteKind::Direct, Some("Tom Becker"))
    );
    assert_eq!(
        find(&doc, "I have never heard the choir sound so clear, even from the back row."),
        (QuoteKind::Direct, Some("Anneke Visser"))
    );
}

#[test]
fn byline_names_only_the_quote_above_it() {
    let doc = annotate(
        "Parents answered the school survey.\n\n“The new bus route saves us twenty minutes every morning.” ― Dana Whitfield\n“Lunch is still served far too early for the younger children.”\n",
    );
    assert_eq!(find(&doc, "The new bus route saves us twenty minutes every morning.").1, Some("Dana Whitfield"));
    assert_eq!(find(&doc, "Lunch is still served far too early for the younger children.").1, None);
}

#[test]
fn quote_continues_reported_speech_before_it() {
    let doc = annotate(
        "The ferry board met in March.\n\nHarbor Commissioner Luis Ortega said the ferry will stop running in January. “The boats are forty years old and the repairs cost more than new ones.”",
    );
    assert_eq!(
        find(&doc, "The boats are forty years old and the repairs cost more than new ones."),
        (QuoteKind::Direct, Some("Harbor Commissioner Luis Ortega"))
    );
}

#[test]
fn quote_continues_reported_speech_over_a_wrapped_line() {
    // Wire copy: the paragraph is indented and wrapped, the reported
    // speech starts on the line before the quote's.
    let doc = annotate(
        "    The fare will rise by a third next year, the transit\nauthority said. \"We cannot run the buses on goodwill and old tickets alone.\"\n    Other news followed.",
    );
    assert_eq!(
        find(&doc, "We cannot run the buses on goodwill and old tickets alone."),
        (QuoteKind::Direct, Some("the transit\nauthority"))
    );
}

#[test]
fn quote_inside_reported_speech_of_its_sentence() {
    let doc = annotate(
        "The strike vote was held on Friday.\n\n“We are done waiting,” Ruiz told the crowd. “Every plant in the state” would shut down by June unless wages rise, she warned.",
    );
    assert_eq!(find(&doc, "We are done waiting").1, Some("Ruiz"));
    // The second quote is part of the reported content around it, not a
    // continuation of the first.
    let q = doc.quotes.iter().find(|q| doc.slice(q.span).contains("Every plant")).expect("quote");
    assert_ne!(q.kind, QuoteKind::Direct);
    assert!(doc.slice(q.span).contains("unless wages rise"), "{:?}", doc.slice(q.span));
    assert_eq!(q.speaker_span.map(|s| doc.slice(s)), Some("she"));
}

#[test]
fn name_with_a_long_apposition_after_the_quote() {
    let doc = annotate(
        "The drug was approved last week.\n\n''The trial results were clear and we saw no serious side effects,'' Thomas R. Engqvist, head of cardiology at the Lakeshore General Hospital and a board member of the Northfield Heart Institute in Ohio, said on Monday. ''We expect it in pharmacies by spring.''",
    );
    assert_eq!(
        find(&doc, "The trial results were clear and we saw no serious side effects").1,
        Some("Thomas R. Engqvist")
    );
    assert_eq!(find(&doc, "We expect it in pharmacies by spring.").1, Some("Thomas R. Engqvist"));
}

#[test]
fn long_subject_after_an_exclamation_and_a_possessor() {
    let doc = annotate(
        "The final whistle blew at nine.\n\n\"What a finish for Coach Brandt!\" Brandt's assistant, former goalkeeper Ines \"Izzy\" Varga, shouted to the fans. \"Nobody in this town will sleep tonight.\"",
    );
    let brandt = doc.entities.iter().find(|e| e.name.contains("Brandt")).map(|e| e.id);
    assert!(brandt.is_some());
    for content in ["What a finish for Coach Brandt!", "Nobody in this town will sleep tonight."] {
        let q = doc.quotes.iter().find(|q| doc.slice(q.span) == content).expect("quote");
        assert_eq!(q.kind, QuoteKind::Direct);
        assert_eq!(q.speaker_span.map(|s| doc.slice(s)), Some("Brandt's assistant"));
        // The possessor does not speak.
        assert_ne!(q.speaker, brandt);
    }
}

#[test]
fn colon_quote_then_adding() {
    let doc = annotate(
        "The recall was announced in April.\n\nAsked about the recall on Thursday, Norvik Motors wrote in an email: \"Every affected vehicle will be repaired free of charge within two months,\" adding that no injuries had been reported.",
    );
    assert_eq!(
        find(&doc, "Every affected vehicle will be repaired free of charge within two months"),
        (QuoteKind::Direct, Some("Norvik Motors"))
    );
    // What the participle adds is the carmaker's too.
    assert_eq!(find(&doc, "that no injuries had been reported").1, Some("Norvik Motors"));
}

#[test]
fn titles_in_marks_are_not_spoken_words() {
    let doc = annotate(
        "Her new collection came out in May.\n\nBack in 2019, the poet wrote “Salt And Other Small Rivers”\n\n“I wrote most of it on night trains,” she said.",
    );
    assert!(doc.quotes.iter().all(|q| !doc.slice(q.span).contains("Salt And Other")));
    assert_eq!(find(&doc, "I wrote most of it on night trains"), (QuoteKind::Direct, Some("she")));
}

#[test]
fn spoken_words_handed_to_an_attribution_after_them_are_no_title() {
    // Capitalized words, a comma handing over to "X said": spoken words,
    // not a title.
    let doc = annotate(
        "The talks ended late.\n\n“Like Denver. Or Tucson,” the governor said. \"Thank You, Mr. Mayor,\" she said. “OK,” he said.",
    );
    assert_eq!(find(&doc, "Like Denver. Or Tucson"), (QuoteKind::Direct, Some("the governor")));
    assert_eq!(find(&doc, "Thank You, Mr. Mayor"), (QuoteKind::Direct, Some("she")));
    assert_eq!(find(&doc, "OK"), (QuoteKind::Direct, Some("he")));
}

#[test]
fn the_statement_read() {
    let doc =
        annotate("Trains were late again on Monday.\n\n“Service on the northern line resumes at noon,” a handwritten notice reads.");
    assert_eq!(
        find(&doc, "Service on the northern line resumes at noon"),
        (QuoteKind::Direct, Some("a handwritten notice"))
    );
}

#[test]
fn commented_before_a_colon() {
    let doc = annotate(
        "The station reopened in June.\n\nA fan commented online: \"The trains were never this late before the timetable changed.\"",
    );
    assert_eq!(
        find(&doc, "The trains were never this late before the timetable changed."),
        (QuoteKind::Direct, Some("A fan"))
    );
}

#[test]
fn headline_quote_after_a_colon() {
    let doc = annotate(
        "Mayor Ruth Adeyemi Grills Airline Bosses Over Refunds: ‘Where Did The Money Go?’\n\nThe committee sat until late evening.",
    );
    let (kind, speaker) = find(&doc, "Where Did The Money Go?");
    assert_eq!(kind, QuoteKind::Direct);
    assert!(speaker.is_some_and(|s| s.starts_with("Ruth Adeyemi")), "{speaker:?}");
}

#[test]
fn a_possessor_opening_a_headline_is_no_source() {
    let doc = annotate("Smith’s Aide Hits Back at Critics: ‘We Will Appeal.’\n\nThe hearing ran for hours on Monday.");
    assert!(doc.quotes.iter().all(|q| q.speaker_span.is_none_or(|s| doc.slice(s) != "Smith")), "{:?}", doc.quotes);
}

#[test]
fn a_colon_quote_in_one_line_text_has_no_headline() {
    // No headline: the first line is the whole text, and its subject
    // speaks, not the possessor it opens with.
    let doc =
        annotate("Jones’s campaign manager Tim Reyes then addressed the volunteers: “We are ready for the count.”");
    assert_eq!(
        find(&doc, "We are ready for the count."),
        (QuoteKind::Direct, Some("Jones’s campaign manager Tim Reyes"))
    );
}

#[test]
fn wrapped_lines_and_nested_openers_stay_linear() {
    let budget = std::time::Duration::from_secs(20);
    let wrapped: String = std::iter::once("“".to_string())
        .chain((0..10_000).map(|i| format!("segment {i} of one long quoted passage\n")))
        .collect();
    // One line of curly openers inside a curly quote, none closed.
    let nested: String = std::iter::once("“".to_string()).chain((0..10_000).map(|i| format!("q “r{i} s "))).collect();
    for text in [wrapped, nested] {
        let start = std::time::Instant::now();
        let runs = dateline_quotes::marks::scan(&text);
        let starts = dateline_quotes::marks::paragraph_starts(&text);
        assert!(start.elapsed() < budget, "{:?}", start.elapsed());
        assert!(runs.len() <= 1, "{}", runs.len());
        assert_eq!(starts, vec![0]);
    }
}

#[test]
fn quoted_words_do_not_name_their_speaker() {
    let doc = annotate(
        "The hearing ended late.\n\nShe dodged the question and, when asked about it later, insisting, ''Honestly, I never read the report.''",
    );
    // The parse gives the participle no subject outside the quote: no
    // speaker rather than "I".
    assert_eq!(find(&doc, "Honestly, I never read the report."), (QuoteKind::Direct, None));
}

#[test]
fn a_title_set_off_by_commas_is_a_name() {
    // The title names the memoir before it; the attribution after it is
    // about the memoir's content, not these words.
    let doc = annotate(
        "The lecture was full.\n\nIn her 2011 memoir, “Rivers Of Salt And Glass,” Dr. Ana Ruiz argued that small farms would vanish within a generation.",
    );
    assert!(
        doc.quotes.iter().all(|q| !(q.kind == QuoteKind::Direct && doc.slice(q.span) == "Rivers Of Salt And Glass")),
        "{:?}",
        doc.quotes.iter().map(|q| (q.kind, doc.slice(q.span))).collect::<Vec<_>>()
    );
}

#[test]
fn a_nameless_subject_is_the_person_its_apposition_names() {
    let text = "The Harbour League welcomed the ruling. Its president, Marta Okafor, said: \
                \"We waited a long time for this day.\"";
    let doc = annotate(text);
    let q = doc.quotes.iter().find(|q| doc.slice(q.span) == "We waited a long time for this day.").expect("quote");
    assert_eq!(q.speaker_span.map(|s| doc.slice(s)), Some("Its president"));
    let who = q.speaker.and_then(|id| doc.entity(id)).map(|e| e.name.as_str());
    assert_eq!(who, Some("Marta Okafor"));
}

#[test]
fn chanted_words_and_titles_are_quotes() {
    // A verb of chanting right before the marks, the sentence going on.
    let doc = annotate("The crowd chanted \"Build the bridge!\" as the governor walked onto the stage.");
    assert_eq!(find(&doc, "Build the bridge!"), (QuoteKind::Direct, Some("The crowd")));
    // The noun: "chants of", the speaker its possessor.
    let doc = annotate("Their chants of \"Vote! Vote!\" filled the gym for an hour.");
    assert_eq!(find(&doc, "Vote! Vote!"), (QuoteKind::Direct, Some("Their")));
    // A title after "titled": the subject of the verb the noun hangs on.
    let doc = annotate("The union released a report titled \"Wages in Decline.\" on Tuesday.");
    assert_eq!(find(&doc, "Wages in Decline."), (QuoteKind::Direct, Some("The union")));
}
