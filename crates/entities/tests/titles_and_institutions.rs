//! Titles glued to names or set off by commas, national institutions of
//! the article's or a named country, and multiword states, on sentences
//! written for these tests.
use dateline_core::{Document, Entity, EntityKind};
mod common;

use common::ent;

fn run(text: &str) -> Document {
    common::run_dated("2025-06-02", text)
}

fn facts(e: &Entity) -> (EntityKind, Option<&str>, Option<&str>) {
    (e.kind, e.country.as_deref(), e.code.as_deref())
}

#[test]
fn a_capitalized_title_before_a_name_is_a_role() {
    let doc = run("Floods hit northern Bangladesh on Monday. Disaster Management Minister Kamal Hossain told \
                   reporters in Dhaka that relief was on its way. The Disaster Management Ministry said 40 \
                   people had died. The Ministry of Finance promised funds.");
    let p = ent(&doc, "Kamal Hossain");
    assert_eq!(facts(p), (EntityKind::Person, Some("BGD"), Some("BGDGOV")), "{:?}", doc.entities);
    assert_eq!(p.roles, ["Disaster Management Minister"], "{:?}", doc.entities);
    // Organizations stay organizations.
    let m = ent(&doc, "Disaster Management Ministry");
    assert_eq!(facts(m), (EntityKind::Org, Some("BGD"), Some("BGDGOV")), "{:?}", doc.entities);
    assert_eq!(ent(&doc, "Ministry of Finance").kind, EntityKind::Org, "{:?}", doc.entities);
    assert!(!doc.entities.iter().any(|e| e.name.contains("Minister Kamal")), "{:?}", doc.entities);
    // A country before the title stays a place; a "Director" is a post.
    let doc = run("Rains hit Bangladesh again on Tuesday, and Bangladesh asked for aid. Bangladeshi Water \
                   Resources Minister Rafiq Ahmed Chowdhury visited the dam. Water Board Director Nasrin \
                   Akter said the river rose.");
    let p = ent(&doc, "Rafiq Ahmed Chowdhury");
    assert_eq!(facts(p), (EntityKind::Person, Some("BGD"), Some("BGDGOV")), "{:?}", doc.entities);
    assert_eq!(p.roles, ["Water Resources Minister"], "{:?}", doc.entities);
    assert_eq!(ent(&doc, "Bangladeshi").kind, EntityKind::Norp, "{:?}", doc.entities);
    let d = ent(&doc, "Nasrin Akter");
    assert_eq!((d.roles.as_slice(), d.code.as_deref()), (&["Water Board Director".to_string()][..], Some("BGDGOV")));
}

#[test]
fn a_title_set_off_by_commas_is_a_role() {
    let doc = run("Kenya held budget talks on Monday. The opposition leader, Kavita Iyer, said the talks had \
                   failed. Kenya's foreign minister, Ruth Wanjiru, said they went well. After the minister \
                   left, Grace Achieng said nothing.");
    let k = ent(&doc, "Kavita Iyer");
    assert_eq!((k.roles.as_slice(), k.code.as_deref()), (&["opposition leader".to_string()][..], Some("KENOPP")));
    let r = ent(&doc, "Ruth Wanjiru");
    assert_eq!((r.roles.as_slice(), r.code.as_deref()), (&["foreign minister".to_string()][..], Some("KENGOV")));
    // A comma that ends a clause sets off no title.
    assert!(ent(&doc, "Grace Achieng").roles.is_empty(), "{:?}", doc.entities);
    // Nor one after a preposition: the minister is someone else.
    let doc = run("Kenya held budget talks on Monday. In a letter to the minister, Kavita Iyer, a lawyer, wrote \
                   that the plan was unfair.");
    assert!(ent(&doc, "Kavita Iyer").roles.iter().all(|r| r != "minister"), "{:?}", doc.entities);
}

