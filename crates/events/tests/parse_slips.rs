//! The events layer under parse slips that the parsers make (each seen
//! with the shipped model or a retrained one of `dateline train syntax`): the team's own
//! sentences, parsed by the shipped models, with the slip written into the
//! parse before the entities, times and events layers run. Each test fails
//! without the repair it names.
use dateline_core::{Article, Document, Extractor, Pipeline, PubDate, Segmenter, Upos};
use dateline_events::EventExtractor;
#[path = "common/layers.rs"]
mod layers;

// (trigger text, code, source, target) of every event.
use layers::quads as events;

/// One edit of the parse: the token `word` (its `nth` occurrence) gets
/// `head` (a word, `None` for the root) and `deprel`, and optionally a tag.
struct Slip<'a> {
    word: &'a str,
    head: Option<&'a str>,
    deprel: &'a str,
    tag: Option<(Upos, &'a str)>,
}

fn slip<'a>(word: &'a str, head: Option<&'a str>, deprel: &'a str) -> Slip<'a> {
    Slip { word, head, deprel, tag: None }
}

fn tok(doc: &Document, word: &str) -> usize {
    doc.tokens.iter().position(|t| doc.slice(t.span) == word).unwrap_or_else(|| panic!("no token {word:?}"))
}

/// Segments and parses `text`, applies the slips, then runs the entities,
/// times and events layers (with PETRARCH's dictionaries when `dicts`).
fn run(text: &str, slips: &[Slip], dicts: Option<dateline_events::petrarch::Dictionaries>) -> Document {
    let mut doc = Document::new(Article::new(PubDate::parse("2001-06-04").expect("date"), text));
    let errors = Pipeline::new()
        .with(Segmenter)
        .with(dateline_syntax::SyntaxAnnotator::load().expect("syntax model"))
        .run(&mut doc);
    assert!(errors.is_empty(), "{errors:?}");
    for s in slips {
        let i = tok(&doc, s.word);
        let head = s.head.map(|h| tok(&doc, h) as u32);
        let t = &mut doc.tokens[i];
        t.head = head;
        t.deprel = Some(s.deprel.to_string());
        if let Some((u, x)) = s.tag {
            t.upos = Some(u);
            t.xpos = Some(x.to_string());
        }
    }
    let errors = Pipeline::new()
        .with(dateline_entities::EntityExtractor::load().expect("entity model"))
        .with(dateline_time::TimeExtractor::new())
        .run(&mut doc);
    assert!(errors.is_empty(), "{errors:?}");
    let coder = match dicts {
        Some(d) => EventExtractor::with_dictionaries(d),
        None => EventExtractor::new(),
    };
    coder.extract(&mut doc).expect("events");
    doc
}

fn petrarch() -> dateline_events::petrarch::Dictionaries {
    dateline_testkit::shared_path("eval/events-petrarch/PETR.Validate.verbs.txt");
    let stem = dateline_testkit::shared_dir().join("eval/events-petrarch/PETR.Validate");
    dateline_events::petrarch::Dictionaries::load(&stem).expect("dictionaries")
}

#[test]
fn a_trigger_ends_at_its_objects_head() {
    // "on Monday" hung on the object noun.
    let text = "Norway expelled two Danish diplomats on Monday.";
    let doc = run(text, &[slip("Monday", Some("diplomats"), "nmod")], None);
    let e = doc.events.iter().find(|e| e.code == "166").unwrap_or_else(|| panic!("{:?}", events(&doc)));
    assert_eq!(&text[e.trigger.start..e.trigger.end], "expelled two Danish diplomats");
}

#[test]
fn a_gerund_after_the_verb_is_its_object_however_it_is_hung() {
    let text = "Since June, Estonia has halted data sharing with Latvia.";
    let gerund = |head: &'static str, rel: &'static str| Slip {
        tag: Some((Upos::VERB, "VBG")),
        ..slip("sharing", Some(head), rel)
    };
    let readings = [
        // "sharing" read as a modifier of "data".
        [slip("data", Some("halted"), "obj"), gerund("data", "acl"), slip("Latvia", Some("sharing"), "obl")],
        // "sharing" read as an adverbial clause right after the verb.
        [slip("data", Some("sharing"), "compound"), gerund("halted", "advcl"), slip("Latvia", Some("sharing"), "obl")],
    ];
    for slips in readings {
        let doc = run(text, &slips, None);
        let e = doc.events.iter().find(|e| e.code == "160").unwrap_or_else(|| panic!("{:?}", events(&doc)));
        assert_eq!(&text[e.trigger.start..e.trigger.end], "halted data sharing");
        assert_eq!((e.source.as_deref(), e.target.as_deref()), (Some("EST"), Some("LVA")));
    }
}

