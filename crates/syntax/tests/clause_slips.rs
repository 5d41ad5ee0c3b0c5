//! The clause view under parse slips that retrained parsers make: the
//! team's own sentences parsed by the shipped models, with the slip
//! written into the parse. Each test fails without the repair it names.
mod common;

use common::{parse, slipped, subjects_of, tok};
use dateline_core::Article;
use dateline_syntax::clauses;

#[test]
fn a_stranded_determiner_starts_the_subject() {
    // "The" hung under the period, with "approved" as a relative clause on it.
    let text = "The Northern Council quietly approved a new budget for its schools.";
    let doc = slipped(
        text,
        &[
            ("The", Some("."), "det"),
            (".", None, "root"),
            ("approved", Some("The"), "acl:relcl"),
            ("Northern", Some("approved"), "nsubj"),
            ("Council", Some("Northern"), "flat"),
        ],
    );
    assert_eq!(subjects_of(&doc, "approve"), vec!["The Northern Council".to_string()]);
}

#[test]
fn a_stranded_name_word_starts_the_subject() {
    // "Quito" read as an adverb of the verb.
    let text = "Quito Mayor Ana Lopez has again appealed for calm.";
    let doc = slipped(
        text,
        &[
            ("Quito", Some("appealed"), "advmod"),
            ("Mayor", Some("Ana"), "nmod:desc"),
            ("Ana", Some("appealed"), "nsubj"),
            ("Lopez", Some("Ana"), "flat"),
        ],
    );
    assert_eq!(subjects_of(&doc, "appeal"), vec!["Quito Mayor Ana Lopez".to_string()]);
}

#[test]
fn a_time_word_before_the_subject_stays_out() {
    let text = "Yesterday Peru fired two shells at Chile.";
    let doc = slipped(text, &[("Yesterday", Some("fired"), "obl:tmod"), ("Peru", Some("fired"), "nsubj")]);
    assert_eq!(subjects_of(&doc, "fire"), vec!["Peru".to_string()]);
}

#[test]
fn a_name_before_its_apposition_is_the_subject() {
    // "Norway" hung on the verb as a bare oblique, its apposition read
    // as the subject.
    let text = "Norway, the largest donor to the fund, later agreed to cut its grant.";
    let doc = slipped(text, &[("Norway", Some("agreed"), "obl"), ("donor", Some("agreed"), "nsubj")]);
    assert_eq!(subjects_of(&doc, "agree"), vec!["Norway".to_string()]);
    // Inherited by the controlled verb.
    assert_eq!(subjects_of(&doc, "cut"), vec!["Norway".to_string()]);
}

#[test]
fn a_split_name_before_the_verb_is_one_subject() {
    // "Oslo" read as the subject, the rest of the name as an adverbial
    // clause of the verb.
    let text = "Oslo Deputy Mayor Erik Lund hopes to reopen the harbour by spring.";
    let doc = slipped(
        text,
        &[
            ("Oslo", Some("hopes"), "nsubj"),
            ("Mayor", Some("Erik"), "nmod:desc"),
            ("Erik", Some("hopes"), "advcl"),
            ("Lund", Some("Erik"), "flat"),
        ],
    );
    assert_eq!(subjects_of(&doc, "hope"), vec!["Oslo Deputy Mayor Erik Lund".to_string()]);
    assert_eq!(subjects_of(&doc, "reopen"), vec!["Oslo Deputy Mayor Erik Lund".to_string()]);
}

#[test]
fn a_verb_hung_on_the_noun_plans_has_the_planner_as_subject() {
    // "tour" read as a clause of the noun "plans", itself the subject of
    // "confirmed".
    let text = "Rivera plans to tour the flooded valley before the vote, her staff confirmed.";
    let doc = slipped(
        text,
        &[
            ("Rivera", Some("plans"), "compound"),
            ("plans", Some("confirmed"), "nsubj"),
            ("tour", Some("plans"), "acl"),
            ("confirmed", None, "root"),
        ],
    );
    assert_eq!(subjects_of(&doc, "tour"), vec!["Rivera".to_string()]);
    let tour = clauses(&doc).into_iter().find(|c| c.lemma == "tour").expect("tour");
    assert_eq!(tour.modality, dateline_syntax::Modality::Planned);
}