#[test]
fn national_institutions_take_their_country() {
    let doc = run("Floods hit Bangladesh on Monday, and Bangladesh asked for aid. India's Meteorological \
                   Department forecast more rain. The Bangladesh Army deployed boats, the National Bureau of \
                   Statistics counted losses and the Dhaka Metropolitan Police closed roads. The European \
                   Space Agency released images, Xinhua News Agency reported.");
    let d = ent(&doc, "Meteorological Department");
    assert_eq!(facts(d), (EntityKind::Org, Some("IND"), Some("INDGOV")), "{:?}", doc.entities);
    let a = ent(&doc, "Bangladesh Army");
    assert_eq!(facts(a), (EntityKind::Org, Some("BGD"), Some("BGDMIL")), "{:?}", doc.entities);
    let b = ent(&doc, "National Bureau of Statistics");
    assert_eq!(facts(b), (EntityKind::Org, Some("BGD"), Some("BGDGOV")), "{:?}", doc.entities);
    let p = ent(&doc, "Dhaka Metropolitan Police");
    assert_eq!(facts(p), (EntityKind::Org, Some("BGD"), Some("BGDCOP")), "{:?}", doc.entities);
    // International bodies and news agencies are no government's.
    for name in ["European Space Agency", "Xinhua News Agency"] {
        let e = ent(&doc, name);
        assert!(e.country.is_none() && e.code.is_none(), "{name}: {:?}", doc.entities);
    }
    let doc = run("Nepal votes in May. Nepal's Election Commission delayed the count, and the Indian Election \
                   Commission sent observers.");
    assert_eq!(ent(&doc, "Election Commission").code.as_deref(), Some("NPLGOV"), "{:?}", doc.entities);
}

#[test]
fn multiword_states_are_one_place() {
    let doc = run("Heavy rain hit Tamil Nadu and Andhra Pradesh on Monday, and storms crossed Uttar Pradesh \
                   and West Bengal. Floods also struck Rio Grande do Sul, fires burned in Baja California and \
                   New South Wales declared a disaster.");
    for (name, country) in [
        ("Tamil Nadu", "IND"),
        ("Andhra Pradesh", "IND"),
        ("Uttar Pradesh", "IND"),
        ("West Bengal", "IND"),
        ("Rio Grande do Sul", "BRA"),
        ("Baja California", "MEX"),
        ("New South Wales", "AUS"),
    ] {
        let e = ent(&doc, name);
        assert_eq!((e.kind, e.country.as_deref()), (EntityKind::Gpe, Some(country)), "{name}: {:?}", doc.entities);
    }
    assert!(!doc.entities.iter().any(|e| matches!(e.name.as_str(), "Tamil" | "Nadu" | "Sul")), "{:?}", doc.entities);
}

#[test]
fn a_sentence_initial_article_is_no_part_of_a_title() {
    let doc = run("Bangladesh held talks on Monday, and Bangladesh signed a deal. The Home Minister Kamal Hossain \
                   said the deal was fair.");
    assert_eq!(ent(&doc, "Kamal Hossain").roles, ["Home Minister"], "{:?}", doc.entities);
}

#[test]
fn a_body_named_after_a_city_and_police_titles() {
    // No home country here: the city places its police.
    let doc = run("Officials from Nepal, India and Bangladesh met on Monday. The Dhaka Metropolitan Police closed \
                   roads, and Police Commissioner Arif Rahman said traffic would resume.");
    let p = ent(&doc, "Dhaka Metropolitan Police");
    assert_eq!(facts(p), (EntityKind::Org, Some("BGD"), Some("BGDCOP")), "{:?}", doc.entities);
    assert_eq!(ent(&doc, "Arif Rahman").code.as_deref().map(|c| &c[c.len() - 3..]), Some("COP"), "{:?}", doc.entities);
    let doc = run("India braced for a cyclone on Monday, and India moved thousands. The Enforcement Directorate \
                   raided offices.");
    let d = ent(&doc, "Enforcement Directorate");
    assert_eq!(facts(d), (EntityKind::Org, Some("IND"), Some("INDGOV")), "{:?}", doc.entities);
}

#[test]
fn reserve_banks_and_commissions_of_any_tag_are_national_bodies() {
    let doc = run("Floods hit Bangladesh on Monday, and Bangladesh asked for help. The Central Bank cut rates, and \
                   the Reserve Bank of India followed. The Anti-Corruption Commission opened a case.");
    let r = ent(&doc, "Reserve Bank of India");
    assert_eq!(facts(r), (EntityKind::Org, Some("IND"), Some("INDGOV")), "{:?}", doc.entities);
    let c = ent(&doc, "Anti-Corruption Commission");
    assert_eq!(facts(c), (EntityKind::Org, Some("BGD"), Some("BGDGOV")), "{:?}", doc.entities);
}