#[test]
fn of_two_subjects_across_a_comma_the_nearer_is_the_verbs() {
    // "Chile" (inside an oblique) read as a second subject of "charged".
    let text = "Ecuador has quietly sold weapons to Chile for years, the Peruvian defence minister charged on Tuesday.";
    let slips = [
        slip("charged", None, "root"),
        slip("Chile", Some("charged"), "nsubj"),
        slip("minister", Some("charged"), "nsubj"),
        slip("sold", Some("charged"), "ccomp"),
        slip(".", Some("charged"), "punct"),
    ];
    let doc = run(text, &slips, None);
    let ev = events(&doc);
    let charged: Vec<_> = ev.iter().filter(|(t, ..)| t == "charged").collect();
    assert_eq!(charged.len(), 1, "{ev:?}");
    assert_eq!((charged[0].1.as_str(), charged[0].2.as_str()), ("112", "PERGOV"), "{ev:?}");
}

#[test]
fn a_name_ending_in_plans_is_the_subject_of_the_planned_visit() {
    // "plans" read as the last word of the name, "visit" hung on it.
    let text = "Chilean President Gabriel Boric plans to visit Lima next week.";
    let slips = [
        slip("Chilean", Some("President"), "amod"),
        slip("President", Some("Gabriel"), "nmod:desc"),
        slip("Gabriel", None, "root"),
        slip("Boric", Some("Gabriel"), "flat"),
        slip("plans", Some("Gabriel"), "flat"),
        slip("visit", Some("plans"), "acl"),
        slip(".", Some("Gabriel"), "punct"),
    ];
    let doc = run(text, &slips, None);
    let ev = events(&doc);
    assert!(ev.iter().any(|(t, c, s, tg)| t == "visit" && c == "036" && s == "CHLGOV" && tg == "PER"), "{ev:?}");
}

#[test]
fn a_light_verbs_phrases_after_its_event_noun_are_the_nouns() {
    // "from Mali" hung on the verb rather than on "withdrawal".
    let text = "The Dutch cabinet announced a withdrawal of its peacekeepers from Mali last spring.";
    let doc = run(text, &[slip("Mali", Some("announced"), "obl")], None);
    let ev = events(&doc);
    assert!(ev.iter().any(|(t, c, s, tg)| t == "withdrawal" && c == "0874" && s == "NLDGOV" && tg == "MLI"), "{ev:?}");
}

#[test]
fn a_surface_target_runs_to_the_next_comma() {
    // "Xi Jinping", the object of "meet", read as the subject of "told",
    // with the title hung on the name.
    let text = "In Beijing the Polish premier hopes to meet President Xi Jinping, his spokesman told reporters.";
    let slips = [
        slip("President", Some("Xi"), "nmod:desc"),
        slip("Xi", Some("told"), "nsubj"),
        slip("told", Some("hopes"), "advcl"),
    ];
    let doc = run(text, &slips, None);
    let ev = events(&doc);
    assert!(ev.iter().any(|(t, c, s, tg)| t == "meet" && c == "040" && s == "POLGOV" && tg == "CHNGOV"), "{ev:?}");
}

#[test]
fn a_verb_with_no_subject_takes_the_noun_phrase_before_it() {
    // "About 500 Bolivian miners" read as an oblique with "About" as its
    // preposition.
    let text = "About 500 Bolivian miners protested outside the mine on Wednesday.";
    let slips = [
        slip("miners", Some("protested"), "obl"),
        slip("About", Some("miners"), "case"),
        slip("protested", None, "root"),
        slip(".", Some("protested"), "punct"),
    ];
    let doc = run(text, &slips, None);
    let ev = events(&doc);
    let e = doc.events.iter().find(|e| doc.slice(e.trigger) == "protested").unwrap_or_else(|| panic!("{ev:?}"));
    // (Miners are labor, like workers.)
    assert_eq!((e.code.as_str(), e.source.as_deref()), ("140", Some("BOLLAB")), "{ev:?}");
}

#[test]
fn coordinated_agents_share_the_countries_of_their_conjuncts() {
    let d = petrarch();
    // "in Fornost and Gondor" hung on the second conjunct only.
    let text = "Lawmakers and officials in Fornost and Gondor welcomed a resumption of trade with Eriador.";
    let slips = [
        slip("Lawmakers", Some("welcomed"), "nsubj"),
        slip("officials", Some("Lawmakers"), "conj"),
        slip("Fornost", Some("officials"), "nmod"),
        slip("in", Some("Fornost"), "case"),
        slip("Gondor", Some("Fornost"), "conj"),
    ];
    let doc = run(text, &slips, Some(d));
    let ev = events(&doc);
    for want in ["FORLEG", "GONLEG"] {
        assert!(ev.iter().any(|(_, _, s, _)| s == want), "{want}: {ev:?}");
    }
}

#[test]
fn a_root_noun_with_a_finite_relative_clause_is_its_subject() {
    let d = petrarch();
    // "Gollum envoy ... called" read as a noun with a relative clause whose
    // subject is the last name.
    let text = "Gollum envoy at the heart of a long quarrel between Radagast the Brown called for Gondor to be freed.";
    let slips = [
        slip("envoy", None, "root"),
        slip("called", Some("envoy"), "acl:relcl"),
        slip("Brown", Some("called"), "nsubj"),
    ];
    let doc = run(text, &slips, Some(d));
    let ev = events(&doc);
    assert!(ev.iter().any(|(t, _, s, _)| t.starts_with("called") && s.starts_with("HOB")), "{ev:?}");
}