#[test]
fn an_apposition_inside_a_list_of_subjects_is_a_subject() {
    // The middle conjunct read as an apposition of the first.
    let text = "Farmers, the local council, and most shopkeepers have since opposed the plan to close the market.";
    let doc = slipped(
        text,
        &[
            ("opposed", None, "root"),
            ("Farmers", Some("opposed"), "nsubj"),
            ("council", Some("Farmers"), "appos"),
            ("shopkeepers", Some("opposed"), "nsubj"),
            (".", Some("opposed"), "punct"),
        ],
    );
    assert_eq!(
        subjects_of(&doc, "oppose"),
        vec!["Farmers".to_string(), "the local council".to_string(), "most shopkeepers".to_string()]
    );
}

#[test]
fn an_object_right_before_a_subjectless_complement_is_its_subject() {
    // "it" read as the object of "indicated".
    let text = "Chile indicated it should have acted against Peru.";
    let doc = slipped(text, &[("it", Some("indicated"), "obj"), ("acted", Some("indicated"), "ccomp")]);
    assert_eq!(subjects_of(&doc, "act"), vec!["it".to_string()]);
    // Also with the complement hung on a later verb.
    let text = "Chile indicated it would act now, an aide said.";
    let doc = slipped(
        text,
        &[
            ("it", Some("indicated"), "obj"),
            ("act", Some("said"), "advcl"),
            ("said", Some("indicated"), "ccomp"),
            ("aide", Some("said"), "nsubj"),
        ],
    );
    assert_eq!(subjects_of(&doc, "act"), vec!["it".to_string()]);
}

#[test]
fn a_listed_verb_read_as_a_parenthetical_shares_the_subject() {
    // "laid" read as a parenthetical of "closed".
    let text = "The company closed two plants last year, laid off 400 workers and sold its trucking arm.";
    let doc = slipped(text, &[("laid", Some("closed"), "parataxis"), ("sold", Some("laid"), "conj")]);
    assert_eq!(subjects_of(&doc, "lay"), vec!["The company".to_string()]);
    assert_eq!(subjects_of(&doc, "sell"), vec!["The company".to_string()]);
}

#[test]
fn a_time_before_the_comma_is_no_name_with_an_apposition() {
    // No slip: "month" is a bare oblique of time, and "the senator" the
    // subject, not an apposition of it.
    let doc = slipped("Last month, the senator asked whether the fund was legal.", &[]);
    assert_eq!(subjects_of(&doc, "ask"), vec!["the senator".to_string()]);
}

#[test]
fn a_subject_not_closed_by_a_comma_is_no_apposition() {
    // "Bergen" hung on the verb as a bare oblique (its "In" read as an
    // adverb): "a local baker" runs straight into the verb, so it is the
    // subject and no apposition of "Bergen".
    let text = "In Bergen, a local baker sold out of bread by noon.";
    let doc = slipped(text, &[("In", Some("sold"), "advmod"), ("Bergen", Some("sold"), "obl")]);
    assert_eq!(subjects_of(&doc, "sell"), vec!["a local baker".to_string()]);
}

#[test]
fn a_subject_glued_to_the_next_subject_starts_it() {
    // "Chilean" read as a subject of its own beside the minister's name.
    let text = "Chilean Finance Minister Elena Vidal said the plan was fair.";
    let doc = slipped(
        text,
        &[
            ("Chilean", Some("said"), "nsubj"),
            ("Minister", Some("Elena"), "nmod:desc"),
            ("Elena", Some("said"), "nsubj"),
            ("Vidal", Some("Elena"), "flat"),
        ],
    );
    assert_eq!(subjects_of(&doc, "say"), vec!["Chilean Finance Minister Elena Vidal".to_string()]);
}

#[test]
fn a_possessor_and_modifier_hung_on_the_verb_start_the_subject() {
    // "Peru" a possessor and "fisheries" a marker of the verb.
    let text = "Peru's fisheries ministry rejected the new quota.";
    let doc = slipped(
        text,
        &[
            ("Peru", Some("rejected"), "nmod:poss"),
            ("fisheries", Some("rejected"), "mark"),
            ("ministry", Some("rejected"), "nsubj"),
        ],
    );
    assert_eq!(subjects_of(&doc, "reject"), vec!["Peru's fisheries ministry".to_string()]);
    // Coordinated subjects stay apart.
    let text = "Peru and Chile rejected the new quota.";
    let doc = slipped(text, &[]);
    assert_eq!(subjects_of(&doc, "reject"), vec!["Peru".to_string(), "Chile".to_string()]);
}