#[test]
fn a_place_named_after_a_person_is_no_person() {
    let doc = run("Kenya opened a hospital on Monday. Patients crowded the Governor Wanjiku Memorial Hospital in \
                   Nakuru. Traffic jammed near the President Moi Kenyatta Airport.");
    for name in ["Wanjiku Memorial Hospital", "Moi Kenyatta Airport"] {
        let e = ent(&doc, name);
        assert!(e.kind != EntityKind::Person && e.roles.is_empty(), "{name}: {:?}", doc.entities);
    }
}

#[test]
fn a_company_or_team_director_is_no_government_post() {
    let doc = run("Shares of Indian fund houses rose in Mumbai on Monday, and India cut rates. Managing Director \
                   Nilesh Shah said profits rose. Technical Director Ravi Menon praised the new players. Navy Chief \
                   Arvind Rao visited the port. Intelligence Chief Sunil Verma briefed lawmakers.");
    for name in ["Nilesh Shah", "Ravi Menon"] {
        let p = ent(&doc, name);
        assert!(p.code.as_deref().is_none_or(|c| !c.ends_with("GOV")), "{name}: {:?}", doc.entities);
    }
    assert_eq!(ent(&doc, "Arvind Rao").code.as_deref(), Some("INDMIL"), "{:?}", doc.entities);
    assert_eq!(ent(&doc, "Sunil Verma").code.as_deref(), Some("INDSPY"), "{:?}", doc.entities);
}

#[test]
fn an_organization_before_a_glued_title_is_kept() {
    let doc = run("Nigeria reported new cases of cholera on Tuesday, and Nigeria asked for help. World Health \
                   Organization Director-General Tedros Adhanom Ghebreyesus called the outbreak serious. IMF \
                   Managing Director Kristalina Georgieva praised the budget. Lagos State Governor Babajide \
                   Olusola closed the schools.");
    let who = doc.entities.iter().find(|e| e.code.as_deref() == Some("IGOWHO") && e.kind == EntityKind::Org);
    assert!(who.is_some(), "{:?}", doc.entities);
    assert_eq!(ent(&doc, "Tedros Adhanom Ghebreyesus").code.as_deref(), Some("IGOWHO"), "{:?}", doc.entities);
    let imf = doc.entities.iter().find(|e| e.code.as_deref() == Some("IGOIMF") && e.kind == EntityKind::Org);
    assert!(imf.is_some(), "{:?}", doc.entities);
    assert_eq!(ent(&doc, "Kristalina Georgieva").code.as_deref(), Some("IGOIMF"), "{:?}", doc.entities);
    assert!(
        doc.entities.iter().any(|e| e.name.starts_with("Lagos") && e.kind == EntityKind::Gpe),
        "{:?}",
        doc.entities
    );
    assert_eq!(ent(&doc, "Babajide Olusola").code.as_deref(), Some("NGAGOV"), "{:?}", doc.entities);
}

#[test]
fn only_government_bodies_are_national_institutions() {
    let doc = run("Brazil cut interest rates on Wednesday, and Brazil's markets rose. Harvard's Department of \
                   Economics published a study. The hospital's Emergency Department was full. The Better Business \
                   Bureau warned buyers. Creative Artists Agency signed the singer. The Lighthouse Healing Ministry \
                   held a service. The Health Ministry said cases fell.");
    for name in [
        "Department of Economics",
        "Emergency Department",
        "Better Business Bureau",
        "Creative Artists Agency",
        "Lighthouse Healing Ministry",
    ] {
        if let Some(e) = doc.entities.iter().find(|e| e.name == name) {
            assert!(e.code.as_deref().is_none_or(|c| !c.ends_with("GOV")), "{name}: {:?}", doc.entities);
        }
    }
    assert_eq!(ent(&doc, "Health Ministry").code.as_deref(), Some("BRAGOV"), "{:?}", doc.entities);
    let doc = run("Colombia held talks on Monday, and Colombia signed a deal. Floods hit Cauca Department on \
                   Sunday. The UN Economic Commission for Latin America lowered its forecast.");
    for name in ["Cauca Department", "UN Economic Commission for Latin America"] {
        if let Some(e) = doc.entities.iter().find(|e| e.name == name) {
            assert!(e.code.as_deref().is_none_or(|c| !c.ends_with("GOV")), "{name}: {:?}", doc.entities);
        }
    }
}