#[test]
fn a_finite_verb_hung_on_the_root_noun_has_that_noun_as_subject() {
    // "rejected" read as a clause on "Secretary", with the name after the
    // title as its subject.
    let text = "The Colombian Secretary of Energy Diego Ramos flatly rejected calls for his resignation.";
    let slips = [
        slip("Secretary", None, "root"),
        slip("rejected", Some("Secretary"), "acl"),
        slip("Diego", Some("rejected"), "nsubj"),
        slip("Energy", Some("Diego"), "compound"),
        slip("Ramos", Some("Diego"), "flat"),
        slip(".", Some("Secretary"), "punct"),
    ];
    let doc = run(text, &slips, None);
    let ev = events(&doc);
    assert!(ev.iter().any(|(t, c, s, _)| t.starts_with("rejected") && c == "120" && s == "COLGOV"), "{ev:?}");
}

#[test]
fn a_conjoined_verb_read_as_an_adjective_of_the_object_is_a_predicate() {
    // "suspended" read as a modifier of "aid", a second object of
    // "recalled".
    let text = "Japan recalled its ambassador from Seoul and suspended economic aid to Pyongyang.";
    let slips = [
        Slip { tag: Some((Upos::VERB, "VBN")), ..slip("suspended", Some("aid"), "amod") },
        slip("aid", Some("ambassador"), "conj"),
        slip("and", Some("aid"), "cc"),
        slip("Pyongyang", Some("aid"), "nmod"),
    ];
    let doc = run(text, &slips, None);
    let e = doc.events.iter().find(|e| e.code == "1621").unwrap_or_else(|| panic!("{:?}", events(&doc)));
    assert_eq!(&text[e.trigger.start..e.trigger.end], "suspended economic aid");
    assert_eq!((e.source.as_deref(), e.target.as_deref()), (Some("JPN"), Some("PRKGOV")));
}

#[test]
fn a_clausal_subject_after_its_predicate_is_a_purpose_clause() {
    // "to negotiate" read as the clausal subject of "was in Quito".
    let text = "The Colombian foreign minister was in Quito for two days to negotiate with Ecuadorean officials over the border.";
    let slips = [slip("negotiate", Some("Quito"), "csubj")];
    let doc = run(text, &slips, None);
    let e = doc
        .events
        .iter()
        .find(|e| doc.slice(e.trigger) == "negotiate" && e.target.as_deref() == Some("ECUGOV"))
        .unwrap_or_else(|| panic!("{:?}", events(&doc)));
    assert_eq!((e.code.as_str(), e.source.as_deref()), ("046", Some("COLGOV")), "{:?}", events(&doc));
    assert_eq!(e.location.as_deref(), Some("Quito"));
}

#[test]
fn a_country_before_a_later_conjuncts_head_is_that_conjuncts_alone() {
    let d = petrarch();
    // "Gondor" modifies "soldiers" only: the police are of no country.
    let text = "Police and Gondor soldiers attacked a village in Eriador.";
    let doc = run(text, &[], Some(d));
    let ev = events(&doc);
    let sources: Vec<&str> = ev.iter().map(|(_, _, s, _)| s.as_str()).collect();
    assert!(sources.contains(&"GONMIL"), "{ev:?}");
    assert!(!sources.iter().any(|s| s.starts_with("GON") && s.ends_with("COP")), "{ev:?}");
}

#[test]
fn a_nationality_read_as_a_subject_of_its_own_modifies_the_next() {
    let text = "Kenyan President William Ruto signed a trade pact with Ethiopia on Wednesday.";
    let slips = [slip("Kenyan", Some("signed"), "nsubj"), slip("William", Some("signed"), "nsubj")];
    let doc = run(text, &slips, None);
    let ev = events(&doc);
    let pairs: Vec<(&str, &str)> = ev.iter().map(|(_, _, s, t)| (s.as_str(), t.as_str())).collect();
    assert_eq!(pairs, [("KENGOV", "ETH")], "{ev:?}");
}

#[test]
fn a_verb_hung_on_a_speech_verbs_object_is_a_reported_clause() {
    // "Peru said its troops shelled ..." read with "its troops" as the
    // object of "said" and "shelled" as a participle on "troops".
    let text = "Peru said its troops shelled Ecuadorean posts near the river.";
    let slips = [
        slip("troops", Some("said"), "obj"),
        slip("shelled", Some("troops"), "acl"),
        slip("posts", Some("shelled"), "obj"),
    ];
    let doc = run(text, &slips, None);
    let ev = events(&doc);
    assert!(
        ev.iter().any(|(t, _, s, tg)| t.starts_with("shelled") && s == "PERMIL" && tg.starts_with("ECU")),
        "{ev:?}"
    );
}