#[test]
fn an_infinitive_read_as_adverbial_after_a_passive_plan_verb_is_controlled() {
    // "visit" hung on "expected" as an adverbial clause, not a complement.
    let text = "The Chilean minister is expected to visit Lima next week.";
    let doc = slipped(text, &[("visit", Some("expected"), "advcl")]);
    assert_eq!(subjects_of(&doc, "visit"), vec!["The Chilean minister".to_string()]);
    let all = clauses(&doc);
    let visit = all.iter().find(|c| c.lemma == "visit").expect("visit");
    assert_eq!(visit.modality, dateline_syntax::Modality::Planned);
}

#[test]
fn a_title_split_at_its_hyphen_stays_one_subject() {
    // "Secretary-General" cut at the hyphen, the name read as a second subject.
    let text = "OAS Secretary-General Luis Almagro condemned the vote.";
    let doc = slipped(
        text,
        &[
            ("OAS", Some("condemned"), "nsubj"),
            ("Secretary", Some("OAS"), "flat"),
            ("General", Some("Luis"), "nmod:desc"),
            ("Luis", Some("condemned"), "nsubj"),
            ("Almagro", Some("Luis"), "flat"),
        ],
    );
    assert_eq!(subjects_of(&doc, "condemn"), vec!["OAS Secretary-General Luis Almagro".to_string()]);
}

#[test]
fn a_verb_after_a_closed_relative_clause_takes_the_antecedent() {
    // "announced" read as a conjunct of the verb inside the relative
    // clause: it inherited "the senator".
    let text =
        "The agency, which the senator accused of hiding the cost, announced on Monday that it would publish it.";
    let doc = slipped(text, &[("announced", Some("hiding"), "conj")]);
    assert_eq!(subjects_of(&doc, "announce"), vec!["The agency".to_string()]);
    // "whom" read as the subject of the verb after the clause.
    let text = "The mayor, whom voters elected in May, said the budget was balanced.";
    let doc = slipped(
        text,
        &[("said", Some("mayor"), "acl:relcl"), ("whom", Some("said"), "nsubj"), ("voters", Some("elected"), "nsubj")],
    );
    assert_eq!(subjects_of(&doc, "say"), vec!["The mayor".to_string()]);
    // Out of a prepositional modifier to the noun it modifies.
    let text = "The spokesman for the ministry, who asked not to be named, told reporters the talks had failed.";
    let doc = slipped(text, &[("told", Some("asked"), "conj")]);
    assert_eq!(subjects_of(&doc, "tell"), vec!["The spokesman for the ministry".to_string()]);
}

#[test]
fn a_verb_after_a_relative_clause_keeps_a_subject_of_its_own() {
    // Inverted attribution: the speaker follows the verb.
    let text = "He praised the plan, which cuts taxes, said Lina Ortiz.";
    let doc = slipped(text, &[]);
    assert_eq!(subjects_of(&doc, "say"), vec!["Lina Ortiz".to_string()]);
    // A relative pronoun right before its own verb stays the subject there.
    let text = "The minister, who resigned on Friday, was replaced by her deputy.";
    let doc = slipped(text, &[]);
    assert_eq!(subjects_of(&doc, "resign"), vec!["who".to_string()]);
}

#[test]
fn an_apposition_before_and_is_no_subject_of_the_second_verb() {
    // The shipped parser reads ", Maria Santos," as the subject of
    // "reaffirmed"; the first verb's subject is the speaker of both.
    let text = "Foreign Minister Ana Duarte called her Chilean counterpart, Maria Santos, on Monday and reaffirmed that the treaty covers the islands.";
    let doc = slipped(text, &[]);
    assert_eq!(subjects_of(&doc, "reaffirm"), vec!["Foreign Minister Ana Duarte".to_string()]);
    // A conjunct with its own subject after "and" keeps it.
    let doc = slipped("Ana Duarte called Maria Santos, and Santos thanked her for the call.", &[]);
    assert_eq!(subjects_of(&doc, "thank"), vec!["Santos".to_string()]);
}

#[test]
fn a_time_ending_the_subject_phrase_is_no_part_of_it() {
    let doc = slipped("A district court in Ohio on Tuesday ordered the release of the files.", &[]);
    assert_eq!(subjects_of(&doc, "order"), vec!["A district court in Ohio".to_string()]);
}

#[test]
fn the_object_of_a_verb_of_prevention_is_the_doer_of_its_gerund() {
    let text = "A judge blocked the city council from selling the old harbour land.";
    let doc = slipped(text, &[]);
    assert_eq!(subjects_of(&doc, "sell"), vec!["the city council".to_string()]);
    let sell = dateline_syntax::clauses(&doc).into_iter().find(|c| c.lemma == "sell").expect("sell");
    assert!(sell.negated(), "{sell:?}");
}