#[test]
fn international_after_the_head_is_no_international_body() {
    let doc = run("India sent aid to Malawi on Thursday, and India promised more. The Press Information Bureau \
                   issued a statement. The Department for International Development also gave money.");
    for name in ["Press Information Bureau", "Department for International Development"] {
        let e = ent(&doc, name);
        assert_eq!(e.code.as_deref().map(|c| &c[c.len() - 3..]), Some("GOV"), "{name}: {:?}", doc.entities);
    }
}

#[test]
fn a_comma_title_needs_a_setting_off() {
    let doc = run("Kenya held budget talks on Monday. After meeting the president, Kavita Iyer, who chairs the \
                   panel, said the talks failed.");
    assert!(ent(&doc, "Kavita Iyer").roles.is_empty(), "{:?}", doc.entities);
    let doc = run("Kenya held budget talks on Monday. If elected president, Kavita Iyer, 54, says she will cut taxes.");
    assert!(ent(&doc, "Kavita Iyer").roles.is_empty(), "{:?}", doc.entities);
    let doc = run("Kenya held budget talks on Monday. She wrote to the minister, Ruth Wanjiru.");
    assert_eq!(ent(&doc, "Ruth Wanjiru").roles, ["minister"], "{:?}", doc.entities);
}

#[test]
fn a_sentence_opening_conjunction_is_no_part_of_a_title() {
    let doc = run("Pakistan held budget talks on Monday, and Pakistan cut spending. But Finance Minister Ali Khan \
                   said the budget was fine.");
    assert_eq!(ent(&doc, "Ali Khan").roles, ["Finance Minister"], "{:?}", doc.entities);
}

#[test]
fn a_surname_like_a_street_is_still_a_person() {
    let doc = run("The singer Anna Bridge sang a song in London. Lawyer Emma Street spoke for the family.");
    for name in ["Emma Street", "Anna Bridge"] {
        assert_eq!(ent(&doc, name).kind, EntityKind::Person, "{name}: {:?}", doc.entities);
    }
}

#[test]
fn a_church_ministry_is_no_government_body() {
    let doc = run("Ghana held talks on Monday, and Ghana signed a deal. Members of the Lighthouse Healing Ministry \
                   church prayed for rain. The Foreign Ministry said the talks went well.");
    let c = ent(&doc, "Lighthouse Healing Ministry");
    assert!(c.code.as_deref().is_none_or(|c| !c.ends_with("GOV")), "{:?}", doc.entities);
    assert_eq!(ent(&doc, "Foreign Ministry").code.as_deref(), Some("GHAGOV"), "{:?}", doc.entities);
}

#[test]
fn a_government_possessor_keeps_its_body_national() {
    let doc =
        run("Floods hit Bangladesh on Monday, and Bangladesh asked for aid. The government's Disaster Management \
                   Department sent boats. The hospital's Emergency Department was full.");
    let d = ent(&doc, "Disaster Management Department");
    assert_eq!(facts(d), (EntityKind::Org, Some("BGD"), Some("BGDGOV")), "{:?}", doc.entities);
    let e = ent(&doc, "Emergency Department");
    assert!(e.code.as_deref().is_none_or(|c| !c.ends_with("GOV")), "{:?}", doc.entities);
}

#[test]
fn regulators_and_services_are_national_bodies() {
    let doc = run("Kenya's shares fell on Monday, and Kenya blamed the banks. The Capital Markets Authority fined a \
                   broker, the Securities and Exchange Commission opened a probe and the Fire Department put out a \
                   blaze at the bourse.");
    for name in ["Capital Markets Authority", "Securities and Exchange Commission", "Fire Department"] {
        let e = ent(&doc, name);
        assert_eq!(facts(e), (EntityKind::Org, Some("KEN"), Some("KENGOV")), "{name}: {:?}", doc.entities);
    }
}

#[test]
fn a_comma_title_after_an_adverb_or_a_verb_of_saying_is_a_role() {
    let doc = run("Kenya held budget talks on Monday. Meanwhile the finance minister, Ruth Wanjiru, said taxes would \
                   rise. The talks failed, said the government spokesman, Isaac Mwaura. According to the police \
                   chief, Peter Otieno, ten people died.");
    assert_eq!(ent(&doc, "Ruth Wanjiru").roles, ["finance minister"], "{:?}", doc.entities);
    assert_eq!(ent(&doc, "Isaac Mwaura").roles, ["spokesman"], "{:?}", doc.entities);
    assert_eq!(ent(&doc, "Peter Otieno").roles, ["police chief"], "{:?}", doc.entities);
}

#[test]
fn a_capital_before_a_glued_title_is_the_city() {
    let doc = run("Nepal votes in May, and Nepal's parties are ready. Election Commission Chief Ram Prasad Sharma \
                   said the count would be fast. Kathmandu Mayor Balen Shah closed roads.");
    let nepal = ent(&doc, "Nepal");
    assert!(nepal.mentions.iter().all(|m| doc.slice(m.span) == "Nepal"), "{:?}", doc.entities);
    assert_eq!(ent(&doc, "Kathmandu").kind, EntityKind::Gpe, "{:?}", doc.entities);
    let p = ent(&doc, "Ram Prasad Sharma");
    assert_eq!(
        (p.roles.as_slice(), p.code.as_deref()),
        (&["Election Commission Chief".to_string()][..], Some("NPLGOV"))
    );
}

fn code<'a>(doc: &'a Document, name: &str) -> Option<&'a str> {
    ent(doc, name).code.as_deref()
}

#[test]
fn a_leader_leads_the_organization_named_with_the_title() {
    // "its leader" after an organization the lists do not know: the role
    // stays, the government's code does not.
    let doc = run("The Ogaden Freedom Front said on Tuesday it would boycott the talks. Its leader, Abdi \
                   Warsame, told reporters the offer had come too late.");
    let p = ent(&doc, "Abdi Warsame");
    assert_eq!(p.roles, ["leader"], "{:?}", doc.entities);
    assert!(!p.code.as_deref().is_some_and(|c| c.ends_with("GOV")), "{:?}", doc.entities);
    // A party's leader is the party's, an armed group's the group's.
    let doc = run("Zambia's ruling Copperbelt Renewal Party won the vote on Sunday. Its leader, Mwila Chanda, \
                   thanked voters in Lusaka.");
    assert_eq!(code(&doc, "Mwila Chanda"), Some("ZMBPTY"), "{:?}", doc.entities);
    let doc = run("Hamas leader Khalil Nasser rejected the offer on Sunday, and Hamas fighters fired rockets.");
    assert_eq!(code(&doc, "Khalil Nasser"), Some("PSEREB"), "{:?}", doc.entities);
    // So in apposition: "the leader of X, Y," and "Y, the leader of X,".
    let doc = run("Gaza was bombed again on Monday. The leader of Hamas, Omar Saleh, rejected the offer.");
    let p = ent(&doc, "Omar Saleh");
    assert_eq!((p.roles.as_slice(), p.code.as_deref()), (&["leader".to_string()][..], Some("PSEREB")), "{:?}", doc);
    let doc = run("Gunmen of the Ogaden Freedom Front attacked a convoy. Abdi Warsame, the leader of the Ogaden \
                   Freedom Front, denied it.");
    let p = ent(&doc, "Abdi Warsame");
    assert_eq!(p.roles, ["leader"], "{:?}", doc.entities);
    assert!(!p.code.as_deref().is_some_and(|c| c.ends_with("GOV")), "{:?}", doc.entities);
    let doc = run("Fighters of the Islamic State attacked a town in Syria. The group's leader, Abu Harith, \
                   praised them in a recording.");
    assert!(!code(&doc, "Abu Harith").is_some_and(|c| c.ends_with("GOV")), "{:?}", doc.entities);
    // A bare leader of no organization or country holds no national post.
    let doc = run("Kenya's rains failed again this year. Community leader Joseph Mwangi said the wells had run \
                   dry in Kenya.");
    let p = ent(&doc, "Joseph Mwangi");
    assert_eq!(p.roles, ["leader"], "{:?}", doc.entities);
    assert!(!p.code.as_deref().is_some_and(|c| c.ends_with("GOV")), "{:?}", doc.entities);
    // A national leader stays the government's.
    let doc = run("Kenya's rains failed again this year. The country's leader, Ruth Wanjiru, promised food aid \
                   to Kenya. North Korean leader Pak Sung Chol sent a message.");
    assert_eq!(code(&doc, "Ruth Wanjiru"), Some("KENGOV"), "{:?}", doc.entities);
    assert_eq!(code(&doc, "Pak Sung Chol"), Some("PRKGOV"), "{:?}", doc.entities);
}