#[test]
fn a_noun_of_time_after_of_stays_in_the_phrase() {
    let doc = slipped("The rest of the year looks difficult for airlines.", &[]);
    let subj = subjects_of(&doc, "look");
    assert!(subj.iter().any(|s| s == "The rest of the year"), "{subj:?}");
}

#[test]
fn keeping_something_from_a_sale_prevents_nothing() {
    let doc = slipped("The company kept the proceeds from selling its stake in the bank.", &[]);
    let sell = dateline_syntax::clauses(&doc).into_iter().find(|c| c.lemma == "sell");
    assert!(sell.as_ref().is_none_or(|c| !c.negated()), "{sell:?}");
}

#[test]
fn a_conjunct_without_a_coordinator_after_a_noun_inherits_no_subject() {
    let text = "NAIROBI, Nov 20 - Kenyan President William Ruto hosted Ethiopian Prime Minister Abiy Ahmed in Nairobi on Wednesday for talks on a disputed border road and regional security, two months after clashes near the frontier killed at least 12 people.";
    let doc = slipped(text, &[]);
    let subj = subjects_of(&doc, "kill");
    assert!(!subj.iter().any(|s| s.contains("Ruto")), "{subj:?}");
}

#[test]
fn an_acronym_spelled_like_a_function_word_is_a_name() {
    let doc = parse(Article::new(
        dateline_core::PubDate::parse("2025-11-18").expect("date"),
        "WHO Director-General Tedros Adhanom Ghebreyesus told reporters that the agency had shipped vaccines.",
    ));
    let who = tok(&doc, "WHO");
    assert_eq!(doc.tokens[who].upos, Some(dateline_core::Upos::PROPN));
    let told = tok(&doc, "told");
    assert_eq!(doc.tokens[told].head, None, "told is the root");
    // a headline in capitals keeps its pronoun
    let doc =
        parse(Article::new(dateline_core::PubDate::parse("2025-11-18").expect("date"), "WHO WILL PAY FOR THE DAMAGE?"));
    assert_eq!(doc.tokens[tok(&doc, "WHO")].upos, Some(dateline_core::Upos::PRON));
}

#[test]
fn a_stressed_function_word_keeps_its_tag() {
    let doc = parse(Article::new(
        dateline_core::PubDate::parse("2025-11-18").expect("date"),
        "The minister said the island is NOT for sale, that it was NOT Israel that fired and that YOU decide.",
    ));
    for (i, t) in doc.tokens.iter().enumerate() {
        if doc.slice(t.span) == "NOT" {
            assert_eq!(doc.tokens[i].upos, Some(dateline_core::Upos::PART), "NOT at {i}");
        }
    }
    assert_eq!(doc.tokens[tok(&doc, "YOU")].upos, Some(dateline_core::Upos::PRON));
}

#[test]
fn a_capitalized_word_that_is_no_pronoun_is_a_name() {
    let doc = parse(Article::new(
        dateline_core::PubDate::parse("2025-07-09").expect("date"),
        "Rights groups welcomed the move. Human Rights Watch said the warrants sent a message.",
    ));
    let watch = tok(&doc, "Watch");
    assert_eq!(doc.tokens[watch].upos, Some(dateline_core::Upos::PROPN));
    assert_eq!(subjects_of(&doc, "say"), vec!["Human Rights Watch".to_string()]);
}

#[test]
fn a_verb_after_a_closed_relative_clause_does_not_take_its_auxiliaries() {
    let doc = parse(Article::new(
        dateline_core::PubDate::parse("2025-11-18").expect("date"),
        "The Rapid Support Forces, which have besieged the town for months, denied blocking aid convoys and \
         accused the army of shelling a clinic.",
    ));
    assert_eq!(subjects_of(&doc, "deny"), vec!["The Rapid Support Forces".to_string()]);
    assert_eq!(subjects_of(&doc, "accuse"), vec!["The Rapid Support Forces".to_string()]);
}

#[test]
fn a_participle_in_a_copular_sentence_is_no_main_verb() {
    let doc = parse(Article::new(
        dateline_core::PubDate::parse("2025-11-18").expect("date"),
        "The carmaker, which has sold 3 million cars, priced at under $20,000, is a unit of a Chinese group.",
    ));
    let c = dateline_syntax::clauses(&doc).into_iter().find(|c| c.lemma == "price");
    assert!(c.is_none_or(|c| c.subjects.iter().all(|a| doc.slice(a.span) != "The carmaker")));
}