#[test]
fn a_title_without_a_sector_keeps_its_role_string() {
    let doc = run("Managing Director Jane Roe said the firm would hire more staff next year.");
    let p = ent(&doc, "Jane Roe");
    assert_eq!(
        p.roles.iter().map(|r| r.to_lowercase()).collect::<Vec<_>>(),
        ["managing director"],
        "{:?}",
        doc.entities
    );
    assert_eq!(p.code, None, "{:?}", doc.entities);
}

#[test]
fn a_companys_department_is_no_government_body() {
    let doc = run("The Human Resources Department of Acme Corp said it would cut 200 jobs. Acme's Human \
                   Resources Department announced the plan on Friday.");
    for e in doc.entities.iter().filter(|e| e.name.contains("Department")) {
        assert!(!e.code.as_deref().is_some_and(|c| c.ends_with("GOV")), "{:?}", doc.entities);
    }
    // Government subjects without a company stay national.
    let doc = run("The Health Department warned of a flu outbreak. The Revenue Department collected more taxes.");
    assert_eq!(code(&doc, "Health Department"), Some("---GOV"), "{:?}", doc.entities);
    assert_eq!(code(&doc, "Revenue Department"), Some("---GOV"), "{:?}", doc.entities);
}

#[test]
fn a_commission_on_a_capitalized_subject_is_one_body() {
    let doc = run("NAIROBI, July 8 (Reuters) - At least 23 people were killed in the protests last month, according \
                   to the Kenya National Commission on Human Rights. The Ministry of Health said hospitals were full.");
    let c = ent(&doc, "Kenya National Commission on Human Rights");
    assert_eq!(facts(c), (EntityKind::Org, Some("KEN"), Some("KENGOV")), "{:?}", doc.entities);
    assert!(!doc.entities.iter().any(|e| e.name == "Human Rights"), "{:?}", doc.entities);
    assert_eq!(ent(&doc, "Ministry of Health").kind, EntityKind::Org, "{:?}", doc.entities);
    // A weekday after "on" ends no name.
    let doc = run("The Kenya National Commission on Tuesday said 23 people had died.");
    assert!(!doc.entities.iter().any(|e| e.name.contains("Tuesday")), "{:?}", doc.entities);
    // The subject left untagged is the name's too.
    let doc = run("Camps near the border were full, the National Commission for Refugees said on Monday.");
    assert_eq!(ent(&doc, "National Commission for Refugees").kind, EntityKind::Org, "{:?}", doc.entities);
}

#[test]
fn an_organization_after_its_description_takes_its_country_and_sector() {
    let doc = run("ANKARA, Feb 6 (Reuters) - A powerful earthquake struck southern Turkey on Monday, killing at \
                   least 41 people, the country's disaster agency AFAD said.");
    assert_eq!(facts(ent(&doc, "AFAD")), (EntityKind::Org, Some("TUR"), Some("TURGOV")), "{:?}", doc.entities);
    let doc = run("Rescuers reached the town on Tuesday. Turkey's disaster agency AFAD said 41 people had died.");
    assert_eq!(facts(ent(&doc, "AFAD")), (EntityKind::Org, Some("TUR"), Some("TURGOV")), "{:?}", doc.entities);
    let doc = run("ABU DHABI, March 3 (Reuters) - The state news agency WAM said the government would send \
                   rescuers to Turkey.");
    assert_eq!(facts(ent(&doc, "WAM")), (EntityKind::Org, Some("ARE"), Some("AREMED")), "{:?}", doc.entities);
    // A nationality and a business noun: the country's business.
    let doc = run("The European Union on Thursday fined Chinese carmaker BYD 420 million euros for breaking \
                   subsidy rules.");
    assert_eq!(facts(ent(&doc, "BYD")), (EntityKind::Org, Some("CHN"), Some("CHNBUS")), "{:?}", doc.entities);
    // No country named, or a verb between it and the description: no code.
    let doc = run("The rescue began at dawn, the disaster agency AFAD said.");
    assert_eq!(ent(&doc, "AFAD").code, None, "{:?}", doc.entities);
    let doc = run("Turkey warned carmaker Zentro on Monday.");
    assert_eq!(ent(&doc, "Zentro").code, None, "{:?}", doc.entities);
}

#[test]
fn an_office_chief_works_for_the_body_or_country_before_it() {
    let doc = run("The European Union on Thursday fined a carmaker. EU competition chief Teresa Ribera told a \
                   news conference the fine was fair.");
    let p = ent(&doc, "Teresa Ribera");
    assert_eq!(p.roles, ["competition chief"], "{:?}", doc.entities);
    assert_eq!(p.code.as_deref(), Some("IGOEU"), "{:?}", doc.entities);
    // So are a country's: "Chinese foreign ministry spokesman X".
    let doc =
        run("Trade talks stalled on Monday. Chinese foreign ministry spokesman Lin Jian said the fine was unfair.");
    let p = ent(&doc, "Lin Jian");
    assert_eq!(p.roles, ["foreign ministry spokesman"], "{:?}", doc.entities);
    assert_eq!((p.country.as_deref(), p.code.as_deref()), (Some("CHN"), Some("CHNGOV")), "{:?}", doc.entities);
}

#[test]
fn a_junta_or_coup_leader_is_the_government_of_the_country_named() {
    // A junta is its country's de facto government: GOV, as CAMEO codes it.
    let doc = run("Myanmar junta leader Min Aung Hlaing visited Moscow. Guinea's coup leader Mamady Doumbouya was \
                   sworn in.");
    let p = ent(&doc, "Min Aung Hlaing");
    assert_eq!(facts(p), (EntityKind::Person, Some("MMR"), Some("MMRGOV")), "{:?}", doc.entities);
    let p = ent(&doc, "Mamady Doumbouya");
    assert_eq!(facts(p), (EntityKind::Person, Some("GIN"), Some("GINGOV")), "{:?}", doc.entities);
    assert_eq!(p.roles, ["coup leader"], "{:?}", doc.entities);
}

#[test]
fn a_ministry_of_an_armed_group_is_a_government_body() {
    let doc = run("The Interior Ministry of the Taliban said the border was closed. The Health Ministry of Hamas \
                   said 12 people were killed.");
    let m = ent(&doc, "Interior Ministry");
    assert_eq!(facts(m), (EntityKind::Org, Some("AFG"), Some("AFGGOV")), "{:?}", doc.entities);
    let m = ent(&doc, "Health Ministry");
    assert_eq!(facts(m), (EntityKind::Org, Some("PSE"), Some("PSEGOV")), "{:?}", doc.entities);
    // A company's department stays none.
    let doc = run("The Human Resources Department of Acme Corp said the staff were paid.");
    assert!(doc.entities.iter().all(|e| !e.code.as_deref().is_some_and(|c| c.ends_with("GOV"))), "{:?}", doc.entities);
}

#[test]
fn a_head_of_governments_office_is_the_articles_government() {
    let doc = run("TOKYO (Reuters) - Japan's economy grew 0.3% in the third quarter, the Cabinet Office said on \
                   Monday. The Prime Minister's Office declined to comment.");
    let m = ent(&doc, "Cabinet Office");
    assert_eq!(facts(m), (EntityKind::Org, Some("JPN"), Some("JPNGOV")), "{:?}", doc.entities);
    assert!(
        doc.entities
            .iter()
            .any(|e| e.name.ends_with("Office") && e.name != "Cabinet Office" && e.code.as_deref() == Some("JPNGOV")),
        "{:?}",
        doc.entities
    );
}

#[test]
fn a_trade_union_is_labor_of_the_articles_country() {
    let doc = run("ROTTERDAM (Reuters) - Dock workers at Rotterdam went on strike on Monday. The FNV union, which \
                   represents about 6,000 port employees, said talks had failed. The European Union urged calm.");
    let u = ent(&doc, "FNV");
    assert_eq!(facts(u), (EntityKind::Org, Some("NLD"), Some("NLDLAB")), "{:?}", doc.entities);
    assert_eq!(code(&doc, "European Union"), Some("IGOEU"), "{:?}", doc.entities);
}

#[test]
fn a_listed_persons_distinctive_surname_alone_is_that_person() {
    let doc = run("The president met Putin in Alaska on Friday.");
    assert_eq!(ent(&doc, "Putin").code.as_deref(), Some("RUSGOV"), "{:?}", doc.entities);
    // A relative named in full is not the listed person.
    let doc = run("Eric Trump said on Friday that Trump would attend the opening.");
    assert_ne!(ent(&doc, "Eric Trump").code.as_deref(), Some("USAGOV"), "{:?}", doc.entities);
}

#[test]
fn a_military_rank_before_a_name_is_a_role() {
    let doc = common::run_dated(
        "2026-10-03",
        "MANILA, Oct 3 - A Chinese ship blocked a Philippine supply boat near a reef on Friday, officials \
         said. Commodore Ramon Dizon, a spokesman for the Philippine Navy, said the ship came too close. \
         Rear Admiral Luis Santos Bautista said the boat was safe. Brigadier General Pedro Cruz Lim and \
         Lt. Col. Marco Reyes Tan visited the crew, and Captain Rosa Aquino Diaz said the navy would \
         return.",
    );
    for (name, role) in [
        ("Ramon Dizon", "Commodore"),
        ("Luis Santos Bautista", "Rear Admiral"),
        ("Pedro Cruz Lim", "Brigadier General"),
        ("Marco Reyes Tan", "Lt. Col."),
        ("Rosa Aquino Diaz", "Captain"),
    ] {
        let p = ent(&doc, name);
        assert_eq!(p.kind, EntityKind::Person, "{name}: {:?}", doc.entities);
        assert_eq!(p.roles, [role], "{name}: {:?}", doc.entities);
        assert_eq!(p.country.as_deref(), Some("PHL"), "{name}: {:?}", doc.entities);
    }
    assert!(!doc.entities.iter().any(|e| e.name.starts_with("Commodore")), "{:?}", doc.entities);
}

#[test]
fn a_spokesperson_speaks_for_the_body_the_sentence_before_names() {
    let doc = common::run_dated(
        "2026-10-03",
        "MANILA, Oct 3 - A Philippine boat was blocked near a reef on Friday, the Philippine navy said. \
         Philippine officials protested.\n\nChina's defence ministry said the boat had entered Chinese \
         waters. Spokesperson Wu Qiang warned Manila to stay away.\n\nSpokesman Rico Abad said the navy \
         would return.",
    );
    let wu = ent(&doc, "Wu Qiang");
    assert_eq!((wu.country.as_deref(), wu.code.as_deref()), (Some("CHN"), Some("CHNGOV")), "{:?}", doc.entities);
    // A new paragraph: the article's own country.
    let abad = ent(&doc, "Rico Abad");
    assert_eq!(abad.country.as_deref(), Some("PHL"), "{:?}", doc.entities);
}

#[test]
fn an_inner_name_alone_is_the_one_person_who_bears_it() {
    let doc = common::run_dated(
        "2026-06-15",
        "President Jose Carlos Tavares da Rocha toured the flooded towns on Sunday. \"We will rebuild,\" \
         Tavares told reporters. Senator Maria da Costa said aid was late.",
    );
    let p = ent(&doc, "Jose Carlos Tavares da Rocha");
    assert_eq!(p.mentions.len(), 2, "{:?}", doc.entities);
    assert!(doc.entities.iter().all(|e| e.name != "Tavares"), "{:?}", doc.entities);
}

#[test]
fn a_central_bank_is_its_countrys_and_the_bank_is_it() {
    let doc = common::run_dated(
        "2026-11-24",
        "LIMA, Nov 24 - Peru's central bank held its policy rate at 4.5% on Thursday. \"Inflation is under \
         control,\" the bank said in a statement.",
    );
    let b = doc.entities.iter().find(|e| e.name == "central bank").unwrap_or_else(|| panic!("{:?}", doc.entities));
    assert_eq!(facts(b), (EntityKind::Org, Some("PER"), Some("PERGOV")), "{:?}", doc.entities);
    let said: Vec<&str> = b.mentions.iter().map(|m| doc.slice(m.span)).collect();
    assert_eq!(said, ["central bank", "the bank"], "{:?}", doc.entities);
}

#[test]
fn a_rank_word_in_a_company_name_is_no_title() {
    let doc = common::run_dated(
        "2026-03-02",
        "DETROIT, March 2 - General Motors Corp said sales rose, and General Dynamics Corp won a navy \
         contract.",
    );
    assert!(doc.entities.iter().all(|e| e.kind != EntityKind::Person), "{:?}", doc.entities);
    assert_eq!(ent(&doc, "General Motors Corp").kind, EntityKind::Org, "{:?}", doc.entities);
}
