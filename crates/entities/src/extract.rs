//! The entity extractor: tagging, typing with gazetteers, titles and roles,
//! metonyms, within-article coreference and country linking.
//!
//! Steps on one document:
//!
//! 1. Runtime tokens are glued into CoNLL-style words ([`conll_words`]) and
//!    tagged sentence by sentence with document-level features. A
//!    title-case headline is tagged in sentence case: its common words
//!    (known to the word clusters or shaped as a past form, adverb or -s
//!    verb next to such words, not listed, never capitalized as names in
//!    the other sentences) are lower-cased for the tagger, so
//!    "Hillary Clinton Goes After Donald Trump's Business Record" gives the
//!    two people and no "Business Record" (see `headline_case`); a word
//!    whose lower case and clusters alone lean the tagger's weights far
//!    toward a name ([`Model::name_lean`]: "Samsung", "Boeing") stays
//!    capitalized (not one shaped as a verb or adverb: "Recalls"), a
//!    given name after a title is a name ("Pope Francis Calls For
//!    Peace"), an -s verb before a name or a number is a verb ("U.S.
//!    Court Blocks Biden ...", "Tesla Recalls 2 Million Vehicles"; one
//!    number is allowed, two make a results line), a body sentence opening
//!    with a word the weights read as common does not make it a name
//!    ("Shares of Nvidia rose"), and a lower-cased word opens or ends no
//!    name. A wire's sign-off ending the article on a
//!    line of its own ("REUTER") is no name.
//! 2. Each tagged span is typed: the tagger's `LOC` becomes GPE (countries,
//!    cities, states) or LOC (regions, seas) with the gazetteers, `MISC`
//!    becomes NORP for demonyms and groups. Hyphenated compounds of places
//!    (`U.S.-Ukraine`) are split into their parts; gazetteer names the tagger
//!    missed (countries, demonyms, international organizations, seats of
//!    power) are added. A listed multiword state ("Tamil Nadu", "Rio
//!    Grande do Sul") is one place however it was tagged, and so is "X
//!    State" of a listed state or a Nigerian, Sudanese, South Sudanese or
//!    Myanmar city ("Borno State", "Lagos State"), a place of its
//!    country; a U.S. city's ("San Diego State") is an organization, as
//!    is any "X State" typed a person ("played for Boise State").
//!    Capitalized words tagged apart after the "and" of a body's
//!    "of"/"for" phrase end its name ("Council for Trade and Industry").
//!    A
//!    name ending in Street/Road/Avenue/Square/Boulevard/Lane is a LOC,
//!    one ending in University/College never a GPE; a wire credit line's
//!    "Editing by" is no name. A span of
//!    capitalized title words glued to a name ("Disaster Management
//!    Minister Kamal Hossain") is cut to the name, a person; a country,
//!    demonym, listed organization, city or state at its start ("IMF
//!    Managing Director X", "Lagos State Governor X"), or a body ending in
//!    an organization's head word ("Election Commission Chief X"), stays as
//!    a mention of its own. A person-typed name ending in Hospital, School,
//!    University, ... is an organization, one ending in Stadium or Airport a
//!    place, and one ending in Road, Street, Avenue, Bridge or Square a place
//!    only with three or more words, a title first or no listed first name
//!    ("Emma Street" stays a person). A lower-case common word (the
//!    tagger's weights lean away from a name; no name particle) ends a
//!    person's name ("Pope Francis on Sunday" is "Francis", "Daniel arap
//!    Moi" stays). A company named with its legal suffix ("Chrysler
//!    Corp", "Beecham Group Plc") and its short name (the name without
//!    the suffixes, or its first word when no other company opens with
//!    it; "Amazon" of "Amazon.com Inc") are one company however the
//!    tagger typed the short name
//!    ("Chrysler" as a person), unless the lists know it as a place,
//!    people or given name or a person named in full ends with it. A
//!    stock ticker in brackets after a company ("Hoechst AG <HFAG.F>") is
//!    that company, never a place. Lower-case common words end no
//!    organization's name ("Goldman shares rose"; not "plc", "party"),
//!    and capitalized title words ending an organization right before a
//!    person are the person's title ("Microsoft Chief Executive Satya
//!    Nadella" tagged "Microsoft Chief"). A direction before a listed state or
//!    country ("Eastern North Dakota") is a place of its country, and an
//!    "X Administration" (however typed) after a listed head of
//!    government ("Reagan Administration") his country's government.
//! 3. People get roles and a country from the title before the name
//!    ("former U.S. President Joe Biden"), a possessor ("Trump's special envoy
//!    ... Steve Witkoff"), an appositive ("Andriy Yermak, a top Zelenskiy
//!    aide") or, failing those, the list of well-known people. A rank
//!    between an office and the name is a role of its own ("army
//!    spokesman Colonel X": roles "army spokesman" and "Colonel"; the
//!    office's sector unless it is a plain GOV one, then the rank's MIL;
//!    "Secretary General" stays one office). A company's officer
//!    ("Laidlaw president X") is in business (BUS), not a government's
//!    office (also in an appositive with its possessive, "X,
//!    Activision's chief executive,"; a title of no sector too, "Sony
//!    Chief Financial Officer X", where "officer" is a title head and
//!    the word before "Chief" the company), and a national body's chairman or president ("Federal
//!    Reserve Board Chairman X") holds a post of the body's sector, not a
//!    business one. Capitalized
//!    title words count ("External Affairs Minister"), not a
//!    sentence-opening "But" or "After". A title set off by commas ("The
//!    opposition leader, Kavita Iyer, said") counts unless it sits in an
//!    opening subordinate clause ("After meeting the president, X, who",
//!    "If elected president, X, 54, says"), and after a preposition only
//!    when the name ends the sentence ("wrote to the minister, X.") or
//!    after "according to". A title ending in a bare "Director" or "Chief"
//!    takes its sector from its words: "Navy" MIL, "Police" COP,
//!    "Intelligence" SPY, a government noun ("Water Board", "State") GOV,
//!    none for a company's or team's post ("Managing Director"), which
//!    still gives the role string (with no code). A "leader" is a
//!    government's only with a country named with it ("Iran's leader",
//!    "the country's leader", "North Korean leader X"); the leader of an
//!    organization named in the title ("Hamas leader X"), by "its"/"the
//!    group's" (the nearest organization named before) or in an
//!    appositive takes the organization's code: PTY for a party, REB for
//!    an armed group, its own otherwise, none when it has none; a
//!    "junta", "coup" or "ruling" leader after a country is its
//!    government's ("Guinea's coup leader X" GINGOV). A person
//!    after an organization's title follows it: an international body's
//!    code ("IMF Managing Director X" = IGOIMF), a national body's sector
//!    when the title alone gives none; one or two lower-case office words
//!    between an international body or a country and the title's head are
//!    the title's ("EU competition chief X": role "competition chief",
//!    IGOEU; "Chinese foreign ministry spokesman X" CHNGOV; also after a
//!    possessive, "Qatar's foreign ministry spokesman X" QATGOV). Name
//!    particles stay in names, also glued by a hyphen ("Abdel Fattah
//!    al-Burhan") or after a word the tagger typed otherwise ("Ursula von
//!    der Leyen").
//! 4. The article's own country: its dateline's place ("SANTIAGO, Oct 14
//!    -") unless another country is named more often (or as often, when
//!    the dateline is its only mention), else the country
//!    named at least twice and at least twice as often as any other;
//!    else, without a dateline, the one country named as where the story
//!    happens ("seized power in Guinea") when no other is named more
//!    often, as a nationality or in a sentence placing the story; none
//!    when several countries share the article ([`article_country`] reads
//!    it back from an annotated document for later layers). It decides:
//!    * unqualified domestic institutions ("the Senate", "Congress", "the
//!      Supreme Court", "the Interior Ministry", "the central bank",
//!      "the army", "police"): the country named with them ("Chile's
//!      Senate", "the Chilean Senate", "the Senate of Chile"), else the
//!      article's, else none (`---LEG`). Never the U.S. by default: USA
//!      only in an article about the U.S. or when said ("U.S. Congress").
//!      An "X Ministry/Department/Agency/Authority/Bureau/Commission/
//!      Directorate" is such a body only with a government's subject
//!      ("Health", "Revenue", "National", "Disaster") or a country or city
//!      named with it; not one owned by a non-country ("Harvard's
//!      Department of Economics", "the hospital's Emergency Department",
//!      "the Human Resources Department of Acme Corp"; but "the Interior
//!      Ministry of the Taliban" is AFGGOV: only a company owns a body
//!      out of government), "the Cabinet Office" and "the Prime
//!      Minister's Office" are the article's GOV, a trade union ("the FNV
//!      union") its LAB,
//!      not "Better Business Bureau" or a church's "Healing Ministry", and
//!      not an international one ("European Space Agency", "Xinhua News
//!      Agency"), judged by the words before its head noun only ("the
//!      Department for International Development" is national);
//!    * national office holders (titles of sector GOV, MIL, LEG, JUD, COP,
//!      SPY, OPP) named with no country, from their title, a possessor, an
//!      appositive or the list of well-known people: the article's
//!      ("President Gabriel Boric" in a Chilean article = CHLGOV). One
//!      named with another country ("Tanzanian Foreign Minister ...")
//!      keeps it, and so does a listed person named by a distinctive
//!      surname and a title of his listed sector ("President Reagan" is
//!      USAGOV in an article placed in Japan); officials of international
//!      bodies keep their body;
//!    * organizations described as paramilitary, rebel, militia,
//!      insurgent or guerrilla ("the paramilitary Rapid Support Forces",
//!      "X, an armed group"): REB of the country named with them, else the
//!      article's (`SDNREB`), else `---REB`; not state forces called
//!      paramilitary ("Pakistan's paramilitary Rangers", "Revolutionary
//!      Guards", "Central Reserve Police Force") nor a party's "rebels"
//!      ("Labour rebels");
//!    * places the gazetteers do not place ("Valparaiso") are placed, in
//!      this order, by:
//!      1. a U.S. state (`data/us_states.txt`) or a place after a comma
//!         ("Elkton, Kentucky"), or left open by it ("Waldenburg, Saxony");
//!      2. their own name ("Port Sudan" is in Sudan);
//!      3. their sentence: "the Malian town of X", "Mali's town of X",
//!         "X, a village in northern Mali", "X, a suburb of Kyiv", "X in
//!         central Mali";
//!      4. the article's own country, unless their sentence names other
//!         countries (places or peoples) and not the article's: then none
//!         ("Russian drones hit X, Ukrainian officials said" in a Kenyan
//!         article). A wrong country is worse than none: it makes a
//!         foreign event domestic, and events keep a place's country;
//!    * a place followed by `", <U.S. state>"` or `", <country>"` is there even
//!      when the gazetteers know its name elsewhere: "Georgetown, Kentucky"
//!      is not Guyana's capital (nor its government as an actor),
//!      "Valencia, Venezuela" not the Spanish city; "Georgia" after a
//!      place is the U.S. state unless the place is one of the country or
//!      the article names the country otherwise. The article's other
//!      mentions of that name are the same place; a country after a list
//!      member ("Nairobi, Uganda and Rwanda") places nothing.
//!
//!    Parties: listed ones (`data/orgs.tsv`, `INDPTY`) keep their code,
//!    also under a longer name ("Likud Party");
//!    others are parties by their words: a name ending in "Party", an
//!    organization before "party" ("the X party said"), or one after
//!    "ruling", "opposition" or "governing" ("the opposition Green Reform
//!    Alliance"; a MISC-typed name only when it ends in a party's head
//!    noun, as "the ruling Moslem party" names a people). Their code is
//!    `<country>PTY` of the country named with them ("Zambia's ruling
//!    X"), else the article's, else `---PTY`. A person whose title names a
//!    party ("Congress leader", "BJP president", "X party spokesman", "the
//!    party's leader") is
//!    the party's (`INDPTY`), not the government's; an "opposition
//!    leader" stays `OPP`, a "former" one `ELI`, and a party leader named
//!    without a country takes the article's.
//!
//!    Types from context: "the city/town/port of X", "X, a village
//!    in ..." and "X, the (regional) capital (of ...)" are places (the
//!    last also when typed a person: no person is a capital), so are
//!    its other mentions; a one-word "person" one goes toward, near or
//!    outside is a place (not a possessor, a known surname or a name
//!    typed a person elsewhere), and so is one after an institution's "in" ("the
//!    Constitutional Court in Karlsruhe"); messaging services and social networks (Telegram,
//!    "Truth Social"; "X" and "Threads" only after "on") are organizations; an
//!    institution tagged as a place ("the High Court") is an organization.
//!    An organization the tagger split at "for"/"of"/"on" is joined when the
//!    whole is a known organization or the first part ends in an
//!    organization noun and the second, no place, follows "for" or is
//!    capitalized words ending the name ("International Organization for
//!    Migration", "Kenya National Commission on Human Rights", KENGOV: a
//!    state's commission is GOV, not a rights group's HRI); such words the
//!    tagger left untagged are the name's too ("National Commission for
//!    Refugees"), not a date ("the Commission on Monday"). A number glued
//!    to a name before an amount is cut off ("BYD 420 million euros"). An
//!    unlisted organization after a description takes its country and
//!    sector: "Chinese carmaker BYD" CHNBUS, "Turkey's disaster agency
//!    AFAD" TURGOV, "the country's disaster agency AFAD" and "the state
//!    news agency WAM" the article's country's GOV and MED; no country
//!    named, no code;
//!    an organization named before a title ("African Union Commission
//!    chairman ...") gives the person its code, and a body of a known
//!    international organization ("African Union Commission") takes its
//!    code. A name and a capitalized geographic head after it ("Niger
//!    Delta", "Rift Valley", "Sinai Peninsula", "Ethiopian Highlands") are
//!    one place however the tagger split or typed them (not inside a longer
//!    name, "Kenya Coast Guard"), and so is a name ending in Shoal, Reef,
//!    Strait, Sea, River, Island(s), Bay, Gulf, Lake, Mountain(s) or
//!    Desert (a LOC), or an unlisted one before a lower-case "river",
//!    "lake", "sea", ... ("the Guaiba river"); place names joined by a
//!    particle ("Eldorado do Sul", "Santiago de X") are one place; a
//!    military rank glued to a name ("Commodore X", "Lt. Col. X", not
//!    "Major") is cut off as the person's role when a listed first name
//!    follows (not "General Motors Corp", and a person-typed name ending
//!    in a company word, Corp/Co/Inc/Ltd/Industries/Group, is an
//!    organization, and so is a rank before one: "General Felt
//!    Industries"); an acronym or listed organization before
//!    "-led"/"-backed" ("AIADMK-led") is that organization.
//!    An office holder named with no country whose title names a
//!    national body ("army spokesman Colonel X") takes the one country
//!    his own sentence names with that body ("the Malian army", "the army
//!    of Mali"); else a
//!    spokesperson or official named with no country speaks for the
//!    country of the body or government opening the previous sentence of
//!    the same paragraph ("China's foreign ministry said ... Spokesperson
//!    X urged" = CHNGOV), else takes the article's.
//!    A lower-case "central bank" ("Chile's central bank") is an
//!    organization of nominal mentions of the country named with it, else
//!    the article's (CHLGOV), and a later bare "the bank" is it.
//! 5. Mentions are merged: people by full name and surname (a one-word
//!    name equal to an inner word, no particle, of exactly one earlier full
//!    name is that person: "Lula" of "Luiz Inacio Lula da Silva", or,
//!    with none earlier, of exactly one later one, as a headline's "Lula"
//!    or "Xi"; a
//!    surname opening with a particle, "Le Maire", is the one person named
//!    in full with it, however typed, and so is a two-word surname typed
//!    a person, "Santos Alvite" of "Fernando Santos Alvite"; a lone title typed a person, "The
//!    Pope", is the one person holding it as a nominal mention, or no
//!    one), places by
//!    country code (capital cities used as actors, "Washington", join their
//!    country, also one the tagger typed an organization, "said Beijing
//!    would respond"; "Brussels" as an actor joins the European Union, IGOEU, in
//!    an article naming the EU or its Commission, else Belgium's
//!    government), organizations by gazetteer identity or acronym. Definite role
//!    phrases ("the top U.S. diplomat") link to the one person they fit,
//!    and "the" with a capitalized organization noun alone ("the Bank",
//!    or such a noun before a title, "Commission spokesman") to the
//!    organization last named with that head ("Bank of Norway").
//!
//! Also: an office holder nothing else places is of the dateline's country
//! when the body names it too, even if another country is named more often
//! ("TOKYO ... Deputy Finance Minister Nakamura" JPNGOV); a name after a
//! lower-case business noun ("the consultancy Nordic Freight") is a
//! company; an office of a coded organization of its own sector ("FNV
//! spokesman X", "X, a spokeswoman for the FNV union") takes that sector;
//! an organization read across an "and" whose sides lean toward names, one
//! of two words or more, is two ("Morgan Stanley and Citigroup").
//! Capitalized words ending in Committee/Commission/Council right after an
//! organization typed alone are its name ("Senate Finance Committee
//! Chairman X": one body, a chamber's committee is LEG).
//! "Bank" is a company suffix for short names ("Harwick" of "Harwick
//! Bank"), and a company's other mentions share the code its description
//! gave it before titles are read ("Harwick Chief Executive X" GBRBUS).

use crate::error::EntityError;
use crate::gazetteer::{GazEntry, GazKind, Gazetteer};
use crate::model::{spans_from_bilou, Model, TYPES};
use crate::words::conll_words;
use dateline_core::{
    Document, Entity, EntityKind, ExtractError, Extractor, Mention, MentionKind, Segmenter, Span, Upos,
};
use std::collections::{HashMap, HashSet};

static MODEL_BYTES: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/ner.model"));

/// Options of the extractor (builder style).
#[derive(Debug, Clone)]
pub struct EntityOptions {
    /// Add gazetteer names the tagger missed (countries, demonyms,
    /// organizations, seats of power). Default on.
    pub gazetteer_fallback: bool,
    /// Merge mentions into entities (coreference). Default on.
    pub coreference: bool,
    /// Link definite role phrases ("the top U.S. diplomat") to people.
    /// Default on.
    pub nominal_links: bool,
    /// Use the list of well-known people for countries the article leaves
    /// implicit. Default on.
    pub known_people: bool,
}

impl Default for EntityOptions {
    fn default() -> Self {
        EntityOptions { gazetteer_fallback: true, coreference: true, nominal_links: true, known_people: true }
    }
}

impl EntityOptions {
    /// Default options.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets [`EntityOptions::gazetteer_fallback`].
    pub fn gazetteer_fallback(mut self, on: bool) -> Self {
        self.gazetteer_fallback = on;
        self
    }
    /// Sets [`EntityOptions::coreference`].
    pub fn coreference(mut self, on: bool) -> Self {
        self.coreference = on;
        self
    }
    /// Sets [`EntityOptions::nominal_links`].
    pub fn nominal_links(mut self, on: bool) -> Self {
        self.nominal_links = on;
        self
    }
    /// Sets [`EntityOptions::known_people`].
    pub fn known_people(mut self, on: bool) -> Self {
        self.known_people = on;
        self
    }
}

/// The entity layer: implements [`Extractor`] under the name `entities`.
#[derive(Debug, Clone)]
pub struct EntityExtractor {
    model: Model,
    gazetteer: Gazetteer,
    options: EntityOptions,
}

/// A word of the document (CoNLL-style) with its sentence.
#[derive(Debug, Clone)]
struct Word {
    span: Span,
    text: String,
    lower: String,
    sent: usize,
    upos: Option<Upos>,
    /// Dependency relation from the syntax layer, when it ran.
    deprel: Option<String>,
}

/// A mention before merging.
#[derive(Debug, Clone)]
struct Raw {
    w0: usize,
    w1: usize,
    span: Span,
    kind: EntityKind,
    mkind: MentionKind,
    country: Option<String>,
    code: Option<String>,
    /// Identity for merging (country code, gazetteer canonical name...).
    key: Option<String>,
    /// A capital city standing for its government.
    metonym: bool,
    roles: Vec<String>,
    sector: Option<String>,
    /// Word index of a possessor mention ("Trump's envoy") whose country
    /// this person shares.
    possessor: Option<usize>,
    /// A place whose country the text states ("Georgetown, Kentucky"):
    /// never a capital standing for its government, never re-placed.
    placed: bool,
}

const ROLE_MODIFIERS: &[&str] = &[
    "opposition",
    "former",
    "acting",
    "deputy",
    "vice",
    "interim",
    "special",
    "chief",
    "senior",
    "top",
    "then",
    "late",
    "outgoing",
    "incoming",
    "foreign",
    "defense",
    "defence",
    "finance",
    "interior",
    "economy",
    "trade",
    "energy",
    "oil",
    "justice",
    "health",
    "national",
    "security",
    "state",
    "supreme",
    "prime",
    "general",
    "assistant",
    "executive",
    "presidential",
    "military",
    "crown",
    "first",
    "lead",
    "principal",
    "veteran",
    "longtime",
    "close",
    "key",
];
/// Modifiers left out of the role string.
const ROLE_DROP: &[&str] = &["top", "senior", "veteran", "longtime", "close", "key", "then", "late"];

const PERSON_NOMINALS: &[(&str, &[&str])] = &[
    ("diplomat", &["secretary of state", "foreign minister", "foreign secretary", "minister of foreign affairs"]),
    ("leader", &["president", "prime minister", "chancellor", "supreme leader", "premier", "king", "leader"]),
    ("president", &["president"]),
    ("envoy", &["envoy", "special envoy"]),
];

impl EntityExtractor {
    /// Loads the committed model embedded in the binary (well under a
    /// second) with default options.
    pub fn load() -> Result<EntityExtractor, EntityError> {
        Ok(EntityExtractor::from_model(Model::from_bytes(MODEL_BYTES)?))
    }

    /// Loads a model file written by [`crate::train()`].
    pub fn from_file(path: &std::path::Path) -> Result<EntityExtractor, EntityError> {
        let bytes = std::fs::read(path).map_err(|e| EntityError::Io { path: path.display().to_string(), source: e })?;
        Ok(EntityExtractor::from_model(Model::from_bytes(&bytes)?))
    }

    /// An extractor around a model, with default options.
    pub fn from_model(model: Model) -> EntityExtractor {
        EntityExtractor { model, gazetteer: Gazetteer::load(), options: EntityOptions::default() }
    }

    /// Replaces the options (builder style).
    pub fn with_options(mut self, options: EntityOptions) -> EntityExtractor {
        self.options = options;
        self
    }

    /// The tagger.
    pub fn model(&self) -> &Model {
        &self.model
    }

    /// The gazetteers.
    pub fn gazetteer(&self) -> &Gazetteer {
        &self.gazetteer
    }

    /// Runs the layer on a document whose tokens and sentences are filled
    /// (they are filled here when empty).
    pub fn annotate(&self, doc: &mut Document) {
        if doc.tokens.is_empty() || doc.sentences.is_empty() {
            if doc.text().trim().is_empty() {
                doc.entities.clear();
                return;
            }
            let _ = Segmenter.extract(doc);
        }
        let words = self.words(doc);
        let mut raws = self.tag(&words);
        // A wire's sign-off ("... the company said.\n REUTER") ends the
        // article: no name (the tagger read it as a person).
        // (On a line of its own or a sentence of its own.)
        let last = words.iter().rposition(|w| w.text.chars().any(char::is_alphanumeric));
        let text = doc.text();
        raws.retain(|r| {
            !(Some(r.w0) == last
                && r.w1 == r.w0 + 1
                && matches!(words[r.w0].text.as_str(), "REUTER" | "Reuter" | "REUTERS")
                && r.w0 > 0
                && (words[r.w0 - 1].sent != words[r.w0].sent
                    || text.get(words[r.w0 - 1].span.end..words[r.w0].span.start).is_some_and(|g| g.contains('\n'))))
        });
        self.fix_spans(&words, &mut raws);
        self.split_coordinated(&words, &mut raws);
        self.leading_business_nouns(&words, &mut raws);
        self.join_body_heads(&words, &mut raws);
        self.sentence_first_words(&words, &mut raws);
        if self.options.gazetteer_fallback {
            self.add_gazetteer_mentions(&words, &mut raws);
        }
        raws.sort_by_key(|r| (r.span.start, r.span.end));
        raws.dedup_by(|b, a| a.span.start < b.span.end && b.span.start < a.span.end);
        for r in raws.iter_mut() {
            self.type_mention(doc.text(), &words, r);
        }
        self.context_types(&words, &mut raws);
        self.tickers(&words, &mut raws);
        self.head_kinds(&words, &mut raws);
        self.joined_names(&words, &mut raws);
        self.comma_places(&words, &mut raws);
        self.coordinated_places(&words, &mut raws);
        self.company_facilities(&words, &mut raws);
        self.metonyms(&words, &mut raws);
        let home = self.home_country(&words, &raws);
        self.home_links(&words, &mut raws, home.as_deref());
        self.described_orgs(&words, &mut raws, home.as_deref());
        self.short_form_raws(&words, &mut raws);
        self.person_roles(&words, &mut raws);
        self.fronted_office_roles(&words, &mut raws);
        let entities = self.merge(doc.text(), &words, raws, home.as_deref());
        doc.entities = entities;
    }

    fn words(&self, doc: &Document) -> Vec<Word> {
        doc_words(doc)
    }

    fn tag(&self, words: &[Word]) -> Vec<Raw> {
        let mut sents: Vec<Vec<&str>> = Vec::new();
        let mut starts = Vec::new();
        let recased = self.headline_case(words);
        for (i, w) in words.iter().enumerate() {
            if i == 0 || words[i - 1].sent != w.sent {
                sents.push(Vec::new());
                starts.push(i);
            }
            if let Some(s) = sents.last_mut() {
                s.push(recased.get(&i).map_or(w.text.as_str(), String::as_str));
            }
        }
        let labels = self.model.tag_document(&self.gazetteer, &sents);
        let mut out = Vec::new();
        for (lab, &base) in labels.iter().zip(&starts) {
            for (a, b, t) in spans_from_bilou(lab) {
                let (mut w0, mut w1) = (base + a, base + b);
                // A headline's common word lower-cased for the tagger
                // opens or ends no name ("Nvidia Shares Jump ...": no
                // "Nvidia Shares").
                while w0 < w1 && recased.contains_key(&w0) {
                    w0 += 1;
                }
                while w1 > w0 && recased.contains_key(&(w1 - 1)) {
                    w1 -= 1;
                }
                if w0 == w1 {
                    continue;
                }
                let (Some(first), Some(last)) = (words.get(w0), words.get(w1 - 1)) else {
                    continue;
                };
                let kind = match TYPES.get(t).copied() {
                    Some("PER") => EntityKind::Person,
                    Some("ORG") => EntityKind::Org,
                    Some("LOC") => EntityKind::Gpe,
                    _ => EntityKind::Misc,
                };
                out.push(self.raw(w0, w1, Span::new(first.span.start, last.span.end), kind));
            }
        }
        // "AIADMK-led", "NATO-backed": the organization before the hyphen
        // (places and peoples, "U.S.-led", keep the word the tagger found).
        // An acronym must be listed or tagged an organization elsewhere
        // in the article (not "COVID-linked", "AI-backed").
        let orgs: HashSet<String> = out
            .iter()
            .filter(|r| r.kind == EntityKind::Org)
            .map(|r| words[r.w0..r.w1].iter().map(|w| w.text.as_str()).collect::<Vec<_>>().join(" "))
            .collect();
        for r in out.iter_mut() {
            if r.w1 != r.w0 + 1 || r.kind == EntityKind::Person {
                continue;
            }
            let w = &words[r.w0];
            let Some((prefix, suffix)) = w.text.rsplit_once('-') else { continue };
            let led = matches!(
                suffix,
                "led" | "backed" | "allied" | "aligned" | "run" | "controlled" | "dominated" | "sponsored" | "linked"
            );
            // Only an acronym or a listed organization ("Communist-led",
            // "Kurdish-controlled" stay as the tagger found them).
            let acronym =
                prefix.chars().count() >= 2 && prefix.chars().all(|c| c.is_ascii_uppercase()) && orgs.contains(prefix);
            let org = self.gazetteer.lookup(&[prefix]).iter().any(|e| e.kind == GazKind::Org);
            let place = self
                .gazetteer
                .lookup(&[prefix])
                .iter()
                .any(|e| matches!(e.kind, GazKind::Country | GazKind::City | GazKind::Demonym | GazKind::Region));
            if !led || !(acronym || org) || place || w.text.len() != w.span.len() {
                continue;
            }
            r.span = Span::new(w.span.start, w.span.start + prefix.len());
            r.kind = EntityKind::Org;
            // One entity with the bare acronym ("TPLF-led" and "TPLF").
            r.key = Some(format!("{}:{}", EntityKind::Org.as_str(), fold(&prefix.to_lowercase())));
        }
        // Split place compounds: "U.S.-Ukraine" → "U.S.", "Ukraine".
        let mut split = Vec::with_capacity(out.len());
        for r in out {
            if r.w1 == r.w0 + 1 && r.kind != EntityKind::Person {
                if let Some(parts) = self.place_parts(&words[r.w0]) {
                    for (sp, kind) in parts {
                        let mut p = self.raw(r.w0, r.w1, sp, kind);
                        p.key = None;
                        split.push(p);
                    }
                    continue;
                }
            }
            split.push(r);
        }
        split
    }

    /// A title-case headline ("Hillary Clinton Goes After Donald Trump's
    /// Business Record") read in sentence case: the lower-case forms of
    /// its capitalized words (not the first) that are common words, by
    /// word index. A word is common when the tagger's word clusters know
    /// it, the gazetteers do not (alone or in a longer listed name,
    /// "Federal Reserve"), and the article's other sentences never
    /// capitalize it as a name; a form the clusters do not know is common
    /// when it reads as a past form or adverb ("Embraced", "Wildly") or
    /// as an -s verb between common words, function words or the
    /// article's names ("Report Diminishes Reagan"). A first name is a
    /// name only before another name ("Museum Will Tell"). A line is a title-case headline when every
    /// word but short function words is capitalized, it is not all upper
    /// case, has no digits (not a results table), and two or more of its
    /// words are common, one of them a function word or a verb ("After",
    /// "Over", "Goes", "Says"); other sentences must be there to tell
    /// names from words. Without this, the tagger reads the capitals as one
    /// long name ("Hillary Clinton Goes After Donald Trump").
    fn headline_case(&self, words: &[Word]) -> HashMap<usize, String> {
        let mut out = HashMap::new();
        let mut sents: Vec<(usize, usize)> = Vec::new();
        for (i, w) in words.iter().enumerate() {
            match sents.last_mut() {
                Some(s) if words[s.0].sent == w.sent => s.1 = i + 1,
                _ => sents.push((i, i + 1)),
            }
        }
        let alpha = |w: &Word| w.text.chars().next().is_some_and(char::is_alphabetic);
        let caps = |w: &Word| w.text.chars().next().is_some_and(char::is_uppercase);
        let title_shaped = |&(a, b): &(usize, usize)| {
            let ws = &words[a..b];
            let letters: Vec<char> = ws.iter().flat_map(|w| w.text.chars()).filter(|c| c.is_alphabetic()).collect();
            let upper = letters.iter().filter(|c| c.is_uppercase()).count();
            ws.iter().filter(|w| alpha(w)).count() >= 4
                && ws.iter().filter(|w| caps(w)).count() >= 3
                && upper * 10 < letters.len() * 8
                // (One number is a headline's, "Tesla Recalls 2 Million
                // Vehicles"; two are a results line, "Leeds 2 Chelsea 1".)
                && ws.iter().filter(|w| w.text.chars().any(|c| c.is_ascii_digit())).count() <= 1
                && !ws.iter().any(|w| matches!(w.text.as_str(), ":" | "&"))
                && ws.iter().filter(|w| w.text == ",").count() <= 1
                && ws.iter().all(|w| {
                    !w.text.chars().next().is_some_and(char::is_lowercase) || is_headline_function_word(&w.lower)
                })
        };
        let shaped: Vec<bool> = sents.iter().map(title_shaped).collect();
        if !shaped.contains(&true) {
            return out;
        }
        // Words the other sentences capitalize inside (not after a quote,
        // colon or bracket) or, never written in lower case, open with.
        let mut body = false;
        let mut lower_seen: HashSet<&str> = HashSet::new();
        for (&(a, b), _) in sents.iter().zip(&shaped).filter(|(_, &t)| !t) {
            body |= b - a >= 5;
            lower_seen.extend(
                words[a..b]
                    .iter()
                    .filter(|w| w.text.chars().next().is_some_and(char::is_lowercase))
                    .map(|w| w.lower.as_str()),
            );
        }
        if !body {
            return out;
        }
        let mut named: HashSet<&str> = HashSet::new();
        for (&(a, b), _) in sents.iter().zip(&shaped).filter(|(_, &t)| !t) {
            for i in a..b {
                let after_mark = i > a && matches!(words[i - 1].text.as_str(), "\"" | ":" | "(" | "-" | "--" | "'");
                let w = &words[i];
                // (A sentence's first word the tagger's weights read as a
                // common one is no name: "Shares of Nvidia rose".)
                let opener_name = !lower_seen.contains(w.lower.as_str())
                    && (self.model.clusters.get(&w.lower) == [0; 3] || self.model.name_lean(&w.lower) >= 0);
                if caps(w) && ((i > a && !after_mark) || opener_name) {
                    named.insert(w.lower.as_str());
                }
            }
        }
        // A word that stays a name: named in the other sentences, unknown
        // to the clusters or listed alone.
        // A word the clusters group with names, so that the tagger's own
        // weights for its lower case and clusters lean far toward a name
        // ("Samsung", "Boeing", "Reagan"; "Record", "Student" lean less).
        // Not a word shaped as a verb or adverb ("Recalls" leans 28,000).
        let name_leaning = |w: &Word| {
            let l = w.lower.as_str();
            !((l.ends_with('s') && !l.ends_with("ss")) || l.ends_with("ed") || l.ends_with("ly"))
                && self.model.clusters.get(l) != [0; 3]
                && self.model.name_lean(l) >= NAME_LEAN
        };
        let namey = |w: &Word| {
            caps(w)
                && (named.contains(w.lower.as_str())
                    || self.model.clusters.get(&w.lower) == [0; 3]
                    || name_leaning(w)
                    || self.gazetteer.lookup(&[w.text.as_str()]).iter().any(|e| e.kind != GazKind::Role))
        };
        // A listed name (a first name only before another name: not
        // "Budget Bill", "Museum Will Tell").
        let listed = |s: usize, n: usize, b: usize| {
            let toks: Vec<&str> = words[s..s + n].iter().map(|w| w.text.as_str()).collect();
            // (Or after a title: "Pope Francis Calls For Peace".)
            let next_name = (s + n < b && namey(&words[s + n]))
                || (s > 0 && words[s - 1].sent == words[s].sent && self.is_role_word(&words[s - 1].lower));
            self.gazetteer
                .lookup(&toks)
                .iter()
                .any(|e| e.kind != GazKind::Role && (e.kind != GazKind::FirstName || next_name))
        };
        // "Kenya Airways", "Acme Holdings": the head word of a body's name.
        let name_head = |l: &str| {
            is_org_head(l)
                || is_company_word(l)
                || is_facility_head(l).is_some()
                || is_party_head(l)
                || matches!(
                    l,
                    "airways" | "airlines" | "air" | "bank" | "group" | "industries" | "motors" | "university"
                )
        };
        for (&(a, b), _) in sents.iter().zip(&shaped).filter(|(_, &t)| t) {
            let plain = |i: usize| {
                let w = &words[i];
                caps(w)
                    && w.text.chars().skip(1).all(char::is_lowercase)
                    && !named.contains(w.lower.as_str())
                    && !name_head(&w.lower)
                    && !name_leaning(w)
                    // Alone or inside a listed name of up to four words.
                    && !(1..=4).any(|n| (i.saturating_sub(n - 1).max(a)..=i).any(|s| s + n <= b && listed(s, n, b)))
            };
            let is_named =
                |i: usize| words.get(i).is_some_and(|w| i < b && caps(w) && named.contains(w.lower.as_str()));
            let common: Vec<usize> = (a + 1..b)
                .filter(|&i| {
                    let l = words[i].lower.as_str();
                    // A verb the clusters do not know between two names
                    // of the article ("Trump Slams Biden").
                    let verb_between =
                        l.len() >= 4 && l.ends_with('s') && !l.ends_with("ss") && is_named(i - 1) && is_named(i + 1);
                    // A past form or an adverb they do not know
                    // ("Embraced", "Wildly"; not "Ahmed", "Kelly").
                    let form = (l.len() >= 6 && l.ends_with("ed"))
                        || (l.len() >= 5 && l.ends_with("ly") && !l.ends_with("lly"));
                    plain(i) && (self.model.clusters.get(l) != [0; 3] || verb_between || form)
                })
                .collect();
            // A verb in -s the clusters do not know between common words,
            // function words or names of the article ("Report Diminishes
            // Reagan", "Instantly Unleashes On").
            let mut common = common;
            let around = |j: usize, common: &[usize]| {
                j < b
                    && (common.contains(&j)
                        || is_named(j)
                        || is_headline_function_word(&words[j].lower)
                        || words[j].text.starts_with(|c: char| c.is_ascii_digit()))
            };
            let s_verbs: Vec<usize> = (a + 1..b)
                .filter(|&i| {
                    let l = words[i].lower.as_str();
                    !common.contains(&i)
                        && plain(i)
                        && l.len() >= 5
                        && l.ends_with('s')
                        && !l.ends_with("ss")
                        && around(i - 1, &common)
                        && around(i + 1, &common)
                })
                .collect();
            common.extend(s_verbs);
            common.sort_unstable();
            // A verb in -s before another common word ("Passes Budget"),
            // not a name's last word ("Bear Stearns &", "Loren Roberts ,").
            let verb_or_function = common.iter().any(|&i| {
                let l = words[i].lower.as_str();
                // (Or before a name, after a common word or a body's
                // head: "U.S. Court Blocks Biden Student Loan Plan".)
                let s_verb = l.len() >= 4
                    && l.ends_with('s')
                    && !l.ends_with("ss")
                    && (common.contains(&(i + 1))
                        || words.get(i + 1).is_some_and(|w| is_headline_function_word(&w.lower))
                        || (i + 1 < b
                            && namey(&words[i + 1])
                            && (common.contains(&(i - 1)) || name_head(&words[i - 1].lower))));
                (is_headline_function_word(l) && !matches!(l, "v" | "vs" | "vs.")) || is_verb_like(&words[i]) || s_verb
            });
            if common.len() >= 2 && verb_or_function {
                for i in common {
                    out.insert(i, words[i].lower.clone());
                }
            }
        }
        out
    }

    /// "Executives from Morgan Stanley and Citigroup": two companies the
    /// tagger read as one organization around an "and". Split when the
    /// words on both sides of the "and" lean toward names (not "Pacific
    /// Gas and Electric", "Securities and Exchange Commission", "Food and
    /// Drug Administration"), one side has two words or more (not the
    /// partners' names of one firm, "Marks and Spencer"), no "of", "for"
    /// or "on" comes before it (a body's phrase, "Department of Trade and
    /// Industry") and the second part ends in no company suffix or body
    /// head the first lacks ("Smith and Wesson Holding Corp", "Test and
    /// County Cricket Board").
    fn split_coordinated(&self, words: &[Word], raws: &mut Vec<Raw>) {
        let span_of = |a: usize, b: usize| Span::new(words[a].span.start, words[b - 1].span.end);
        let namey = |w: &Word| {
            w.text.chars().next().is_some_and(char::is_uppercase)
                && !is_company_word(&w.lower)
                && !is_org_head(&w.lower)
                && (self.model.clusters.get(&w.lower) == [0; 3] || self.model.name_lean(&w.lower) >= 0)
        };
        let closing = |w: &Word| {
            let l = w.lower.trim_end_matches('.');
            is_company_word(&w.lower) || is_company_word(l) || is_org_head(l) || matches!(l, "co" | "board" | "bank")
        };
        let mut out: Vec<Raw> = Vec::with_capacity(raws.len());
        for r in raws.drain(..) {
            let ands: Vec<usize> = (r.w0 + 1..r.w1.saturating_sub(1)).filter(|&i| words[i].lower == "and").collect();
            let split = (r.kind == EntityKind::Org && r.span == span_of(r.w0, r.w1) && ands.len() == 1)
                .then(|| ands[0])
                .filter(|&a| {
                    let (left, right) = (&words[r.w0..a], &words[a + 1..r.w1]);
                    (left.len() >= 2 || right.len() >= 2)
                        && left.iter().chain(right).all(|w| w.text.chars().next().is_some_and(char::is_uppercase))
                        && namey(&words[a - 1])
                        && namey(&words[a + 1])
                        && !left.iter().any(|w| matches!(w.lower.as_str(), "of" | "for" | "on" | "the"))
                        && (!right.last().is_some_and(closing) || left.last().is_some_and(closing))
                        && self
                            .gazetteer
                            .lookup(&words[r.w0..r.w1].iter().map(|w| w.text.as_str()).collect::<Vec<_>>())
                            .is_empty()
                });
            match split {
                Some(a) => {
                    out.push(self.raw(r.w0, a, span_of(r.w0, a), r.kind));
                    out.push(self.raw(a + 1, r.w1, span_of(a + 1, r.w1), r.kind));
                }
                None => out.push(r),
            }
        }
        *raws = out;
    }

    /// "Carmaker Stellan Auto said ...": a business noun capitalized only
    /// because it opens the sentence (or follows a wire dateline's dash)
    /// describes the organization named after it; it is no part of the
    /// name (the description itself gives the sector, see
    /// [`Self::described_orgs`]).
    fn leading_business_nouns(&self, words: &[Word], raws: &mut [Raw]) {
        for r in raws.iter_mut() {
            let w = &words[r.w0];
            if r.kind != EntityKind::Org || r.w1 < r.w0 + 3 || !is_business_noun(&w.lower) {
                continue;
            }
            let opens = r.w0 == 0
                || words[r.w0 - 1].sent != w.sent
                || matches!(words[r.w0 - 1].text.as_str(), "-" | "--" | "—" | "–");
            if !opens || r.span != Span::new(w.span.start, words[r.w1 - 1].span.end) {
                continue;
            }
            let w0 = r.w0 + 1;
            *r = self.raw(w0, r.w1, Span::new(words[w0].span.start, words[r.w1 - 1].span.end), r.kind);
        }
    }

    /// "Senate Finance Committee Chairman Ron Wyden": capitalized words
    /// ending in a body's head word ("Committee", "Commission", "Council")
    /// right after an organization the tagger typed alone ("Senate",
    /// a listed name) are that body's name with it: one organization
    /// "Senate Finance Committee", not "Senate" and a person's title
    /// "Finance Committee Chairman". Not across a person's name or a
    /// title's head ("Senate Majority Leader").
    fn join_body_heads(&self, words: &[Word], raws: &mut Vec<Raw>) {
        let span_of = |a: usize, b: usize| Span::new(words[a].span.start, words[b - 1].span.end);
        let mut k = 0;
        while k < raws.len() {
            let r = &raws[k];
            if r.kind != EntityKind::Org || r.span != span_of(r.w0, r.w1) {
                k += 1;
                continue;
            }
            let sent = words[r.w0].sent;
            let fits = |j: usize| {
                words.get(j).is_some_and(|w| {
                    w.sent == sent
                        && w.text.chars().next().is_some_and(char::is_uppercase)
                        && w.text.chars().all(|c| c.is_alphabetic() || c == '-')
                        && !is_title_head(&w.lower)
                })
            };
            let head = (r.w1..r.w1 + 3)
                .take_while(|&j| fits(j))
                .find(|&j| matches!(words[j].lower.as_str(), "committee" | "subcommittee" | "commission" | "council"));
            // Only words no other name covers, or one organization ending
            // at the head ("Finance Committee").
            let others: Vec<usize> = head
                .map(|h| (0..raws.len()).filter(|&o| o != k && raws[o].w0 <= h && raws[o].w1 > r.w1).collect())
                .unwrap_or_default();
            let clean = head.is_some_and(|h| {
                others.iter().all(|&o| raws[o].kind == EntityKind::Org && raws[o].w0 >= r.w1 && raws[o].w1 == h + 1)
            });
            match head.filter(|_| clean) {
                Some(h) => {
                    let w0 = r.w0;
                    raws[k] = self.raw(w0, h + 1, span_of(w0, h + 1), EntityKind::Org);
                    for &o in others.iter().rev() {
                        raws.remove(o);
                        if o < k {
                            k -= 1;
                        }
                    }
                    k += 1;
                }
                None => k += 1,
            }
        }
    }

    /// Repairs tagger spans: titles out of names ("Prince Mohammed" →
    /// "Mohammed"), name particles in ("Mohammed bin Salman"), a place
    /// glued to a following name ("Middle East Steve Witkoff"), and
    /// headline words that are not names.
    /// "Harbor Valley Petroleum said ...": a sentence's first word is
    /// capitalized whatever it is, so the tagger leaves out a name's first
    /// word that is also an ordinary word ("Harbor"), and the name loses
    /// it. Where the syntax layer reads that word as a proper noun of the
    /// name (its head or a part of it) and it is no opener, title or rank,
    /// the organization or person starting right after it takes it in.
    fn sentence_first_words(&self, words: &[Word], raws: &mut [Raw]) {
        let ends: Vec<usize> = raws.iter().map(|r| r.w1).collect();
        for r in raws.iter_mut() {
            let Some(f) = r.w0.checked_sub(1) else { continue };
            let first = f == 0 || words[f - 1].sent != words[f].sent;
            let w = &words[f];
            let contiguous = r.span == Span::new(words[r.w0].span.start, words[r.w1 - 1].span.end);
            if !first
                || w.sent != words[r.w0].sent
                || !contiguous
                || ends.contains(&r.w0)
                || !matches!(r.kind, EntityKind::Org | EntityKind::Person)
                || w.upos != Some(Upos::PROPN)
                || !w
                    .deprel
                    .as_deref()
                    .is_some_and(|d| matches!(d, "nsubj" | "nsubj:pass" | "compound" | "flat" | "obj" | "root"))
                || !w.text.chars().next().is_some_and(char::is_uppercase)
                || !w.text.chars().skip(1).all(|c| c.is_lowercase())
                || w.text.chars().count() < 3
                || is_sentence_opener(&w.lower)
                || is_title_head(&w.lower)
                || is_rank(&w.lower)
                || self.is_role_word(&w.lower)
                || dateline_core::calendar::weekday_name(&w.lower).is_some()
                || dateline_core::calendar::month_name(&w.lower).is_some()
            {
                continue;
            }
            let span = Span::new(w.span.start, r.span.end);
            *r = self.raw(f, r.w1, span, r.kind);
        }
    }

    fn fix_spans(&self, words: &[Word], raws: &mut Vec<Raw>) {
        raws.sort_by_key(|r| (r.w0, r.w1));
        let span_of = |a: usize, b: usize| Span::new(words[a].span.start, words[b - 1].span.end);
        // A place-name abbreviation the tagger leaves out ("Sault Ste.
        // Marie" read as a place and a person, "Mt. Kenya" as the
        // country): it joins the names on both sides into one place.
        let mut k = 0;
        while k < raws.len() {
            let next = raws[k].w1;
            let is_abbrev = words
                .get(next)
                .is_some_and(|w| matches!(w.text.as_str(), "St." | "Ste." | "Mt." | "Ft." | "Pt." | "Mte."));
            let before = raws[k].span == span_of(raws[k].w0, raws[k].w1)
                && matches!(raws[k].kind, EntityKind::Gpe | EntityKind::Loc | EntityKind::Org);
            if is_abbrev && before {
                if let Some(j) = raws.iter().position(|r| r.w0 == next + 1) {
                    let w1 = raws[j].w1;
                    let (w0, kind) = (raws[k].w0, raws[k].kind);
                    raws[k] =
                        self.raw(w0, w1, span_of(w0, w1), if kind == EntityKind::Org { EntityKind::Gpe } else { kind });
                    raws.remove(j);
                    continue;
                }
            }
            k += 1;
        }
        let ends: Vec<usize> = raws.iter().map(|r| r.w1).collect();
        for r in raws.iter_mut() {
            let lead = r.w0.checked_sub(1).and_then(|p| words.get(p));
            let mount = lead.is_some_and(|w| matches!(w.text.as_str(), "Mt." | "Mount" | "Mte."));
            let free = !ends.contains(&r.w0);
            if mount && free && r.span == span_of(r.w0, r.w1) && r.kind != EntityKind::Person {
                // "Mt. Kenya" is a mountain, not the country
                *r = self.raw(r.w0 - 1, r.w1, span_of(r.w0 - 1, r.w1), EntityKind::Loc);
            }
        }
        // Place + person glued together.
        let mut extra = Vec::new();
        for r in raws.iter_mut() {
            if r.kind == EntityKind::Person || r.w1 - r.w0 < 3 || r.span != span_of(r.w0, r.w1) {
                continue;
            }
            for cut in (r.w0 + 1)..(r.w1 - 1) {
                let head: Vec<&str> = words[r.w0..cut].iter().map(|w| w.text.as_str()).collect();
                let place = self
                    .gazetteer
                    .lookup(&head)
                    .iter()
                    .any(|e| matches!(e.kind, GazKind::Region | GazKind::Country | GazKind::City));
                let name =
                    self.gazetteer.lookup(&[words[cut].text.as_str()]).iter().any(|e| e.kind == GazKind::FirstName);
                if place && name {
                    extra.push(self.raw(cut, r.w1, span_of(cut, r.w1), EntityKind::Person));
                    r.w1 = cut;
                    r.span = span_of(r.w0, cut);
                    r.kind = EntityKind::Gpe;
                    break;
                }
            }
        }
        raws.extend(extra);
        // A capitalized title glued to the name after it, however the
        // tagger typed the whole ("Disaster Management Minister Kamal
        // Hossain" as one organization): the person is the name; the
        // title is left to `person_roles`, a country at its start kept.
        let mut extra = Vec::new();
        for r in raws.iter_mut() {
            if r.w1 - r.w0 < 3 || r.span != span_of(r.w0, r.w1) {
                continue;
            }
            let caps = |w: &Word| w.text.chars().next().is_some_and(char::is_uppercase);
            let Some(p) = (r.w0..r.w1 - 1).rev().find(|&p| is_title_head(&words[p].lower)) else { continue };
            let name = &words[p + 1..r.w1];
            let name_toks: Vec<&str> = name.iter().map(|w| w.text.as_str()).collect();
            let name_like = (2..=3).contains(&name.len())
                && name.iter().all(|w| {
                    caps(w)
                        && w.text.chars().all(|c| c.is_alphabetic() || matches!(c, '-' | '\''))
                        && !self.is_role_word(&w.lower)
                        && !is_title_head(&w.lower)
                        && !is_org_head(&w.lower)
                        && !is_place_noun(&w.lower)
                        && is_facility_head(&w.lower).is_none()
                        && !matches!(
                            w.lower.as_str(),
                            "ministry"
                                | "department"
                                | "authority"
                                | "party"
                                | "bank"
                                | "court"
                                | "house"
                                | "assembly"
                                | "company"
                                | "group"
                                | "board"
                                | "corporation"
                                | "affairs"
                                | "news"
                                | "times"
                                | "post"
                                | "hall"
                                | "memorial"
                                | "mosque"
                                | "church"
                                | "cup"
                                | "trophy"
                                | "award"
                                | "prize"
                        )
                        && !self.gazetteer.lookup(&[w.text.as_str()]).iter().any(|e| {
                            matches!(e.kind, GazKind::Country | GazKind::Demonym | GazKind::Org | GazKind::City)
                        })
                })
                && !self.gazetteer.lookup(&name_toks).iter().any(|e| e.kind != GazKind::Person);
            // A rank is also a word of company names ("General Motors
            // Corp", "General Electric Co"): after one, the name must open
            // with a listed first name ("Commodore Jay Tarriela").
            let rank = is_rank(&words[p].lower);
            let first_name =
                || self.gazetteer.lookup(&[words[p + 1].text.as_str()]).iter().any(|e| e.kind == GazKind::FirstName);
            if !name_like || !words[r.w0..=p].iter().all(caps) || rank && !first_name() {
                continue;
            }
            // "Bangladeshi Disaster Management Minister X": the country
            // stays, and so do a listed organization, city or state ("IMF
            // Managing Director X", "Lagos State Governor X") and a body
            // ending in an organization's head word ("Election Commission
            // Chief X"), as mentions of their own.
            let w0 = r.w0;
            if let Some((len, kind)) = (1..=4.min(p - w0)).rev().find_map(|len| {
                let toks: Vec<&str> = words[w0..w0 + len].iter().map(|w| w.text.as_str()).collect();
                let found = self.gazetteer.lookup(&toks);
                if found.iter().any(|e| matches!(e.kind, GazKind::Country | GazKind::Demonym | GazKind::City))
                    || self.gazetteer.state_country(&toks).is_some()
                    || self.gazetteer.state_named(&toks).is_some()
                {
                    Some((len, EntityKind::Gpe))
                } else if found.iter().any(|e| e.kind == GazKind::Org)
                    || (len >= 2 && is_org_head(&words[w0 + len - 1].lower))
                    || (len == 1 && is_acronym(&words[w0].text))
                    // "Sony Chief Financial Officer X": the word before a
                    // company officer's title is the company.
                    || (len == 1 && words[p].lower == "officer" && words[w0 + 1].lower == "chief")
                {
                    Some((len, EntityKind::Org))
                } else {
                    None
                }
            }) {
                extra.push(self.raw(w0, w0 + len, span_of(w0, w0 + len), kind));
            }
            r.w0 = p + 1;
            r.span = span_of(r.w0, r.w1);
            r.kind = EntityKind::Person;
            r.key = None;
            r.code = None;
            r.country = None;
        }
        raws.extend(extra);
        raws.sort_by_key(|r| (r.w0, r.w1));
        // "Tamil Nadu", "Rio Grande do Sul": a listed multiword state or
        // province is one place, however the tagger split or typed it
        // (not inside a longer name: "Uttar Pradesh Police"); so is "X
        // State" of a listed state or city ("Borno State", "Lagos State").
        let mut i = 0;
        while i < words.len() {
            let sent = words[i].sent;
            let found = (2..=4).rev().find_map(|len| {
                let j = i + len;
                let ws = words.get(i..j)?;
                if ws.iter().any(|w| w.sent != sent)
                    || !ws.iter().all(|w| {
                        w.text.chars().next().is_some_and(char::is_uppercase)
                            || matches!(w.lower.as_str(), "do" | "de" | "and")
                    })
                {
                    return None;
                }
                let toks: Vec<&str> = ws.iter().map(|w| w.text.as_str()).collect();
                self.gazetteer.state_country(&toks).or_else(|| self.gazetteer.state_named(&toks)).map(|_| j)
            });
            let Some(j) = found else {
                i += 1;
                continue;
            };
            let inside: Vec<usize> = (0..raws.len()).filter(|&k| raws[k].w0 < j && i < raws[k].w1).collect();
            let contained = inside.iter().all(|&k| raws[k].w0 >= i && raws[k].w1 <= j);
            if contained {
                for &k in inside.iter().rev() {
                    raws.remove(k);
                }
                raws.push(self.raw(i, j, span_of(i, j), EntityKind::Gpe));
                raws.sort_by_key(|r| (r.w0, r.w1));
            }
            i = j;
        }
        // "Eldorado do Sul", "Santiago de Compostela", "Castillo de la
        // Reina": place names joined by a lower-case particle are one
        // place, however the tagger split the parts (the listed ones,
        // "Rio Grande do Sul", are joined above).
        let mut k = 0;
        while k < raws.len() {
            let (w0, w1) = (raws[k].w0, raws[k].w1);
            let sent = words[w0].sent;
            let mut j = w1;
            while j < w1 + 2
                && words.get(j).is_some_and(|w| {
                    w.sent == sent
                        && matches!(
                            w.lower.as_str(),
                            "do" | "da" | "dos" | "das" | "de" | "del" | "la" | "las" | "los" | "sur" | "di" | "du"
                        )
                })
            {
                j += 1;
            }
            let place = |r: &Raw| matches!(r.kind, EntityKind::Gpe | EntityKind::Loc) && r.span == span_of(r.w0, r.w1);
            // The part after the particle: a place, one word the tagger
            // typed otherwise ("Sul" as a person), or a capitalized word it
            // left untagged that ends the name.
            let next = raws.iter().position(|x| x.w0 == j);
            let lone_caps = next.is_none()
                && !raws.iter().any(|x| x.w0 <= j && j < x.w1)
                && words.get(j).is_some_and(|w| {
                    w.sent == sent
                        && w.text.chars().next().is_some_and(char::is_uppercase)
                        && w.text.chars().all(char::is_alphabetic)
                })
                && !words
                    .get(j + 1)
                    .is_some_and(|w| w.sent == sent && w.text.chars().next().is_some_and(char::is_uppercase));
            // (One word after the particle: not "Caisse Nationale de Credit
            // Agricole".)
            let part = next.is_some_and(|n| raws[n].w1 == j + 1 && raws[n].span == span_of(j, j + 1));
            if j > w1 && place(&raws[k]) && (part || lone_caps) {
                let end = match next {
                    Some(n) => {
                        let end = raws[n].w1;
                        raws.remove(n);
                        if n < k {
                            k -= 1;
                        }
                        end
                    }
                    None => j + 1,
                };
                raws[k] = self.raw(w0, end, span_of(w0, end), EntityKind::Gpe);
                continue;
            }
            k += 1;
        }
        // "the Bangladesh Army", "Kenya Police": a country and the
        // capitalized force after it the tagger left out are one body.
        let covered: HashSet<usize> = raws.iter().flat_map(|r| r.w0..r.w1).collect();
        for r in raws.iter_mut() {
            if !matches!(r.kind, EntityKind::Gpe | EntityKind::Norp) || r.span != span_of(r.w0, r.w1) {
                continue;
            }
            let sent = words[r.w0].sent;
            let force = words
                .get(r.w1)
                .is_some_and(|w| w.sent == sent && matches!(w.text.as_str(), "Army" | "Navy" | "Police" | "Military"))
                && !covered.contains(&r.w1)
                && !words
                    .get(r.w1 + 1)
                    .is_some_and(|w| w.sent == sent && w.text.chars().next().is_some_and(char::is_uppercase));
            let toks: Vec<&str> = words[r.w0..r.w1].iter().map(|w| w.text.as_str()).collect();
            let country =
                self.gazetteer.lookup(&toks).iter().any(|e| matches!(e.kind, GazKind::Country | GazKind::Demonym));
            if force && country {
                r.w1 += 1;
                r.span = span_of(r.w0, r.w1);
                r.kind = EntityKind::Org;
                r.key = None;
            }
        }
        // "Pope Francis on Sunday urged": a lower-case common word (one
        // the tagger's weights lean away from a name, no name particle)
        // after a capitalized one ends a person's name ("Ursula von der
        // Leyen", "Daniel arap Moi" and "Mohammed bin Salman" keep theirs).
        for r in raws.iter_mut() {
            if r.kind != EntityKind::Person || r.span != span_of(r.w0, r.w1) {
                continue;
            }
            let cut = (r.w0 + 1..r.w1).find(|&i| {
                let w = &words[i];
                w.text.chars().all(|c| c.is_lowercase())
                    && words[i - 1].text.chars().next().is_some_and(char::is_uppercase)
                    && !is_name_particle(&w.lower)
                    && self.model.clusters.get(&w.lower) != [0; 3]
                    && self.model.name_lean(&w.lower) < 0
            });
            if let Some(c) = cut {
                r.w1 = c;
                r.span = span_of(r.w0, c);
                r.key = None;
            }
        }
        // "Goldman shares rose": lower-case common words (no company
        // suffix, "Barclays plc", nor a body's head, "Labour party") end
        // no organization's name.
        for r in raws.iter_mut() {
            if r.kind != EntityKind::Org || r.span != span_of(r.w0, r.w1) {
                continue;
            }
            let mut w1 = r.w1;
            while w1 > r.w0 + 1 && {
                let w = &words[w1 - 1];
                w.text.chars().all(|c| c.is_lowercase())
                    && !matches!(
                        w.lower.trim_end_matches('.'),
                        "plc" | "inc" | "ltd" | "co" | "ag" | "sa" | "nv" | "gmbh" | "llc" | "pty" | "bhd" | "spa"
                    )
                    && !is_party_head(&w.lower)
                    && !is_org_head(&w.lower)
                    && self.model.clusters.get(&w.lower) != [0; 3]
                    && self.model.name_lean(&w.lower) < 0
            } {
                w1 -= 1;
            }
            while w1 > r.w0 + 1 && matches!(words[w1 - 1].lower.as_str(), "and" | "of" | "the" | "for" | "&") {
                w1 -= 1;
            }
            if w1 < r.w1 {
                r.w1 = w1;
                r.span = span_of(r.w0, w1);
                r.key = None;
            }
        }
        // "Microsoft Chief Executive Satya Nadella" tagged "Microsoft
        // Chief" and a person: capitalized title words ending an
        // organization right before a person (or before more title words
        // and a person) are the person's title.
        let starts: HashSet<usize> = raws.iter().filter(|r| r.kind == EntityKind::Person).map(|r| r.w0).collect();
        for r in raws.iter_mut() {
            if r.kind != EntityKind::Org || r.w1 - r.w0 < 2 || r.span != span_of(r.w0, r.w1) {
                continue;
            }
            let titleish = |w: &Word| {
                w.text.chars().next().is_some_and(char::is_uppercase)
                    && (is_title_head(&w.lower) || matches!(w.lower.as_str(), "chief" | "executive" | "managing"))
            };
            let mut after = r.w1;
            while after < words.len() && after < r.w1 + 2 && titleish(&words[after]) {
                after += 1;
            }
            if !starts.contains(&after) {
                continue;
            }
            let mut w1 = r.w1;
            while w1 > r.w0 + 1 && titleish(&words[w1 - 1]) {
                w1 -= 1;
            }
            if w1 < r.w1 {
                r.w1 = w1;
                r.span = span_of(r.w0, w1);
                r.key = None;
            }
        }
        // Titles out of person names.
        for r in raws.iter_mut() {
            if r.kind != EntityKind::Person {
                continue;
            }
            // "Governor Wanjiku Memorial Hospital": a place or body named
            // after a person is no person.
            let last = words.get(r.w1 - 1).filter(|w| w.text.chars().next().is_some_and(char::is_uppercase));
            // "played for Boise State", "Fresno State": no person's name
            // ends in "State"; a university or its team (a listed state's,
            // "Borno State", is typed a place elsewhere).
            if r.w1 - r.w0 >= 2 && last.is_some_and(|w| w.text == "State") {
                let name: Vec<&str> = words[r.w0..r.w1].iter().map(|w| w.text.as_str()).collect();
                if self.gazetteer.state_named(&name).is_none() {
                    r.kind = EntityKind::Org;
                    continue;
                }
            }
            // "General Motors Corp", "General Electric Co", "General Felt
            // Industries", "Wagner Group": a name ending in a company word
            // is a company's, not a person's (nor "General" a title).
            if r.w1 - r.w0 >= 2
                && last.is_some_and(|w| is_company_word(&w.lower) || w.text == "Co" || w.text == "Group")
            {
                r.kind = EntityKind::Org;
                continue;
            }
            match last.and_then(|w| is_facility_head(&w.lower)) {
                Some(EntityKind::Org) => {
                    r.kind = EntityKind::Org;
                    continue;
                }
                // Streets and bridges are also surnames ("Emma Street",
                // "Frankie Bridge"): a place in a longer name, after a
                // title or after no first name ("Wall Street").
                Some(EntityKind::Loc)
                    if !matches!(
                        last.map(|w| w.lower.as_str()),
                        Some("road" | "street" | "avenue" | "bridge" | "square")
                    ) || r.w1 - r.w0 >= 3
                        || words.get(r.w0).is_some_and(|w| {
                            self.is_role_word(&w.lower)
                                || !self
                                    .gazetteer
                                    .lookup(&[w.text.as_str()])
                                    .iter()
                                    .any(|e| e.kind == GazKind::FirstName)
                        }) =>
                {
                    r.kind = EntityKind::Loc;
                    continue;
                }
                _ => {}
            }
            while r.w1 - r.w0 > 1
                && words.get(r.w0).is_some_and(|w| {
                    self.is_role_word(&w.lower)
                        && !self.gazetteer.lookup(&[w.text.as_str()]).iter().any(|e| e.kind == GazKind::FirstName)
                })
            {
                r.w0 += 1;
                r.span = span_of(r.w0, r.w1);
            }
        }
        // "General Felt Industries" tagged "Felt Industries" after the
        // title "General": a rank before a company's name is the name's
        // first word ("General Motors", "General Electric Co").
        let ends: HashSet<usize> = raws.iter().map(|r| r.w1).collect();
        for r in raws.iter_mut() {
            let company = r.kind == EntityKind::Org
                && r.span == span_of(r.w0, r.w1)
                && words
                    .get(r.w1 - 1)
                    .is_some_and(|w| is_company_word(&w.lower) || w.text == "Co" || w.text == "Group");
            let rank = r.w0.checked_sub(1).filter(|&p| {
                words[p].sent == words[r.w0].sent
                    && !ends.contains(&r.w0)
                    && is_rank(&words[p].lower)
                    && words[p].text.chars().next().is_some_and(char::is_uppercase)
            });
            if let (true, Some(p)) = (company, rank) {
                r.w0 = p;
                r.span = span_of(p, r.w1);
                r.key = None;
            }
        }
        // Particles: "Mohammed bin Salman", "Ursula von der Leyen".
        let mut k = 0;
        while k < raws.len() {
            // A given name the tagger typed otherwise starts a name with
            // particles too ("Ursula" of "Ursula von der Leyen").
            let given = raws[k].w1 == raws[k].w0 + 1
                && raws[k].kind != EntityKind::Gpe
                && words.get(raws[k].w1).is_some_and(|w| matches!(w.text.as_str(), "von" | "van" | "bin" | "ibn"));
            if raws[k].kind == EntityKind::Person || given {
                let mut j = raws[k].w1;
                let sent = words[raws[k].w0].sent;
                while words.get(j).is_some_and(|w| w.sent == sent && is_name_particle(&w.lower)) {
                    j += 1;
                }
                // "Abdel Fattah al-Burhan": a lower-case particle glued by a
                // hyphen to a capitalized name is the name's last word.
                if j == raws[k].w1 && words.get(j).is_some_and(|w| w.sent == sent && is_hyphen_particle_name(&w.text)) {
                    if let Some(n) = raws.iter().position(|x| x.w0 == j && x.w1 == j + 1) {
                        raws.remove(n);
                        if n < k {
                            k -= 1;
                        }
                    }
                    let r = &mut raws[k];
                    r.w1 = j + 1;
                    r.span = span_of(r.w0, j + 1);
                } else if j > raws[k].w1
                    && words
                        .get(j)
                        .is_some_and(|w| w.sent == sent && w.text.chars().next().is_some_and(char::is_uppercase))
                {
                    // Absorb the name after the particle (a separate mention or a bare word).
                    let mut end = j + 1;
                    if let Some(n) = raws.iter().position(|x| x.w0 == j) {
                        end = raws[n].w1;
                        raws.remove(n);
                        if n < k {
                            k -= 1;
                        }
                    }
                    let r = &mut raws[k];
                    r.w1 = end;
                    r.span = span_of(r.w0, end);
                    r.kind = EntityKind::Person;
                }
            }
            k += 1;
        }
        // "International Organization for Migration" tagged as two
        // organizations: joined when the whole phrase is a gazetteer
        // organization, or when the first ends in an organization's head
        // noun and the second, no place, follows after "for" ("Office for
        // Democratic Institutions") or is capitalized words ending the name
        // after "on", "for" or "of" ("Kenya National Commission on Human
        // Rights").
        let mut k = 0;
        while k + 1 < raws.len() {
            let (a, b) = (&raws[k], &raws[k + 1]);
            let gap = b.w0.checked_sub(a.w1).unwrap_or(usize::MAX);
            let same = words.get(a.w0).map(|w| w.sent) == words.get(b.w0).map(|w| w.sent);
            let joined = same
                && a.kind == EntityKind::Org
                && matches!(b.kind, EntityKind::Org | EntityKind::Misc | EntityKind::Gpe)
                && (gap == 1 || gap == 2)
                && words.get(a.w1).is_some_and(|w| matches!(w.lower.as_str(), "for" | "of" | "on"))
                && (gap == 1 || words.get(a.w1 + 1).is_some_and(|w| w.lower == "the"))
                && {
                    let toks: Vec<&str> = words[a.w0..b.w1].iter().map(|w| w.text.as_str()).collect();
                    let gaz = self.gazetteer.lookup(&toks).iter().any(|e| e.kind == GazKind::Org);
                    let head = words.get(a.w1 - 1).is_some_and(|w| is_org_head(&w.lower));
                    // "Commission on Human Rights", "Council for Trade":
                    // capitalized words that end the name (not a place,
                    // "Council of Europe", nor a date, "on Monday").
                    let caps_name = gap == 1
                        && words[b.w0..b.w1].iter().all(|w| {
                            w.text.chars().next().is_some_and(char::is_uppercase)
                                && dateline_core::calendar::weekday_name(&w.lower).is_none()
                                && dateline_core::calendar::month_name(&w.lower).is_none()
                        })
                        && !words.get(b.w1).is_some_and(|w| {
                            w.sent == words[b.w0].sent && w.text.chars().next().is_some_and(char::is_uppercase)
                        });
                    gaz || (head && b.kind != EntityKind::Gpe && (words[a.w1].lower == "for" || caps_name))
                };
            if joined {
                let end = raws[k + 1].w1;
                raws.remove(k + 1);
                let r = &mut raws[k];
                r.w1 = end;
                r.span = span_of(r.w0, end);
                r.kind = EntityKind::Org;
                continue;
            }
            k += 1;
        }
        // "the National Commission for Refugees" with the subject left
        // untagged: the capitalized words after "for", "on" or "of" that end
        // the name are the organization's (not a date, "the Commission on
        // Monday", nor a tagged place, "Bank of Ghana").
        let covered: HashSet<usize> = raws.iter().flat_map(|r| r.w0..r.w1).collect();
        for r in raws.iter_mut() {
            let sent = words[r.w0].sent;
            if r.kind != EntityKind::Org
                || r.span != span_of(r.w0, r.w1)
                || !is_org_head(&words[r.w1 - 1].lower)
                || !words.get(r.w1).is_some_and(|w| w.sent == sent && matches!(w.lower.as_str(), "for" | "on" | "of"))
            {
                continue;
            }
            let name_word = |p: usize| {
                words.get(p).is_some_and(|w| {
                    w.sent == sent
                        && !covered.contains(&p)
                        && w.text.chars().next().is_some_and(char::is_uppercase)
                        && w.text.chars().all(|c| c.is_alphabetic() || c == '-')
                        && dateline_core::calendar::weekday_name(&w.lower).is_none()
                        && dateline_core::calendar::month_name(&w.lower).is_none()
                })
            };
            let mut p = r.w1 + 1;
            while p < r.w1 + 6
                && (name_word(p)
                    || (p > r.w1 + 1 && words.get(p).is_some_and(|w| w.lower == "and") && name_word(p + 1)))
            {
                p += 1;
            }
            let ended = !words.get(p).is_some_and(|w| {
                w.sent == sent && (covered.contains(&p) || w.text.chars().next().is_some_and(char::is_uppercase))
            });
            if p > r.w1 + 1 && ended {
                r.w1 = p;
                r.span = span_of(r.w0, p);
            }
        }
        // "Niger Delta", "Rift Valley": a name and a capitalized geographic
        // head noun after it are one place, however the tagger split or
        // typed them (not a longer name: "Kenya Coast Guard").
        let mut k = 0;
        while k < raws.len() {
            let (w0, w1, kind) = (raws[k].w0, raws[k].w1, raws[k].kind);
            let sent = words[w0].sent;
            let head_at = |j: usize| words.get(j).is_some_and(|w| w.sent == sent && is_geo_head(&w.text));
            let capital_at = |j: usize| {
                words.get(j).is_some_and(|w| w.sent == sent && w.text.chars().next().is_some_and(char::is_uppercase))
            };
            let whole = raws[k].span == span_of(w0, w1);
            if whole && kind != EntityKind::Person && head_at(w1) && !capital_at(w1 + 1) {
                let head = raws.iter().position(|x| x.w0 == w1);
                if head.is_none_or(|n| raws[n].w1 == w1 + 1) {
                    if let Some(n) = head {
                        raws.remove(n);
                        if n < k {
                            k -= 1;
                        }
                    }
                    let r = &mut raws[k];
                    r.w1 = w1 + 1;
                    r.span = span_of(w0, w1 + 1);
                    r.kind = EntityKind::Gpe;
                    r.key = None;
                }
            } else if whole && w1 - w0 >= 2 && head_at(w1 - 1) && kind != EntityKind::Gpe {
                let toks: Vec<&str> = words[w0..w1].iter().map(|w| w.text.as_str()).collect();
                // "Al Qaeda in the Arabian Peninsula", "Movement for the
                // Emancipation of the Niger Delta": an organization named
                // after a place stays one.
                let phrase = words[w0..w1].iter().any(|w| matches!(w.lower.as_str(), "in" | "of" | "for" | "the"));
                let retype = !phrase || matches!(kind, EntityKind::Loc | EntityKind::Misc);
                if retype
                    && !self.gazetteer.lookup(&toks).iter().any(|e| matches!(e.kind, GazKind::Org | GazKind::Person))
                {
                    raws[k].kind = EntityKind::Gpe;
                }
            }
            k += 1;
        }
        // "fined Chinese carmaker BYD 420 million euros": a number the
        // tagger glued to a name is the amount after it, not the name's.
        for r in raws.iter_mut() {
            let sent = words[r.w0].sent;
            let amount = |j: usize| {
                words.get(j).is_some_and(|w| {
                    w.sent == sent
                        && matches!(
                            w.lower.as_str(),
                            "million"
                                | "billion"
                                | "trillion"
                                | "mln"
                                | "bln"
                                | "bn"
                                | "euros"
                                | "dollars"
                                | "pounds"
                                | "yuan"
                                | "yen"
                                | "rupees"
                                | "percent"
                                | "%"
                        )
                })
            };
            let number = |w: &Word| {
                w.text.chars().next().is_some_and(|c| c.is_ascii_digit())
                    && w.text.chars().all(|c| c.is_ascii_digit() || matches!(c, ',' | '.'))
            };
            if r.w1 - r.w0 >= 2 && r.span == span_of(r.w0, r.w1) && number(&words[r.w1 - 1]) && amount(r.w1) {
                r.w1 -= 1;
                r.span = span_of(r.w0, r.w1);
            }
        }
        // Headline words: an all-capital mention in an all-capital sentence
        // with no gazetteer support, one of whose words the article uses in
        // lower case elsewhere ("CEDING TERRITORY").
        // Months and weekdays are never names (a dateline's "Feb").
        raws.retain(|r| {
            r.w1 != r.w0 + 1
                || !words.get(r.w0).is_some_and(|w| {
                    // "May" and "March" are also names and words; "Mar." is not.
                    dateline_core::calendar::month_name(&w.lower)
                        .is_some_and(|m| m.abbreviated || !matches!(m.number, 3 | 5))
                        || dateline_core::calendar::weekday_name(&w.lower).is_some()
                })
        });
        // A wire credit line: "(Reporting by X; Editing by Y)",
        // "Additional reporting by Z": its "Reporting", "Editing",
        // "Writing" are no names.
        raws.retain(|r| {
            !(words.get(r.w1).is_some_and(|w| w.lower == "by")
                && words[r.w0..r.w1].iter().all(|w| {
                    matches!(w.lower.as_str(), "reporting" | "editing" | "writing" | "additional" | "compiled")
                }))
        });
        let lower_words: std::collections::HashSet<&str> = words
            .iter()
            .filter(|w| w.text.chars().next().is_some_and(char::is_lowercase))
            .map(|w| w.lower.as_str())
            .collect();
        raws.retain(|r| {
            let ws = &words[r.w0..r.w1];
            let caps = ws.iter().all(|w| !w.text.chars().any(char::is_lowercase));
            if !caps || ws.iter().all(|w| w.text.chars().count() <= 4) {
                return true;
            }
            let toks: Vec<&str> = ws.iter().map(|w| w.text.as_str()).collect();
            if !self.gazetteer.lookup(&toks).is_empty() {
                return true;
            }
            !ws.iter().any(|w| lower_words.contains(w.lower.as_str()))
        });
    }

    /// "Kenya's Council for Trade and Industry", "the Ministry of Trade
    /// and Industry": capitalized words tagged apart after the "and" of a
    /// body's "of"/"for"/"on" phrase end that body's name, which runs back
    /// over capitalized words to its head ("Council", "Ministry"); no stray
    /// "Industry" is left. Not a listed name after the "and" ("the Ministry
    /// of Trade and Kenya"), nor a place inside the name.
    fn joined_names(&self, words: &[Word], raws: &mut Vec<Raw>) {
        let name_word = |w: &Word| {
            w.text.chars().next().is_some_and(char::is_uppercase)
                && w.text.chars().all(|c| c.is_alphabetic() || c == '-')
        };
        let span_of = |a: usize, b: usize| Span::new(words[a].span.start, words[b - 1].span.end);
        let mut drop: Vec<usize> = Vec::new();
        for b in 0..raws.len() {
            let (w0, w1) = (raws[b].w0, raws[b].w1);
            if w0 < 3
                || w1 - w0 > 3
                || drop.contains(&b)
                || !matches!(raws[b].kind, EntityKind::Org | EntityKind::Misc | EntityKind::Person)
                || words[w0 - 1].lower != "and"
            {
                continue;
            }
            let sent = words[w0].sent;
            let toks: Vec<&str> = words[w0..w1].iter().map(|w| w.text.as_str()).collect();
            if words[w0 - 1].sent != sent
                || !words[w0..w1].iter().all(name_word)
                || !self.gazetteer.lookup(&toks).is_empty()
                || words.get(w1).is_some_and(|w| w.sent == sent && name_word(w))
            {
                continue;
            }
            // Back from the "and" over name words and linking words.
            let and = w0 - 1;
            let mut s0 = and;
            while s0 > 0 {
                let w = &words[s0 - 1];
                if w.sent != sent || !(name_word(w) || matches!(w.lower.as_str(), "of" | "for" | "on")) {
                    break;
                }
                s0 -= 1;
            }
            while s0 < and && matches!(words[s0].lower.as_str(), "of" | "for" | "on" | "the") {
                s0 += 1;
            }
            let inner = &words[s0..and];
            let linked = inner.iter().skip(1).any(|w| matches!(w.lower.as_str(), "of" | "for" | "on"));
            let headed = inner.iter().take_while(|w| !matches!(w.lower.as_str(), "of" | "for" | "on")).any(|w| {
                is_org_head(&w.lower)
                    || matches!(w.lower.as_str(), "ministry" | "department" | "chamber" | "board" | "union" | "society")
            });
            if !linked || !headed || inner.last().is_some_and(|w| matches!(w.lower.as_str(), "of" | "for" | "on")) {
                continue;
            }
            // Raws inside the name: bodies only, wholly inside.
            let inside: Vec<usize> =
                (0..raws.len()).filter(|&k| k != b && raws[k].w0 < and && raws[k].w1 > s0).collect();
            if inside.iter().any(|&k| {
                raws[k].w0 < s0 || raws[k].w1 > and || !matches!(raws[k].kind, EntityKind::Org | EntityKind::Misc)
            }) {
                continue;
            }
            let r = &mut raws[b];
            r.w0 = s0;
            r.span = span_of(s0, w1);
            r.kind = EntityKind::Org;
            r.key = None;
            r.code = None;
            r.country = None;
            drop.extend(inside);
        }
        if !drop.is_empty() {
            let mut k = 0;
            raws.retain(|_| {
                k += 1;
                !drop.contains(&(k - 1))
            });
        }
    }

    /// "Harbour Street", "Northfield University": a street or square is a
    /// place (LOC), never an organization or a city; a university or
    /// college is an organization, never a city (unless the lists know
    /// the name: "Downing Street").
    fn head_kinds(&self, words: &[Word], raws: &mut [Raw]) {
        for r in raws.iter_mut() {
            if r.w1 - r.w0 < 2 || !matches!(r.kind, EntityKind::Org | EntityKind::Gpe) {
                continue;
            }
            let last = &words[r.w1 - 1];
            if !last.text.chars().next().is_some_and(char::is_uppercase) {
                continue;
            }
            let kind = match last.lower.as_str() {
                "street" | "road" | "avenue" | "square" | "boulevard" | "lane" => EntityKind::Loc,
                "university" | "college" if r.kind == EntityKind::Gpe => EntityKind::Org,
                // "San Diego State beat Boise State": a U.S. city's "State"
                // is its university or team, no state (a U.S. state's,
                // "Washington State", is left as it is).
                "state"
                    if r.kind == EntityKind::Gpe
                        && !us_state(&words[r.w0..r.w1 - 1])
                        && self
                            .gazetteer
                            .lookup(&words[r.w0..r.w1 - 1].iter().map(|w| w.text.as_str()).collect::<Vec<_>>())
                            .iter()
                            .any(|e| e.kind == GazKind::City && e.country.as_deref() == Some("USA")) =>
                {
                    EntityKind::Org
                }
                _ => continue,
            };
            let toks: Vec<&str> = words[r.w0..r.w1].iter().map(|w| w.text.as_str()).collect();
            if self.gazetteer.lookup(&toks).is_empty() {
                r.kind = kind;
            }
        }
    }

    fn raw(&self, w0: usize, w1: usize, span: Span, kind: EntityKind) -> Raw {
        Raw {
            w0,
            w1,
            span,
            kind,
            mkind: MentionKind::Name,
            country: None,
            code: None,
            key: None,
            metonym: false,
            roles: Vec::new(),
            sector: None,
            possessor: None,
            placed: false,
        }
    }

    /// Parts of a hyphenated word that are all places or demonyms.
    fn place_parts(&self, w: &Word) -> Option<Vec<(Span, EntityKind)>> {
        if !w.text.contains('-') {
            return None;
        }
        let mut parts = Vec::new();
        let mut off = 0;
        let raw_text = &w.text;
        for piece in raw_text.split('-') {
            let start = w.span.start + off;
            off += piece.len() + 1;
            let e = self.gazetteer.lookup(&[piece]);
            let kind = if e.iter().any(|e| matches!(e.kind, GazKind::Country | GazKind::City)) {
                EntityKind::Gpe
            } else if e.iter().any(|e| e.kind == GazKind::Demonym) {
                EntityKind::Norp
            } else {
                return None;
            };
            parts.push((Span::new(start, start + piece.len()), kind));
        }
        // The normalized text has the same byte length as the original only
        // when no character was mapped; verify the offsets.
        (parts.len() >= 2 && w.text.len() == w.span.len()).then_some(parts)
    }

    fn entries(&self, text: &str, words: &[Word], r: &Raw) -> Vec<GazEntry> {
        let ws = words.get(r.w0..r.w1).unwrap_or(&[]);
        let whole = ws.first().is_some_and(|w| w.span.start == r.span.start)
            && ws.last().is_some_and(|w| w.span.end == r.span.end);
        let owned: Vec<String> = if whole {
            ws.iter().map(|w| w.text.clone()).collect()
        } else {
            r.span
                .get(text)
                .map(|t| t.split_whitespace().map(crate::features::normalize_word).collect())
                .unwrap_or_default()
        };
        let toks: Vec<&str> = owned.iter().map(String::as_str).collect();
        if toks.is_empty() {
            return Vec::new();
        }
        let mut v: Vec<GazEntry> = self.gazetteer.lookup(&toks).into_iter().cloned().collect();
        // "Lagos State", "Borno State": the state of a listed state or city,
        // a place of its country.
        if v.is_empty() && self.gazetteer.state_named(&toks).is_some() {
            v = self
                .gazetteer
                .lookup(&toks[..toks.len() - 1])
                .into_iter()
                .filter(|e| e.kind == GazKind::City)
                .cloned()
                .map(|mut e| {
                    e.capital = false;
                    e
                })
                .collect();
        }
        // "the Kremlin" → "Kremlin"; "Russians" → "Russian".
        if v.is_empty() && toks.len() > 1 && toks[0].eq_ignore_ascii_case("the") {
            v = self.gazetteer.lookup(&toks[1..]).into_iter().cloned().collect();
        }
        v
    }

    /// Adds gazetteer names the tagger did not find.
    fn add_gazetteer_mentions(&self, words: &[Word], raws: &mut Vec<Raw>) {
        let mut covered = vec![false; words.len()];
        for r in raws.iter() {
            for c in covered.iter_mut().take(r.w1).skip(r.w0) {
                *c = true;
            }
        }
        let max = self.gazetteer.max_len().min(6);
        let mut i = 0;
        while i < words.len() {
            if covered[i]
                || !words[i].text.chars().next().is_some_and(char::is_uppercase)
                || !self.gazetteer.starts_phrase(&words[i].lower)
            {
                i += 1;
                continue;
            }
            let mut found = None;
            for len in (1..=max).rev() {
                let j = i + len;
                if j > words.len()
                    || covered[i..j].iter().any(|&c| c)
                    || words[i..j].iter().any(|w| w.sent != words[i].sent)
                {
                    continue;
                }
                let toks: Vec<&str> = words[i..j].iter().map(|w| w.text.as_str()).collect();
                let e = self.gazetteer.lookup(&toks);
                let kind = if e.iter().any(|e| e.kind == GazKind::Country) {
                    Some(EntityKind::Gpe)
                } else if e.iter().any(|e| e.kind == GazKind::Demonym) {
                    Some(EntityKind::Norp)
                } else if e.iter().any(|e| matches!(e.kind, GazKind::Org | GazKind::Metonym)) {
                    Some(EntityKind::Org)
                } else if len > 1 && e.iter().any(|e| e.kind == GazKind::Person) {
                    Some(EntityKind::Person)
                } else if len > 1 && e.iter().any(|e| e.kind == GazKind::Region) {
                    Some(EntityKind::Loc)
                } else {
                    None
                };
                if let Some(k) = kind {
                    // Every word of a multi-word name is capitalized or a particle.
                    let ok = words[i..j].iter().all(|w| {
                        w.text.chars().next().is_some_and(|c| c.is_uppercase())
                            || matches!(w.lower.as_str(), "of" | "the" | "and" | "bin" | "al" | "de" | "von" | "der")
                    });
                    if ok {
                        found = Some((j, k));
                        break;
                    }
                }
            }
            match found {
                Some((j, k)) => {
                    let span = Span::new(words[i].span.start, words[j - 1].span.end);
                    raws.push(self.raw(i, j, span, k));
                    i = j;
                }
                None => i += 1,
            }
        }
    }

    /// Types a mention with the gazetteers and sets its country and code.
    fn type_mention(&self, text: &str, words: &[Word], r: &mut Raw) {
        let e = self.entries(text, words, r);
        let has = |k: GazKind| e.iter().find(|x| x.kind == k);
        let text_words: Vec<&Word> = words.get(r.w0..r.w1).map(|w| w.iter().collect()).unwrap_or_default();
        let last_lower = text_words.last().map(|w| w.lower.as_str()).unwrap_or("");
        match r.kind {
            EntityKind::Person => {
                if let Some(p) = has(GazKind::Person) {
                    r.key = Some(format!("per:{}", p.canonical.to_lowercase()));
                }
                // A person-tagged country or capital is a tagging slip.
                if let Some(c) =
                    has(GazKind::Country).or_else(|| e.iter().find(|x| x.kind == GazKind::City && x.capital))
                {
                    r.kind = EntityKind::Gpe;
                    r.country = c.country.clone();
                    if c.kind == GazKind::Country {
                        r.code = c.country.clone();
                        r.key = c.country.as_ref().map(|a| format!("gpe:{a}"));
                    } else {
                        r.key = None;
                    }
                }
            }
            EntityKind::Gpe | EntityKind::Loc => {
                if let Some(c) = has(GazKind::Country) {
                    r.kind = EntityKind::Gpe;
                    r.country = c.country.clone();
                    r.code = c.country.clone();
                    r.key = c.country.as_ref().map(|a| format!("gpe:{a}"));
                } else if let Some(c) = has(GazKind::City) {
                    r.kind = EntityKind::Gpe;
                    r.country = c.country.clone();
                } else if let Some(m) = has(GazKind::Metonym) {
                    r.kind = EntityKind::Org;
                    r.country = m.country.clone();
                    r.code = m.code.clone();
                    r.key = Some(format!("org:{}", m.canonical.to_lowercase()));
                } else if let Some(o) = has(GazKind::Org) {
                    r.kind = EntityKind::Org;
                    r.country = o.country.clone();
                    r.code = o.code.clone();
                    r.key = Some(format!("org:{}", o.canonical.to_lowercase()));
                } else if let Some(g) = has(GazKind::Region) {
                    r.kind = EntityKind::Loc;
                    r.country = g.country.clone();
                } else if let Some(d) = has(GazKind::Demonym) {
                    r.kind = EntityKind::Norp;
                    r.country = d.country.clone();
                } else if matches!(
                    last_lower,
                    "river"
                        | "delta"
                        | "highlands"
                        | "lowlands"
                        | "sea"
                        | "ocean"
                        | "lake"
                        | "mountains"
                        | "mountain"
                        | "mount"
                        | "valley"
                        | "desert"
                        | "gulf"
                        | "strait"
                        | "bay"
                        | "peninsula"
                        | "island"
                        | "islands"
                        | "coast"
                        | "basin"
                        | "canal"
                        | "region"
                        | "plateau"
                        | "hills"
                        | "shoal"
                        | "reef"
                        | "atoll"
                ) || text_words.first().is_some_and(|w| matches!(w.lower.as_str(), "mount" | "lake" | "mt."))
                    // "the Guaiba river": an unlisted name before a
                    // lower-case geographic noun is that feature's.
                    || words.get(r.w1).is_some_and(|w| {
                        Some(w.sent) == text_words.first().map(|f| f.sent)
                            && matches!(
                                w.text.as_str(),
                                "river" | "lake" | "sea" | "strait" | "reef" | "shoal" | "bay" | "gulf" | "desert"
                            )
                    })
                {
                    r.kind = EntityKind::Loc;
                } else {
                    r.kind = EntityKind::Gpe;
                    r.country = self.country_inside(&text_words);
                }
            }
            EntityKind::Org => {
                if let Some(m) = has(GazKind::Metonym) {
                    r.country = m.country.clone();
                    r.code = m.code.clone();
                    r.key = Some(format!("org:{}", m.canonical.to_lowercase()));
                } else if let Some(o) = has(GazKind::Org) {
                    r.country = o.country.clone();
                    r.code = o.code.clone();
                    r.key = Some(format!("org:{}", o.canonical.to_lowercase()));
                } else if let Some(d) = has(GazKind::Demonym) {
                    r.kind = EntityKind::Norp;
                    r.country = d.country.clone();
                } else if let Some(c) = has(GazKind::Country) {
                    // Sports teams and governments named by their country.
                    r.country = c.country.clone();
                } else if let Some(o) = self.org_prefix(&text_words) {
                    // "African Union Commission": a body of a known organization.
                    r.country = o.country.clone();
                    r.code = o.code.clone();
                }
            }
            EntityKind::Misc | EntityKind::Norp => {
                let demonym = has(GazKind::Demonym);
                if let Some(d) = demonym {
                    r.kind = EntityKind::Norp;
                    r.country = d.country.clone();
                    r.key = d.country.as_ref().map(|a| format!("norp:{a}"));
                } else if r.w1 == r.w0 + 1 && text_words.first().is_some_and(|w| self.demonym_plural(&w.text).is_some())
                {
                    let c = text_words.first().and_then(|w| self.demonym_plural(&w.text));
                    r.kind = EntityKind::Norp;
                    r.key = c.as_ref().map(|a| format!("norp:{a}"));
                    r.country = c;
                } else if is_group_word(last_lower) {
                    r.kind = EntityKind::Norp;
                } else if let Some(c) = has(GazKind::Country) {
                    r.kind = EntityKind::Gpe;
                    r.country = c.country.clone();
                    r.code = c.country.clone();
                    r.key = c.country.as_ref().map(|a| format!("gpe:{a}"));
                } else if let Some(o) = has(GazKind::Org) {
                    r.kind = EntityKind::Org;
                    r.country = o.country.clone();
                    r.code = o.code.clone();
                    r.key = Some(format!("org:{}", o.canonical.to_lowercase()));
                } else {
                    r.kind = EntityKind::Misc;
                }
            }
        }
    }

    /// "Port Sudan", "Kuwait City": the country a place's name contains
    /// (not after "New": New Mexico is no part of Mexico). Places named
    /// after another country ("Benin City" is in Nigeria) are listed.
    fn country_inside(&self, ws: &[&Word]) -> Option<String> {
        let n = ws.len();
        if n < 2 || ws.first().is_some_and(|w| w.lower == "new") {
            return None;
        }
        let name: Vec<&str> = ws.iter().map(|w| w.text.as_str()).collect();
        if let Some((_, c)) = NAMED_AFTER_ANOTHER.iter().find(|(p, _)| *p == name.join(" ")) {
            return Some(c.to_string());
        }
        for len in (1..n).rev() {
            for s in 0..=(n - len) {
                let toks: Vec<&str> = ws[s..s + len].iter().map(|w| w.text.as_str()).collect();
                if let Some(c) = self.gazetteer.lookup(&toks).iter().find(|e| e.kind == GazKind::Country) {
                    return c.country.clone();
                }
            }
        }
        None
    }

    /// "African Union Commission", "UN Security Council Secretariat": the
    /// international organization an organization's name starts with,
    /// when the rest is its organ ("Commission", "Council").
    fn org_prefix(&self, ws: &[&Word]) -> Option<GazEntry> {
        let n = ws.len();
        for len in (1..n).rev() {
            let rest = &ws[len..];
            if !rest.iter().all(|w| {
                matches!(
                    w.lower.as_str(),
                    "commission" | "council" | "secretariat" | "assembly" | "parliament" | "summit" | "mission"
                ) && w.text.chars().next().is_some_and(char::is_uppercase)
            }) {
                continue;
            }
            let toks: Vec<&str> = ws[..len].iter().map(|w| w.text.as_str()).collect();
            if let Some(e) = self.gazetteer.lookup(&toks).into_iter().find(|e| {
                e.kind == GazKind::Org
                    && e.code.as_deref().is_some_and(|c| c.starts_with("IGO") || c.starts_with("NGO"))
            }) {
                return Some(e.clone());
            }
        }
        None
    }

    fn demonym_plural(&self, w: &str) -> Option<String> {
        let stem = w.strip_suffix('s')?;
        self.gazetteer.lookup(&[stem]).into_iter().find(|x| x.kind == GazKind::Demonym).and_then(|x| x.country.clone())
    }

    /// Types from the words around a mention: "the city of El Obeid" is a
    /// place whatever the tagger said, and so is a one-word "person" one
    /// goes toward, near or outside ("fled toward Kosti"); a messaging service
    /// ("a statement on Telegram") is an organization, not a place.
    fn context_types(&self, words: &[Word], raws: &mut [Raw]) {
        let mut places: Vec<String> = Vec::new();
        // Words typed a person other than alone after "toward/near/outside":
        // surnames of full names ("Benjamin Netanyahu") and lone names.
        let mut person_elsewhere: HashSet<String> = HashSet::new();
        for r in raws.iter().filter(|r| r.kind == EntityKind::Person) {
            let prev = r.w0.checked_sub(1).map(|j| words[j].lower.as_str()).unwrap_or("");
            if r.w1 > r.w0 + 1 || !matches!(prev, "toward" | "towards" | "near" | "outside") {
                person_elsewhere.extend(words[r.w0..r.w1].iter().map(|w| w.text.clone()));
            }
        }
        for r in raws.iter_mut() {
            let same = |j: usize| words.get(j).filter(|w| words.get(r.w0).is_some_and(|x| x.sent == w.sent));
            let prev = r.w0.checked_sub(1).and_then(same).map(|w| w.lower.as_str()).unwrap_or("");
            let prev2 = r.w0.checked_sub(2).and_then(same).map(|w| w.lower.as_str()).unwrap_or("");
            let text: Vec<&str> = words[r.w0..r.w1].iter().map(|w| w.text.as_str()).collect();
            // "Truth Social" is two words; "X" and "Threads" only "on X".
            let name = text.join(" ");
            let platform = (PLATFORMS.contains(&name.as_str()) && (name != "Threads" || prev == "on")
                || (name == "X" && prev == "on"))
                && r.kind != EntityKind::Person;
            if platform {
                r.kind = EntityKind::Org;
                r.country = None;
                r.code = None;
                r.key = Some(format!("org:{}", name.to_lowercase()));
                continue;
            }
            let next = words.get(r.w1).filter(|w| w.sent == words[r.w0].sent).map(|w| w.lower.as_str());
            // Not "the state of Biden's health", "the capital of a bank".
            let place_noun = prev == "of" && is_place_noun(prev2) && next != Some("'s");
            // Not a possessor ("outside Netanyahu's residence"), a known
            // surname ("near Putin") or a name typed a person elsewhere.
            let toward = r.kind == EntityKind::Person
                && r.w1 == r.w0 + 1
                && matches!(prev, "toward" | "towards" | "near" | "outside")
                && next != Some("'s")
                && self.gazetteer.person_by_surname(text[0]).is_none()
                && !person_elsewhere.contains(text[0])
                && !self.gazetteer.lookup(&text).iter().any(|e| matches!(e.kind, GazKind::FirstName | GazKind::Person));
            if matches!(r.kind, EntityKind::Gpe | EntityKind::Loc)
                && r.w1 == r.w0 + 1
                && self.gazetteer.person_by_surname(text[0]).is_some()
                && !self
                    .gazetteer
                    .lookup(&text)
                    .iter()
                    .any(|e| matches!(e.kind, GazKind::Country | GazKind::City | GazKind::Region))
            {
                // "sat near Putin" tagged as a place: a well-known surname.
                r.kind = EntityKind::Person;
                r.country = None;
                r.code = None;
                r.key = None;
                continue;
            }
            if matches!(r.kind, EntityKind::Gpe | EntityKind::Loc | EntityKind::Misc)
                && !self.gazetteer.lookup(&text).iter().any(|e| matches!(e.kind, GazKind::Country | GazKind::City))
            {
                // "the High Court" tagged as a place, "the Anti-Corruption
                // Commission" as a name of another kind: an institution.
                let ws: Vec<&Word> = words[r.w0..r.w1].iter().collect();
                let (inner, rest) = self.strip_country(&ws);
                let rest: Vec<&str> = rest.iter().map(|w| w.lower.as_str()).collect();
                // Not a place's "X Department" ("Cauca Department").
                let place = rest.len() >= 2
                    && self
                        .gazetteer
                        .lookup(&text[..text.len() - 1])
                        .iter()
                        .any(|e| matches!(e.kind, GazKind::Country | GazKind::City | GazKind::Region));
                // "the Prudential Regulation Authority" typed a MISC: a name
                // of three words or more ending in a body's head noun.
                let body = r.kind == EntityKind::Misc
                    && r.w1 - r.w0 >= 3
                    && rest.last().is_some_and(|l| {
                        matches!(*l, "authority" | "agency" | "commission" | "ministry" | "bureau" | "regulator")
                    });
                if !place && (body || institution_sector(&rest, inner.is_some()).is_some()) {
                    r.kind = EntityKind::Org;
                    r.country = None;
                    r.code = None;
                    r.key = None;
                    continue;
                }
            }
            // "the Constitutional Court in Karlsruhe": an institution's seat.
            let seat = matches!(r.kind, EntityKind::Org | EntityKind::Person)
                && r.w1 == r.w0 + 1
                && r.code.is_none()
                && prev == "in"
                && matches!(
                    prev2,
                    "court" | "parliament" | "assembly" | "senate" | "congress" | "ministry" | "bank" | "commission"
                )
                && self.gazetteer.lookup(&text).is_empty();
            // "Hlybivka, a village in northern Ukraine": a place, not the
            // organization or person the tagger took it for.
            // "El Fasher, the capital of North Darfur": so is one set off as
            // a capital ("X, the regional capital,", "X, capital of Y").
            let capital_at = |j: usize| same(j).is_some_and(|w| w.lower == "capital");
            let appos_head = (matches!(r.kind, EntityKind::Org | EntityKind::Person | EntityKind::Misc)
                && r.code.is_none()
                && next == Some(","))
            .then(|| {
                // Only adjectives before the place noun: not "a lender
                // in the city of Lagos", "a resident of the district".
                let article = same(r.w1 + 1).map(|w| w.lower.as_str());
                let mut j = match article {
                    Some("a" | "an" | "the") => r.w1 + 2,
                    _ if capital_at(r.w1 + 1) => r.w1 + 1,
                    _ => usize::MAX - 1,
                };
                // After "the", a place noun only before "of" ("X, the
                // main town of the region").
                let head = |j: usize| {
                    (same(j).is_some_and(|w| is_place_noun(&w.lower))
                        && (article != Some("the") || same(j + 1).is_some_and(|w| w.lower == "of")))
                        || capital_at(j)
                };
                while j < r.w1 + 5 && !head(j) && same(j).is_some_and(is_adjective_like) {
                    j += 1;
                }
                (head(j) && same(j + 1).is_some_and(|w| matches!(w.lower.as_str(), "in" | "of" | "near" | "," | ".")))
                    .then_some(j)
            })
            .flatten();
            // No person is a capital: one typed a person is a place then
            // (unless listed); after another place noun only a lone word
            // no person's name ("Hlybivka, a village in ...").
            let appos_place = appos_head.is_some_and(|j| {
                r.kind != EntityKind::Person
                    || (capital_at(j) && !self.gazetteer.lookup(&text).iter().any(|e| e.kind == GazKind::Person))
                    || (r.w1 == r.w0 + 1
                        && !person_elsewhere.contains(text[0])
                        && self.gazetteer.person_by_surname(text[0]).is_none()
                        && !self
                            .gazetteer
                            .lookup(&text)
                            .iter()
                            .any(|e| matches!(e.kind, GazKind::FirstName | GazKind::Person)))
            });
            if (place_noun && matches!(r.kind, EntityKind::Org | EntityKind::Person | EntityKind::Misc))
                || toward
                || seat
                || appos_place
            {
                r.kind = EntityKind::Gpe;
                r.code = None;
                r.key = None;
                let ws: Vec<&Word> = words[r.w0..r.w1].iter().collect();
                r.country = self
                    .gazetteer
                    .lookup(&text)
                    .iter()
                    .find(|e| e.kind == GazKind::City)
                    .and_then(|e| e.country.clone())
                    .or_else(|| self.country_inside(&ws));
                places.push(text.join(" "));
            }
        }
        self.company_contexts(words, raws);
        self.company_short_names(words, raws);
        self.named_bodies(words, raws);
        // The other mentions of a place found so ("fled El Obeid").
        if places.is_empty() {
            return;
        }
        for r in raws.iter_mut() {
            let text: Vec<&str> = words[r.w0..r.w1].iter().map(|w| w.text.as_str()).collect();
            if matches!(r.kind, EntityKind::Org | EntityKind::Person | EntityKind::Misc)
                && r.code.is_none()
                && places.contains(&text.join(" "))
            {
                r.kind = EntityKind::Gpe;
                r.key = None;
            }
        }
    }

    /// A name the tagger typed a person, place or miscellany that its
    /// context shows to be a company: "Kroger, based in Cincinnati,"
    /// ("headquartered in" too), "the merger of Kroger and Albertsons"
    /// (the object of a merger, takeover, acquisition, shares or stake, and
    /// the name coordinated with it). Not a listed country, city, person or
    /// first name. The article's other mentions of the same words (no
    /// code yet) become the same company.
    fn company_contexts(&self, words: &[Word], raws: &mut [Raw]) {
        let text_of = |r: &Raw| words[r.w0..r.w1].iter().map(|w| w.text.as_str()).collect::<Vec<_>>();
        let open = |r: &Raw| {
            matches!(r.kind, EntityKind::Person | EntityKind::Gpe | EntityKind::Loc | EntityKind::Misc)
                && r.code.is_none()
                && !self.gazetteer.lookup(&text_of(r)).iter().any(|e| {
                    matches!(
                        e.kind,
                        GazKind::Country | GazKind::City | GazKind::Region | GazKind::Person | GazKind::FirstName
                    )
                })
                && !self.gazetteer.lookup(&[words[r.w0].text.as_str()]).iter().any(|e| e.kind == GazKind::FirstName)
                && (r.w1 - r.w0 > 1 || self.gazetteer.person_by_surname(&words[r.w0].text).is_none())
        };
        let lower = |j: usize, sent: usize| words.get(j).filter(|w| w.sent == sent).map(|w| w.lower.as_str());
        let mut companies: Vec<String> = Vec::new();
        for (k, r) in raws.iter().enumerate() {
            let sent = words[r.w0].sent;
            let prev = r.w0.checked_sub(1).and_then(|j| lower(j, sent));
            let prev2 = r.w0.checked_sub(2).and_then(|j| lower(j, sent));
            let based = lower(r.w1, sent) == Some(",")
                && matches!(lower(r.w1 + 1, sent), Some("based" | "headquartered"))
                && lower(r.w1 + 2, sent) == Some("in");
            let object = prev == Some("of")
                && matches!(
                    prev2,
                    Some("merger" | "takeover" | "acquisition" | "buyout" | "shares" | "stake" | "subsidiary")
                );
            // "the consultancy Nordic Freight", "Swedish insurer Coastal
            // Mutual": a name right after a lower-case noun describing a
            // business.
            let described = r.w0 > 0
                && words[r.w0 - 1].text.chars().next().is_some_and(char::is_lowercase)
                && prev.is_some_and(is_business_noun);
            if (based || object || described) && open(r) {
                companies.push(text_of(r).join(" "));
                // "the merger of Kroger and Albertsons": the partner too.
                if object && lower(r.w1, sent) == Some("and") {
                    if let Some(n) = raws.get(k + 1).filter(|n| n.w0 == r.w1 + 1 && open(n)) {
                        companies.push(text_of(n).join(" "));
                    }
                }
            }
        }
        if companies.is_empty() {
            return;
        }
        for r in raws.iter_mut() {
            if matches!(r.kind, EntityKind::Person | EntityKind::Gpe | EntityKind::Loc | EntityKind::Misc)
                && r.code.is_none()
                && companies.contains(&text_of(r).join(" "))
            {
                r.kind = EntityKind::Org;
                r.country = None;
                r.key = None;
                r.roles.clear();
            }
        }
    }

    /// "Volkswagen AG <VOWG.F> said": a stock ticker in brackets (capitals
    /// and digits, a dot, an exchange's one to three capitals) is the
    /// company named before it, never a place (the tagger read "VOWG.F"
    /// and "HKLD.HKG" as places of the article's country).
    fn tickers(&self, words: &[Word], raws: &mut Vec<Raw>) {
        let ticker = |t: &str| {
            t.split_once('.').is_some_and(|(a, b)| {
                (1..=6).contains(&a.len())
                    && (1..=3).contains(&b.len())
                    && a.chars().all(|c| c.is_ascii_uppercase() || c.is_ascii_digit())
                    && a.chars().next().is_some_and(|c| c.is_ascii_uppercase())
                    && b.chars().all(|c| c.is_ascii_uppercase())
            })
        };
        let lower = |j: usize| words.get(j).map_or("", |w| w.text.as_str());
        // One the tagger left out after a company is its mention too.
        let covered: HashSet<usize> = raws.iter().flat_map(|r| r.w0..r.w1).collect();
        let mut extra = Vec::new();
        for o in raws.iter().filter(|o| o.kind == EntityKind::Org) {
            let t = o.w1 + 1;
            if lower(o.w1) == "<" || lower(o.w1) == "(" {
                if let Some(w) = words.get(t).filter(|w| ticker(&w.text) && !covered.contains(&t)) {
                    extra.push(self.raw(t, t + 1, w.span, EntityKind::Org));
                }
            }
        }
        raws.extend(extra);
        raws.sort_by_key(|r| (r.w0, r.w1));
        for k in 0..raws.len() {
            let r = &raws[k];
            let bracketed = r.w0 > 0 && matches!((lower(r.w0 - 1), lower(r.w1)), ("(", ")") | ("<", ">") | ("[", "]"));
            if r.w1 != r.w0 + 1 || !bracketed || !ticker(&words[r.w0].text) {
                continue;
            }
            // The company right before the bracket.
            let before =
                (r.w0 >= 2).then(|| raws.iter().position(|o| o.w1 == r.w0 - 1 && o.kind == EntityKind::Org)).flatten();
            let key = before.map(|b| {
                let o = &raws[b];
                o.key.clone().unwrap_or_else(|| {
                    let nw: Vec<String> = words[o.w0..o.w1]
                        .iter()
                        .filter(|w| w.lower != "'s" && w.lower != "the")
                        .map(|w| fold(&w.lower))
                        .collect();
                    format!("{}:{}", EntityKind::Org.as_str(), nw.join(" "))
                })
            });
            let r = &mut raws[k];
            r.kind = EntityKind::Org;
            r.country = None;
            r.code = None;
            r.metonym = false;
            r.roles.clear();
            r.key = key;
        }
    }

    /// "Eastern North Dakota", "Western Kansas": a direction before a
    /// listed state or country is a part of it, a place of its country
    /// (the tagger typed some organizations); "Reagan Administration": an
    /// administration named after a listed head of government is his
    /// country's government (USAGOV).
    fn named_bodies(&self, words: &[Word], raws: &mut [Raw]) {
        for r in raws.iter_mut() {
            if r.w1 - r.w0 < 2
                || r.code.is_some()
                || !matches!(r.kind, EntityKind::Org | EntityKind::Gpe | EntityKind::Misc | EntityKind::Person)
            {
                continue;
            }
            let first = &words[r.w0];
            let rest = &words[r.w0 + 1..r.w1];
            let toks: Vec<&str> = rest.iter().map(|w| w.text.as_str()).collect();
            if is_direction(&first.lower) && first.text.chars().next().is_some_and(char::is_uppercase) {
                let country = if us_state(rest) {
                    Some("USA".to_string())
                } else if let Some(c) = self.gazetteer.state_country(&toks) {
                    Some(c.to_string())
                } else {
                    self.gazetteer
                        .lookup(&toks)
                        .iter()
                        .find(|e| e.kind == GazKind::Country)
                        .and_then(|e| e.country.clone())
                };
                if let Some(c) = country {
                    r.kind = EntityKind::Gpe;
                    r.country = Some(c);
                    r.key = None;
                    r.roles.clear();
                }
                continue;
            }
            if matches!(r.kind, EntityKind::Org | EntityKind::Person)
                && r.w1 - r.w0 == 2
                && rest[0].text == "Administration"
            {
                r.kind = EntityKind::Org;
                r.roles.clear();
                if let Some((Some(country), Some("GOV"))) = self.gazetteer.person_by_surname(&first.text) {
                    r.country = Some(country.to_string());
                    r.code = Some(format!("{country}GOV"));
                }
            }
        }
    }

    /// "Chrysler Corp said ... Chrysler will": a company named with its
    /// legal suffix (Corp, Inc, Co, Ltd, Plc, AG, SA, NV, GmbH, Group,
    /// Holdings; several stripped, "Encor Energy Corp Ltd") and its short
    /// name elsewhere in the article (the name without the suffix, or
    /// its first word when no other company of the article opens with
    /// it) are one company, whatever the tagger typed the short name (it
    /// read "Chrysler" as a person, "Pennzoil" as a place). Not a short
    /// name the lists know as a place, a people or a given name
    /// ("American Express Co" leaves "American" alone), nor one word that
    /// a person named in full ends with ("Ford Motor Co" and "Gerald
    /// Ford"), nor a word inside a longer name.
    fn company_short_names(&self, words: &[Word], raws: &mut [Raw]) {
        let suffix = |w: &Word| {
            matches!(
                w.lower.trim_end_matches('.'),
                "corp" | "corporation" | "inc" | "co" | "ltd" | "plc" | "ag" | "sa" | "nv" | "gmbh" | "llc" | "pty"
            ) || matches!(w.text.as_str(), "Group" | "Holdings" | "Bank")
        };
        let key_of = |ws: &[Word]| ws.iter().map(|w| fold(&w.lower)).collect::<Vec<_>>().join(" ");
        // Base names (the words before the suffixes) of the companies.
        let mut bases: Vec<(usize, usize)> = Vec::new();
        for r in raws.iter() {
            if r.kind != EntityKind::Org || r.w1 - r.w0 < 2 || !suffix(&words[r.w1 - 1]) {
                continue;
            }
            let mut end = r.w1;
            while end > r.w0 && (suffix(&words[end - 1]) || matches!(words[end - 1].text.as_str(), "and" | "&" | ",")) {
                end -= 1;
            }
            let base = &words[r.w0..end];
            if base.is_empty() || !base.iter().all(|w| w.text.chars().next().is_some_and(|c| c.is_uppercase())) {
                continue;
            }
            bases.push((r.w0, end));
        }
        if bases.is_empty() {
            return;
        }
        let listed = |ws: &[Word]| {
            let toks: Vec<&str> = ws.iter().map(|w| w.text.as_str()).collect();
            self.gazetteer.lookup(&toks).iter().any(|e| {
                matches!(
                    e.kind,
                    GazKind::Country
                        | GazKind::City
                        | GazKind::Demonym
                        | GazKind::Region
                        | GazKind::FirstName
                        | GazKind::Person
                )
            }) || self.gazetteer.state_country(&toks).is_some()
                || us_state(ws)
        };
        // The company's key: a listed one keeps its own.
        let own: HashMap<String, String> = raws
            .iter()
            .filter_map(|r| {
                let &(a, b) = bases.iter().find(|&&(a, b)| a == r.w0 && r.w1 > b && r.kind == EntityKind::Org)?;
                Some((key_of(&words[a..b]), r.key.clone()?))
            })
            .collect();
        // Short form -> the company's key.
        let mut short: HashMap<String, Option<String>> = HashMap::new();
        for &(a, b) in &bases {
            let base = key_of(&words[a..b]);
            let key = own.get(&base).cloned().unwrap_or_else(|| format!("org:company:{base}"));
            if !listed(&words[a..b]) {
                short.entry(base).or_insert_with(|| Some(key.clone()));
            }
            let mut firsts = Vec::new();
            if b - a >= 2 && !listed(&words[a..a + 1]) && words[a].text.chars().count() >= 3 {
                firsts.push(key_of(&words[a..a + 1]));
            }
            // "Amazon.com Inc" is "Amazon" (a river's name only to the lists).
            if let Some(bare) = words[a].text.strip_suffix(".com").filter(|t| t.chars().count() >= 3) {
                let place = self.gazetteer.lookup(&[bare]).iter().any(|e| {
                    matches!(e.kind, GazKind::Country | GazKind::City | GazKind::Demonym | GazKind::FirstName)
                });
                if !place {
                    firsts.push(fold(&bare.to_lowercase()));
                }
            }
            for first in firsts {
                match short.get(&first) {
                    Some(Some(k)) if *k != key => {
                        short.insert(first, None);
                    }
                    Some(_) => {}
                    None => {
                        short.insert(first, Some(key.clone()));
                    }
                }
            }
        }
        // One word a person named in full ends with is that person's.
        let surnames: HashSet<String> = raws
            .iter()
            .filter(|r| r.kind == EntityKind::Person && r.w1 - r.w0 >= 2)
            .map(|r| fold(&words[r.w1 - 1].lower))
            .collect();
        for r in raws.iter_mut() {
            let full = bases.iter().find(|&&(a, _)| a == r.w0).filter(|_| r.kind == EntityKind::Org);
            let key = match full {
                Some(&(a, b)) if r.w1 > b => short.get(&key_of(&words[a..b])).cloned().flatten(),
                _ => {
                    if !matches!(r.kind, EntityKind::Person | EntityKind::Org | EntityKind::Gpe | EntityKind::Misc)
                        || r.code.is_some()
                        || r.metonym
                        || (r.w1 == r.w0 + 1 && surnames.contains(&fold(&words[r.w0].lower)))
                    {
                        continue;
                    }
                    let mut end = r.w1;
                    if words[end - 1].lower == "'s" {
                        end -= 1;
                    }
                    if end == r.w0 {
                        continue;
                    }
                    short.get(&key_of(&words[r.w0..end])).cloned().flatten()
                }
            };
            let Some(key) = key else { continue };
            r.kind = EntityKind::Org;
            r.country = None;
            r.roles.clear();
            r.key = Some(key);
        }
    }

    /// "Workers at the Hyundai plant in Ulsan ... Toyota and Hyundai": a
    /// name the tagger read as a place before a facility noun ("plant",
    /// "factory", "refinery", "mine", "headquarters", "store") that the
    /// article names as an organization elsewhere, and that no gazetteer
    /// lists as a place, is that organization.
    fn company_facilities(&self, words: &[Word], raws: &mut [Raw]) {
        let text_of = |r: &Raw| words[r.w0..r.w1].iter().map(|w| w.text.as_str()).collect::<Vec<_>>().join(" ");
        let orgs: HashSet<String> = raws.iter().filter(|r| r.kind == EntityKind::Org).map(text_of).collect();
        if orgs.is_empty() {
            return;
        }
        let mut updates = Vec::new();
        for (k, r) in raws.iter().enumerate() {
            if !matches!(r.kind, EntityKind::Gpe | EntityKind::Loc) || r.code.is_some() {
                continue;
            }
            let next = words.get(r.w1).filter(|w| w.sent == words[r.w0].sent).map(|w| w.lower.as_str());
            let facility = matches!(
                next,
                Some(
                    "plant"
                        | "plants"
                        | "factory"
                        | "factories"
                        | "refinery"
                        | "mine"
                        | "mill"
                        | "smelter"
                        | "headquarters"
                        | "store"
                        | "stores"
                        | "warehouse"
                        | "facility"
                        | "shipyard"
                )
            );
            let texts: Vec<&str> = words[r.w0..r.w1].iter().map(|w| w.text.as_str()).collect();
            let listed_place = self
                .gazetteer
                .lookup(&texts)
                .iter()
                .any(|e| matches!(e.kind, GazKind::Country | GazKind::City | GazKind::Region));
            if facility && !listed_place && orgs.contains(&texts.join(" ")) {
                updates.push(k);
            }
        }
        for k in updates {
            let r = &mut raws[k];
            r.kind = EntityKind::Org;
            r.country = None;
            r.placed = false;
        }
    }

    /// "Workers in Bristol and Swindon": an unlisted one-word organization
    /// coordinated by "and" or "or" with a place that is no country, the pair
    /// after a preposition of place ("in", "at", "from", "near", "across",
    /// "between", "around", "outside"), is a place too, in that city's
    /// country. A word that is a company's or a body's ("Group", "Bank")
    /// stays an organization.
    fn coordinated_places(&self, words: &[Word], raws: &mut [Raw]) {
        let (at_start, at_end) = raw_edges(raws);
        let mut updates: Vec<(usize, Option<String>)> = Vec::new();
        for (k, r) in raws.iter().enumerate() {
            let w = &words[r.w0];
            if r.kind != EntityKind::Org
                || r.w1 != r.w0 + 1
                || r.code.is_some()
                || is_company_word(&w.lower)
                || is_org_head(&w.lower)
                || !self.gazetteer.lookup(&[w.text.as_str()]).is_empty()
            {
                continue;
            }
            let sent = w.sent;
            let word = |j: usize| words.get(j).filter(|x| x.sent == sent).map(|x| x.lower.as_str()).unwrap_or("");
            let partner = if r.w0 >= 2 && matches!(word(r.w0 - 1), "and" | "or") {
                at_end.get(&(r.w0 - 1)).copied()
            } else if matches!(word(r.w1), "and" | "or") {
                at_start.get(&(r.w1 + 1)).copied()
            } else {
                None
            };
            let Some(p) = partner else { continue };
            let other = &raws[p];
            let texts: Vec<&str> = words[other.w0..other.w1].iter().map(|x| x.text.as_str()).collect();
            let country = self.gazetteer.lookup(&texts).iter().any(|e| e.kind == GazKind::Country);
            if other.kind != EntityKind::Gpe || country || words[other.w0].sent != sent {
                continue;
            }
            let first = r.w0.min(other.w0);
            if first == 0
                || !matches!(
                    word(first - 1),
                    "in" | "at" | "from" | "near" | "across" | "between" | "around" | "outside"
                )
            {
                continue;
            }
            updates.push((k, other.country.clone()));
        }
        for (k, country) in updates {
            raws[k].kind = EntityKind::Gpe;
            raws[k].country = country;
        }
    }

    /// A place followed by ", <U.S. state>" or ", <country>" is in that
    /// state's or country's country, whatever the gazetteers say of its
    /// name: "Georgetown, Kentucky" is in the U.S. (not Guyana's capital),
    /// "Athens, Georgia" too (Georgia after a place is the U.S. state unless
    /// the place is one of the country Georgia or the article names that
    /// country otherwise: "Batumi, Georgia ... Georgian officials"), "Valencia, Venezuela" is
    /// in Venezuela. Such a place is never a capital standing for its
    /// government, and the article's other mentions of the same name are
    /// the same place. A country after a place that opens or continues a
    /// list ("Nairobi, Uganda and Rwanda", "Paris, Berlin, Germany") places
    /// nothing.
    fn comma_places(&self, words: &[Word], raws: &mut [Raw]) {
        let (at_start, at_end) = raw_edges(raws);
        let texts: Vec<Vec<&str>> =
            raws.iter().map(|r| words[r.w0..r.w1].iter().map(|w| w.text.as_str()).collect()).collect();
        let country_of = |k: usize| -> Option<String> {
            self.gazetteer.lookup(&texts[k]).iter().find(|e| e.kind == GazKind::Country).and_then(|e| e.country.clone())
        };
        let place_kind = |r: &Raw| matches!(r.kind, EntityKind::Gpe | EntityKind::Loc);
        // (mention, its country, the place named after it).
        let mut placed: Vec<(usize, String, String)> = Vec::new();
        let mut states: Vec<usize> = Vec::new();
        // Mentions followed by ", <place>": each says where it is itself.
        let mut qualified: HashSet<usize> = HashSet::new();
        for (k, r) in raws.iter().enumerate() {
            let sent = words[r.w0].sent;
            let word = |j: usize| words.get(j).filter(|w| w.sent == sent).map(|w| w.lower.as_str()).unwrap_or("");
            if !place_kind(r) || word(r.w1) != "," {
                continue;
            }
            let Some(&o) = at_start.get(&(r.w1 + 1)) else { continue };
            let other = &raws[o];
            if !place_kind(other) || words[other.w0].sent != sent {
                continue;
            }
            qualified.insert(k);
            if country_of(k).is_some() || us_state(&words[r.w0..r.w1]) {
                continue;
            }
            let state = us_state(&words[other.w0..other.w1]);
            let country = country_of(o);
            // The listed country of the place's own name ("Tbilisi" → GEO).
            let own: Vec<String> = self
                .gazetteer
                .lookup(&texts[k])
                .iter()
                .filter(|e| matches!(e.kind, GazKind::City | GazKind::Region))
                .filter_map(|e| e.country.clone())
                .collect();
            // "Nairobi, Uganda and Rwanda", "Paris, Berlin, Germany": a list.
            let list = matches!(word(other.w1), "and" | "or")
                || (word(other.w1) == "," && matches!(word(other.w1 + 1), "and" | "or"))
                || (r.w0 >= 2
                    && word(r.w0 - 1) == ","
                    && at_end.get(&(r.w0 - 1)).is_some_and(|&p| place_kind(&raws[p])));
            // "allies in Central America, U.S. officials said": a country
            // that modifies what follows it starts a new phrase. A country
            // that closes the place is followed by punctuation, the end, or
            // a lower-case word (a verb, a preposition), and an
            // abbreviation ("U.S.", "UK") only by punctuation, the end or a
            // preposition.
            let after = words.get(other.w1).filter(|w| w.sent == sent);
            let abbreviation = texts[o].iter().any(|t| t.contains('.') || t.chars().all(|c| c.is_uppercase()));
            // ("BBL, Belgium's second largest bank": an appositive.)
            // A verb after the country makes it the subject of a new clause
            // ("In Beijing, Taiwan was warned", "in Moscow, Georgia said").
            let closes = after.is_none_or(|w| {
                (!w.text.chars().next().is_some_and(char::is_alphanumeric) && w.lower != "'s")
                    || (w.text.chars().next().is_some_and(char::is_lowercase)
                        && !is_verb_like(w)
                        && (!abbreviation
                            || matches!(
                                w.lower.as_str(),
                                "on" | "in" | "at" | "for" | "to" | "from" | "and" | "or" | "where" | "which" | "that"
                            )))
            });
            // A listed city of another country moves only when the country
            // is closed by punctuation or the end ("Valencia, Venezuela,
            // reported", "ATHENS, Georgia (Reuters)"), not by a word.
            let firmly =
                after.is_none_or(|w| !w.text.chars().next().is_some_and(char::is_alphanumeric) && w.lower != "'s");
            // A continent or sea is placed by no country after it.
            let region =
                self.gazetteer.lookup(&texts[k]).iter().any(|e| e.kind == GazKind::Region && e.country.is_none());
            if region || (country.is_some() && !state && !closes) || (state && after.is_some_and(is_verb_like)) {
                continue;
            }
            // The article names the country otherwise ("Georgian", "Tbilisi").
            let elsewhere = |c: &str| {
                raws.iter()
                    .enumerate()
                    .any(|(x, m)| m.country.as_deref() == Some(c) && texts[x] != texts[o] && x != k && x != o)
            };
            let target = match (state, country) {
                // Georgia: the state, unless the place is one of the
                // country or the article names the country otherwise.
                (true, Some(c)) if own.contains(&c) || list || elsewhere(&c) => continue,
                (true, Some(_)) => {
                    states.push(o);
                    "USA".to_string()
                }
                (true, None) => "USA".to_string(),
                (false, Some(c)) if !list => c,
                _ => continue,
            };
            if own.len() == 1 && own[0] == target && r.code.is_none() {
                continue;
            }
            if !own.is_empty() && !own.contains(&target) && !firmly {
                continue;
            }
            placed.push((k, target, texts[o].join(" ").to_lowercase()));
        }
        for o in states {
            let r = &mut raws[o];
            r.country = Some("USA".to_string());
            r.code = None;
            r.key = None;
            r.metonym = false;
            r.placed = true;
        }
        let names: Vec<(String, &String, &String)> =
            placed.iter().map(|(k, c, q)| (texts[*k].join(" ").to_lowercase(), c, q)).collect();
        for (k, r) in raws.iter_mut().enumerate() {
            let name = texts[k].join(" ").to_lowercase();
            let Some(&(_, first, first_q)) = names.iter().find(|(n, _, _)| *n == name) else { continue };
            let own = placed.iter().find(|(p, _, _)| *p == k).map(|(_, c, q)| (c, q));
            let (c, q) = own.unwrap_or((first, first_q));
            let own = own.is_some();
            if qualified.contains(&k) && !own {
                continue;
            }
            // The same name elsewhere in the article, written as a name.
            if !(matches!(r.kind, EntityKind::Gpe | EntityKind::Loc) || own) {
                continue;
            }
            r.kind = EntityKind::Gpe;
            r.country = Some(c.clone());
            r.code = None;
            // Its own identity: "Paris, Texas" is not "Paris, France".
            r.key = Some(format!("place:{name}:{q}"));
            r.metonym = false;
            r.placed = true;
        }
    }

    /// The article's own country ([`home_of`]) from the typed mentions.
    fn home_country(&self, words: &[Word], raws: &[Raw]) -> Option<String> {
        home_of(raws.iter().filter_map(|r| {
            let c = r.country.as_deref()?;
            let sent = words.get(r.w0).map_or(0, |w| w.sent);
            Some((c, r.kind, r.kind == EntityKind::Gpe && is_dateline(words, r), is_story_place(words, r.w0), sent))
        }))
    }

    /// What the article's own country decides: an unqualified domestic
    /// institution ("the Senate", "Congress", "the Supreme Court",
    /// "parliament", "the Interior Ministry") is the country named with it
    /// ("Chile's Senate", "the Chilean Senate", "the Senate of Chile"),
    /// else the article's own country, else of no country (`---LEG`): it
    /// is U.S. only in an article about the U.S. or when said so ("U.S.
    /// Congress"). An organization described as paramilitary, rebel,
    /// militia or insurgent is REB of the country named with it or the
    /// article's. A place the gazetteers do not place is in the article's
    /// country.
    fn home_links(&self, words: &[Word], raws: &mut [Raw], home: Option<&str>) {
        let mut at_word: HashMap<usize, usize> = HashMap::new();
        for (k, r) in raws.iter().enumerate() {
            for w in r.w0..r.w1 {
                at_word.insert(w, k);
            }
        }
        // The country of a place or nationality mention at word `j`.
        let country_at = |j: usize| -> Option<String> {
            let r = &raws[*at_word.get(&j)?];
            matches!(r.kind, EntityKind::Gpe | EntityKind::Norp).then(|| r.country.clone()).flatten()
        };
        let mut updates: Vec<(usize, Raw)> = Vec::new();
        for (k, r) in raws.iter().enumerate() {
            let sent = words.get(r.w0).map(|w| w.sent);
            let word = |j: usize| words.get(j).filter(|w| Some(w.sent) == sent);
            let lower = |j: usize| word(j).map(|w| w.lower.as_str()).unwrap_or("");
            // Country named with it: before ("Chile's", "Chilean", "the
            // Chilean"), after ("of Chile").
            let before = r.w0.checked_sub(1).and_then(|j| {
                if lower(j) == "'s" {
                    j.checked_sub(1).and_then(country_at)
                } else {
                    country_at(j)
                }
            });
            let after = (lower(r.w1) == "of").then(|| country_at(r.w1 + 1).or_else(|| country_at(r.w1 + 2))).flatten();
            // Parties the lists do not hold: "the ruling X Party", "the
            // opposition X Alliance", "X party leader Y", "the X Party of
            // Zambia". Of the country named with them ("Zambia's ruling X",
            // "the Zambian opposition X"), else the article's, else none
            // (`---PTY`).
            let open_code = r.code.as_deref().is_none_or(|c| c.starts_with("---"));
            // "the ruling Golkar party": a name the tagger took for a place.
            // Not a U.S. state ("Ohio party officials").
            let unknown_place = r.kind == EntityKind::Gpe
                && r.country.is_none()
                && lower(r.w1) == "party"
                && !us_state(&words[r.w0..r.w1])
                && self
                    .gazetteer
                    .lookup(&words[r.w0..r.w1].iter().map(|w| w.text.as_str()).collect::<Vec<_>>())
                    .is_empty();
            if (matches!(r.kind, EntityKind::Org | EntityKind::Misc) || unknown_place) && open_code {
                let ws: Vec<&Word> = words[r.w0..r.w1].iter().collect();
                let (inner, rest) = self.strip_country(&ws);
                let rest_lower: Vec<&str> = rest.iter().map(|w| w.lower.as_str()).collect();
                // Words between a country and the party: "Zambia's main opposition X".
                let mut j = r.w0;
                while j > 0 && matches!(lower(j - 1), "ruling" | "opposition" | "main" | "governing") {
                    j -= 1;
                }
                // "main" alone is no cue ("Kenya's main Kenyatta National Hospital").
                let cue = (j..r.w0).any(|p| matches!(lower(p), "ruling" | "opposition" | "governing"));
                let named_before = j.checked_sub(1).and_then(|p| {
                    if lower(p) == "'s" {
                        p.checked_sub(1).and_then(country_at)
                    } else {
                        country_at(p)
                    }
                });
                // "the ruling military council", "the opposition militia":
                // bodies and armed groups, no parties.
                let armed = rest_lower.last().is_some_and(|l| {
                    matches!(
                        *l,
                        "army"
                            | "forces"
                            | "brigade"
                            | "brigades"
                            | "militia"
                            | "militias"
                            | "guards"
                            | "council"
                            | "court"
                            | "commission"
                            | "board"
                            | "committee"
                            | "junta"
                            | "authority"
                            | "government"
                            | "cabinet"
                            | "family"
                            | "dynasty"
                            | "panel"
                            | "tribunal"
                    )
                });
                // "the opposition Congress": a listed institution only with the cue.
                // A people before "party" is a description ("the Moslem party").
                let party = (r.code.is_none()
                    && ((rest_lower.len() >= 2 && rest_lower.last() == Some(&"party"))
                        || (lower(r.w1) == "party"
                            && (r.kind == EntityKind::Org
                                // A place name before lower-case "party" is
                                // a place's party branch ("a Kisumu party
                                // official") unless a cue says otherwise.
                                || (r.kind == EntityKind::Gpe
                                    && (cue || word(r.w1).is_some_and(|w| w.text == "Party")))))))
                    || (cue
                        && !armed
                        && (r.kind == EntityKind::Org || rest_lower.last().is_some_and(|l| is_party_head(l))));
                // "Fatah Party": a listed party under a longer name.
                let listed = (rest.len() >= 2 && rest_lower.last() == Some(&"party"))
                    .then(|| {
                        let toks: Vec<&str> = rest[..rest.len() - 1].iter().map(|w| w.text.as_str()).collect();
                        self.gazetteer
                            .lookup(&toks)
                            .into_iter()
                            .find(|e| e.kind == GazKind::Org && e.code.as_deref().is_some_and(|c| c.ends_with("PTY")))
                    })
                    .flatten();
                if let Some(e) = listed {
                    let mut x = r.clone();
                    x.kind = EntityKind::Org;
                    x.code = e.code.clone();
                    x.country = e.country.clone();
                    x.key = Some(format!("org:{}", e.canonical.to_lowercase()));
                    updates.push((k, x));
                    continue;
                }
                if party {
                    let country = inner
                        .or(named_before)
                        .or(before.clone())
                        .or(after.clone())
                        .or_else(|| r.country.clone())
                        .or_else(|| home.map(String::from));
                    let mut x = r.clone();
                    x.kind = EntityKind::Org;
                    x.code = Some(format!("{}PTY", country.as_deref().unwrap_or("---")));
                    x.country = country;
                    updates.push((k, x));
                    continue;
                }
            }
            match r.kind {
                EntityKind::Org => {
                    if r.code
                        .as_deref()
                        .is_some_and(|c| !c.starts_with("---") && (r.country.is_none() || c.ends_with("PTY")))
                    {
                        // International organizations and listed parties
                        // ("Indian National Congress") keep their code.
                        continue;
                    }
                    let ws: Vec<&Word> = words[r.w0..r.w1].iter().collect();
                    let (inner, rest) = self.strip_country(&ws);
                    let rest_lower: Vec<&str> = rest.iter().map(|w| w.lower.as_str()).collect();
                    let named = inner.clone().or(before.clone()).or(after);
                    // "Delhi Police", "the Tamil Nadu Police": a body named
                    // after a listed city or state is of its country.
                    let city = (1..=3.min(rest.len().saturating_sub(1))).rev().find_map(|len| {
                        let toks: Vec<&str> = rest[..len].iter().map(|w| w.text.as_str()).collect();
                        self.gazetteer
                            .lookup(&toks)
                            .into_iter()
                            .find(|e| e.kind == GazKind::City)
                            .and_then(|e| e.country.clone())
                    });
                    // "Harvard's Department of Economics", "the hospital's
                    // Emergency Department": a body of what owns it.
                    // (Not "the government's Disaster Agency".)
                    let owned = r.w0 >= 2 && lower(r.w0 - 1) == "'s" && before.is_none() && {
                        let p = r.w0 - 2;
                        match at_word.get(&p).map(|&m| &raws[m]) {
                            Some(o) => {
                                matches!(o.kind, EntityKind::Org | EntityKind::Person)
                                    && !o.code.as_deref().is_some_and(|c| {
                                        matches!(&c[c.len().saturating_sub(3)..], "GOV" | "MIL" | "COP" | "LEG" | "JUD")
                                    })
                            }
                            None => matches!(
                                lower(p),
                                "hospital"
                                    | "university"
                                    | "college"
                                    | "school"
                                    | "company"
                                    | "firm"
                                    | "bank"
                                    | "group"
                                    | "club"
                                    | "team"
                                    | "church"
                                    | "newspaper"
                                    | "network"
                                    | "museum"
                            ),
                        }
                    };
                    // "the Human Resources Department of Acme Corp", "Acme
                    // Corp's ...": a company's department, not a
                    // government's, however national its subject sounds.
                    // Only a company (a company word or a business code)
                    // owns it so: an armed group or party running a
                    // ministry ("the Interior Ministry of the Taliban")
                    // is a government, of the group's country (AFGGOV).
                    let of_owner = matches!(lower(r.w1), "of" | "at")
                        .then(|| {
                            let j = if lower(r.w1 + 1) == "the" { r.w1 + 2 } else { r.w1 + 1 };
                            at_word.get(&j).map(|&m| &raws[m])
                        })
                        .flatten()
                        .filter(|o| o.kind == EntityKind::Org);
                    let company = rest_lower.iter().any(|w| is_company_word(w))
                        || of_owner.is_some_and(|o| match o.code.as_deref() {
                            Some(c) => c.ends_with("BUS"),
                            None => words[o.w0..o.w1].iter().any(|w| is_company_word(&w.lower)),
                        });
                    let named = named.or_else(|| {
                        of_owner
                            .filter(|_| {
                                !company
                                    && lower(r.w1) == "of"
                                    && matches!(rest_lower.last(), Some(&("ministry" | "department")))
                            })
                            .and_then(|o| o.country.clone())
                    });
                    let owned = owned || company;
                    // "the Prime Minister's Office" (tagged "Office"): the
                    // head of government's office, a national body.
                    let head_office = rest_lower == ["office"]
                        && r.w0 >= 2
                        && lower(r.w0 - 1) == "'s"
                        && matches!(lower(r.w0 - 2), "minister" | "president" | "premier");
                    let sector_of = |named: bool| {
                        if owned {
                            None
                        } else if head_office {
                            Some("GOV")
                        } else {
                            institution_sector(&rest_lower, named)
                        }
                    };
                    let national = named.is_some() || city.is_some() || r.country.is_some();
                    if r.country.is_none() && r.code.is_none() && inner.is_some() && sector_of(true).is_none() {
                        // "Law Society of Kenya", "Kenyan Red Cross": an
                        // organization named after its country is of it.
                        let mut x = r.clone();
                        x.country = inner.clone();
                        updates.push((k, x));
                    }
                    if let Some(mut sector) = sector_of(national) {
                        if r.code.as_deref().is_some_and(|c| !c.starts_with("---")) && named.is_none() {
                            // "Bundestag"-like entries with their own country.
                            if r.country.is_some() {
                                continue;
                            }
                        }
                        if lower(r.w1) == "party" {
                            sector = "PTY";
                        }
                        let country =
                            named.clone().or_else(|| r.country.clone()).or(city).or_else(|| home.map(String::from));
                        // "Congress leader Rahul Gandhi": India's Congress
                        // party, not its parliament.
                        if rest_lower == ["congress"]
                            && matches!(country.as_deref(), Some("IND") | Some("NPL"))
                            && matches!(
                                lower(r.w1),
                                "party"
                                    | "leader"
                                    | "leaders"
                                    | "president"
                                    | "chief"
                                    | "spokesperson"
                                    | "spokesman"
                                    | "spokeswoman"
                                    | "workers"
                                    | "general"
                            )
                        {
                            sector = "PTY";
                        }
                        let mut x = r.clone();
                        x.code = Some(format!("{}{sector}", country.as_deref().unwrap_or("---")));
                        x.key = Some(format!("inst:{}:{}", country.as_deref().unwrap_or("-"), rest_lower.join(" ")));
                        x.country = country;
                        updates.push((k, x));
                        continue;
                    }
                    let prev = r.w0.checked_sub(1).map(&lower).unwrap_or("");
                    let prev2 = r.w0.checked_sub(2).map(&lower).unwrap_or("");
                    let next = lower(r.w1);
                    let next2 = lower(r.w1 + 1);
                    let reb_word = |w: &str| {
                        matches!(
                            w,
                            "paramilitary"
                                | "paramilitaries"
                                | "rebel"
                                | "rebels"
                                | "militia"
                                | "militias"
                                | "insurgent"
                                | "insurgents"
                                | "guerrilla"
                                | "guerrillas"
                                | "separatist"
                                | "separatists"
                                | "jihadist"
                                | "militant"
                                | "militants"
                        )
                    };
                    let group = |w: &str| matches!(w, "group" | "movement" | "faction" | "force" | "forces");
                    let appos = next == ","
                        && matches!(next2, "a" | "an" | "the")
                        && (r.w1 + 2..r.w1 + 5)
                            .any(|j| reb_word(lower(j)) || (lower(j) == "armed" && group(lower(j + 1))));
                    // "Iran's paramilitary Revolutionary Guards", "the
                    // paramilitary Rangers": state forces, not rebels.
                    let state_force = ws.iter().any(|w| {
                        matches!(
                            w.lower.as_str(),
                            "guard"
                                | "guards"
                                | "police"
                                | "rangers"
                                | "corps"
                                | "gendarmerie"
                                | "constabulary"
                                | "troops"
                                | "army"
                                | "ministry"
                        )
                    }) || matches!(next, "troops" | "police" | "soldiers");
                    let reb_word =
                        |w: &str| reb_word(w) && !(state_force && matches!(w, "paramilitary" | "paramilitaries"));
                    // "Labour rebels voted against the bill": a party's
                    // dissenters, not an armed group.
                    let party = ws.iter().any(|w| {
                        matches!(
                            w.lower.as_str(),
                            "labour"
                                | "labor"
                                | "tory"
                                | "tories"
                                | "conservative"
                                | "conservatives"
                                | "democrat"
                                | "democrats"
                                | "democratic"
                                | "republican"
                                | "republicans"
                                | "liberal"
                                | "liberals"
                                | "socialist"
                                | "socialists"
                                | "party"
                        )
                    }) || r.code.as_deref().is_some_and(|c| c.ends_with("PTY"));
                    // "the FNV union", "Transport Workers Union": a trade
                    // union is labor (LAB) of the country named with it or
                    // the article's ("the European Union" keeps IGOEU).
                    let union = next == "union"
                        || (rest_lower.len() >= 2
                            && rest_lower.last() == Some(&"union")
                            && rest_lower.iter().any(|w| {
                                matches!(
                                    *w,
                                    "workers"
                                        | "employees"
                                        | "teachers"
                                        | "trade"
                                        | "trades"
                                        | "labour"
                                        | "labor"
                                        | "miners"
                                        | "mineworkers"
                                        | "nurses"
                                        | "dockers"
                                        | "journalists"
                                        | "farmers"
                                        | "drivers"
                                )
                            }));
                    if union && r.code.as_deref().is_none_or(|c| c.starts_with("---")) {
                        let country = named.or_else(|| r.country.clone()).or_else(|| home.map(String::from));
                        let mut x = r.clone();
                        x.code = Some(format!("{}LAB", country.as_deref().unwrap_or("---")));
                        x.country = country;
                        updates.push((k, x));
                        continue;
                    }
                    let reb = reb_word(prev)
                        || (group(prev) && (reb_word(prev2) || prev2 == "armed"))
                        || (before.is_some() && r.w0 >= 2 && reb_word(lower(r.w0 - 2)))
                        || (reb_word(next) && !party)
                        || appos;
                    if reb && r.code.as_deref().is_none_or(|c| c.starts_with("---")) {
                        let country = named.or_else(|| r.country.clone()).or_else(|| home.map(String::from));
                        let mut x = r.clone();
                        x.code = Some(format!("{}REB", country.as_deref().unwrap_or("---")));
                        x.country = country;
                        updates.push((k, x));
                    }
                }
                // "Panama City, Florida": a place followed by a U.S. state.
                // Not "After talks in Moscow, Georgia said": a state that a
                // verb follows starts a clause, and a listed city of another
                // country needs the state closed by punctuation or the end.
                EntityKind::Gpe
                    if !r.metonym
                        && !r.placed
                        && r.code.is_none()
                        && lower(r.w1) == ","
                        && r.country.as_deref() != Some("USA")
                        && at_word.get(&(r.w1 + 1)).is_some_and(|&j| {
                            raws[j].kind == EntityKind::Gpe
                                && us_state(&words[raws[j].w0..raws[j].w1])
                                && word(raws[j].w1).is_none_or(|w| {
                                    if r.country.is_some() {
                                        !w.text.chars().next().is_some_and(char::is_alphanumeric) && w.lower != "'s"
                                    } else {
                                        !is_verb_like(w)
                                    }
                                })
                        }) =>
                {
                    let mut x = r.clone();
                    x.country = Some("USA".to_string());
                    updates.push((k, x));
                }
                EntityKind::Gpe if r.country.is_none() && !r.metonym && r.key.is_none() => {
                    // A U.S. state, or "Elkton, Kentucky": placed by what
                    // follows.
                    let state = |o: &Raw| us_state(&words[o.w0..o.w1]).then(|| "USA".to_string());
                    let gpe_at = |j: usize| at_word.get(&j).map(|&j| &raws[j]).filter(|o| o.kind == EntityKind::Gpe);
                    let followed = if lower(r.w1) == "," { gpe_at(r.w1 + 1) } else { None };
                    if let Some(c) = state(r).or_else(|| followed.and_then(|o| o.country.clone().or_else(|| state(o))))
                    {
                        let mut x = r.clone();
                        x.country = Some(c);
                        updates.push((k, x));
                        continue;
                    }
                    // "Waldenburg, Saxony": neither is placed.
                    let preceded = r.w0 >= 2
                        && lower(r.w0 - 1) == ","
                        && gpe_at(r.w0 - 2).is_some_and(|o| o.country.is_none() && o.w0 > 0);
                    let followed = followed.is_some() || preceded;
                    if followed {
                        continue;
                    }
                    // "the Malian town of X", "X, a village in northern
                    // Mali", "X in central Mali": the sentence places it.
                    if let Some(c) = self.stated_country(words, raws, &at_word, k) {
                        let mut x = r.clone();
                        x.country = Some(c);
                        updates.push((k, x));
                        continue;
                    }
                    // A sentence that names other countries and not the
                    // article's: no guess ("Russian drones hit X").
                    // Only a country named as a location counts ("in
                    // Uganda", "Uganda's town of", "a Ugandan village"), not
                    // a nationality of another noun ("Ugandan traders were
                    // attacked in X").
                    let located = |o: &Raw| {
                        let mut p = o.w0;
                        while p > 0 && (is_direction(lower(p - 1)) || lower(p - 1) == "the") {
                            p -= 1;
                        }
                        let mut n = o.w1;
                        if lower(n) == "'s" {
                            n += 1;
                        }
                        while is_direction(lower(n)) || matches!(lower(n), "border" | "frontline" | "small") {
                            n += 1;
                        }
                        // Armed forces of another country act abroad
                        // ("Russian troops shelled the town of X").
                        let armed = o.kind == EntityKind::Norp
                            && matches!(
                                lower(o.w1),
                                "troops"
                                    | "forces"
                                    | "soldiers"
                                    | "army"
                                    | "military"
                                    | "drones"
                                    | "drone"
                                    | "jets"
                                    | "warplanes"
                                    | "missiles"
                                    | "missile"
                                    | "strikes"
                                    | "airstrikes"
                                    | "shelling"
                                    | "shells"
                                    | "artillery"
                                    | "navy"
                                    | "tanks"
                            );
                        armed
                            || (o.kind == EntityKind::Gpe
                                && matches!(p.checked_sub(1).map(lower), Some("in" | "inside" | "across" | "within")))
                            || is_place_noun(lower(n))
                    };
                    let abroad = home.is_some_and(|h| {
                        let named: Vec<&str> = raws
                            .iter()
                            .filter(|o| {
                                matches!(o.kind, EntityKind::Gpe | EntityKind::Norp)
                                    && words.get(o.w0).map(|w| w.sent) == sent
                            })
                            .filter(|o| o.country.as_deref() == Some(h) || located(o))
                            .filter_map(|o| o.country.as_deref())
                            .collect();
                        !named.is_empty() && !named.contains(&h)
                    });
                    if abroad {
                        continue;
                    }
                    if let Some(h) = home {
                        let mut x = r.clone();
                        x.country = Some(h.to_string());
                        updates.push((k, x));
                    }
                }
                _ => {}
            }
        }
        for (k, x) in updates {
            raws[k] = x;
        }
    }

    /// An unlisted organization named after a description of it takes the
    /// description's country and sector: "Chinese carmaker BYD" CHNBUS,
    /// "Turkey's disaster agency AFAD" TURGOV, "the country's disaster
    /// agency AFAD" the article's own country's GOV, "the state news
    /// agency WAM" the article's own country's MED. No country named, no
    /// code ("the disaster agency AFAD"); an armed, political or rights
    /// group is left alone ("the Pakistani militant group X").
    fn described_orgs(&self, words: &[Word], raws: &mut [Raw], home: Option<&str>) {
        let mut at_word: HashMap<usize, usize> = HashMap::new();
        for (k, r) in raws.iter().enumerate() {
            for w in r.w0..r.w1 {
                at_word.insert(w, k);
            }
        }
        let mut updates: Vec<(usize, String, String)> = Vec::new();
        for (k, r) in raws.iter().enumerate() {
            if r.kind != EntityKind::Org
                || r.code.is_some()
                || r.span != Span::new(words[r.w0].span.start, words[r.w1 - 1].span.end)
            {
                continue;
            }
            let sent = words[r.w0].sent;
            let lower = |j: usize| words.get(j).filter(|w| w.sent == sent).map(|w| w.lower.as_str()).unwrap_or("");
            // The description: up to four lower-case words before the name.
            let mut j = r.w0;
            while j > 0
                && r.w0 - j < 4
                && !at_word.contains_key(&(j - 1))
                && words[j - 1].sent == sent
                && (words[j - 1].text.chars().next().is_some_and(char::is_lowercase)
                    || (is_business_noun(&words[j - 1].lower)
                        && (j == 1
                            || words[j - 2].sent != sent
                            || matches!(words[j - 2].text.as_str(), "-" | "--" | "—" | "–"))))
                && words[j - 1].text.chars().all(|c| c.is_alphabetic() || c == '-')
                && !is_verb_like(&words[j - 1])
                && !matches!(
                    words[j - 1].lower.as_str(),
                    "the" | "a" | "an" | "its" | "their" | "his" | "her" | "and" | "or" | "of" | "by" | "to" | "with"
                )
            {
                j -= 1;
            }
            let desc: Vec<&str> = (j..r.w0).map(|p| words[p].lower.as_str()).collect();
            let Some(&head) = desc.last() else { continue };
            if desc.iter().any(|w| {
                matches!(
                    *w,
                    "militant"
                        | "rebel"
                        | "armed"
                        | "rights"
                        | "opposition"
                        | "political"
                        | "jihadist"
                        | "islamist"
                        | "separatist"
                        | "terrorist"
                        | "insurgent"
                        | "paramilitary"
                        | "militia"
                        | "human"
                        | "aid"
                        | "charity"
                        | "advocacy"
                        | "football"
                        | "sports"
                )
            }) {
                continue;
            }
            let news = desc.iter().any(|w| matches!(*w, "news" | "press" | "media"));
            let sector = match head {
                "broadcaster" | "television" | "newspaper" | "daily" | "tabloid" | "channel" | "outlet" => "MED",
                "agency" | "service" | "network" | "group" if news => "MED",
                "bank" if desc.contains(&"central") => "GOV",
                "carmaker" | "automaker" | "company" | "firm" | "bank" | "lender" | "miner" | "conglomerate"
                | "retailer" | "group" | "giant" | "maker" | "manufacturer" | "chipmaker" | "steelmaker"
                | "airline" | "carrier" | "insurer" | "producer" | "supplier" | "developer" | "operator"
                | "startup" | "start-up" | "shipbuilder" | "refiner" | "exporter" => "BUS",
                "agency" | "authority" | "ministry" | "regulator" | "watchdog" | "body" | "office" | "service"
                | "commission" | "department" | "bureau" | "directorate" => "GOV",
                _ => continue,
            };
            // The country: "Turkey's", "the country's", "Chinese", "U.S.",
            // "the state".
            let country_at = |p: usize| {
                at_word
                    .get(&p)
                    .map(|&m| &raws[m])
                    .filter(|o| matches!(o.kind, EntityKind::Gpe | EntityKind::Norp) && o.w1 == p + 1)
                    .and_then(|o| o.country.clone())
            };
            let country = if j >= 2 && lower(j - 1) == "'s" {
                if is_nation_noun(lower(j - 2)) && !at_word.contains_key(&(j - 2)) {
                    home.map(String::from)
                } else {
                    country_at(j - 2)
                }
            } else if j >= 1 && at_word.contains_key(&(j - 1)) {
                country_at(j - 1)
            } else if matches!(desc[0], "state" | "state-run" | "state-owned" | "national" | "government")
                && j >= 1
                && matches!(lower(j - 1), "the" | "a")
            {
                home.map(String::from)
            } else {
                None
            };
            let Some(c) = country.or_else(|| r.country.clone()) else { continue };
            updates.push((k, c.clone(), format!("{c}{sector}")));
        }
        for (k, c, code) in updates {
            raws[k].country.get_or_insert(c);
            raws[k].code = Some(code);
        }
    }

    /// The country a sentence gives an unlisted place: "the Malian town of
    /// X", "Mali's town of X", "X, a village in northern Mali", "X, a
    /// suburb of Kyiv", "X in central Mali". `None` when it says nothing.
    fn stated_country(
        &self,
        words: &[Word],
        raws: &[Raw],
        at_word: &HashMap<usize, usize>,
        k: usize,
    ) -> Option<String> {
        let r = &raws[k];
        let sent = words.get(r.w0)?.sent;
        let lower = |j: usize| words.get(j).filter(|w| w.sent == sent).map(|w| w.lower.as_str()).unwrap_or("");
        let is_lower_adj = |j: usize| {
            words.get(j).is_some_and(|w| {
                w.sent == sent
                    && !at_word.contains_key(&j)
                    && w.text.chars().next().is_some_and(char::is_lowercase)
                    && !matches!(
                        w.lower.as_str(),
                        "the" | "a" | "an" | "in" | "of" | "on" | "at" | "and" | "or" | "near" | "to" | "from"
                    )
                    // Not "Russian troops shelled (the) town of X".
                    && is_adjective_like(w)
            })
        };
        // A place or a people at word j, linked to a country.
        let country_at = |j: usize, norp: bool| -> Option<String> {
            let o = &raws[*at_word.get(&j)?];
            if words.get(j).is_none_or(|w| w.sent != sent) {
                return None;
            }
            let ok = o.kind == EntityKind::Gpe || (norp && o.kind == EntityKind::Norp);
            if !ok {
                return None;
            }
            o.country.clone().or_else(|| us_state(&words[o.w0..o.w1]).then(|| "USA".to_string()))
        };
        // Before: "the Malian (frontline) town of X", "Mali's town of X".
        if r.w0 >= 3 && lower(r.w0 - 1) == "of" && is_place_noun(lower(r.w0 - 2)) {
            let mut j = r.w0 - 3;
            let mut skipped = 0;
            while skipped < 2 && j > 0 && is_lower_adj(j) {
                j -= 1;
                skipped += 1;
            }
            let c = if lower(j) == "'s" {
                j.checked_sub(1).and_then(|p| country_at(p, false))
            } else {
                country_at(j, true)
            };
            if c.is_some() {
                return c;
            }
        }
        // After: "X, a (small) village in (northern) Mali", "X in central Mali".
        let mut j = r.w1;
        if lower(j) == "," && matches!(lower(j + 1), "a" | "an" | "the") {
            j += 2;
            let mut skipped = 0;
            while skipped < 3 && !is_place_noun(lower(j)) && is_lower_adj(j) {
                j += 1;
                skipped += 1;
            }
            if !is_place_noun(lower(j)) || !matches!(lower(j + 1), "in" | "of") {
                return None;
            }
            j += 1;
        } else if lower(j) != "in" {
            return None;
        }
        j += 1;
        let mut skipped = 0;
        while skipped < 2 && is_direction(lower(j)) {
            j += 1;
            skipped += 1;
        }
        // Not the first of a list ("X in Bangladesh, Bhutan and India").
        let end = raws[*at_word.get(&j)?].w1;
        let place_at = |p: usize| at_word.get(&p).is_some_and(|&m| raws[m].kind == EntityKind::Gpe);
        if matches!(lower(end), "," | "and" | "or") && place_at(end + 1) {
            return None;
        }
        // Not a country that describes the next noun ("Camp X in U.S.
        // custody", "X in Russia's summer offensive"): after the country
        // only punctuation, the end, "and"/"or" or a preposition ("in
        // Mali on Monday").
        let next = lower(end);
        let closed = next.is_empty()
            || (next != "'s" && !next.chars().next().is_some_and(char::is_alphanumeric))
            || matches!(
                next,
                "and"
                    | "or"
                    | "on"
                    | "at"
                    | "in"
                    | "after"
                    | "before"
                    | "during"
                    | "since"
                    | "until"
                    | "when"
                    | "where"
                    | "while"
                    | "as"
                    | "amid"
                    | "over"
                    | "last"
                    | "this"
                    | "early"
                    | "late"
                    | "earlier"
                    | "overnight"
            );
        if !closed {
            return None;
        }
        country_at(j, false)
    }

    /// Leading country words of a name ("Chilean Senate", "U.S. Congress",
    /// "Kenya's National Assembly") or a trailing "of COUNTRY" ("Supreme
    /// Court of India"): the country and the rest of the name, without
    /// "the".
    fn strip_country<'w>(&self, ws: &[&'w Word]) -> (Option<String>, Vec<&'w Word>) {
        let mut ws: Vec<&Word> = ws.to_vec();
        if ws.first().is_some_and(|w| w.lower == "the") {
            ws.remove(0);
        }
        let is_country = |toks: &[&Word]| -> Option<String> {
            let t: Vec<&str> = toks.iter().map(|w| w.text.as_str()).collect();
            self.gazetteer
                .lookup(&t)
                .iter()
                .find(|e| matches!(e.kind, GazKind::Country | GazKind::Demonym))
                .and_then(|e| e.country.clone())
        };
        for len in (1..=3.min(ws.len().saturating_sub(1))).rev() {
            if let Some(c) = is_country(&ws[..len]) {
                let mut rest = ws[len..].to_vec();
                if rest.first().is_some_and(|w| w.lower == "'s") {
                    rest.remove(0);
                }
                return (Some(c), rest);
            }
        }
        let n = ws.len();
        for len in (1..=3).rev() {
            if n > len + 1 && ws[n - len - 1].lower == "of" {
                if let Some(c) = is_country(&ws[n - len..]) {
                    return (Some(c), ws[..n - len - 1].to_vec());
                }
            }
        }
        (None, ws)
    }

    /// Capital cities standing for their government: "Washington has
    /// upended its policy", "engaged directly with Moscow".
    fn metonyms(&self, words: &[Word], raws: &mut [Raw]) {
        // "has urged Brussels to avoid a trade war": in an article that
        // names the European Union or its Commission, Brussels as an actor
        // is the EU (IGOEU), one entity with it; else Belgium's government.
        let eu = raws.iter().find_map(|r| {
            r.key
                .as_deref()
                .filter(|k| matches!(*k, "org:european union" | "org:european commission"))
                .map(|k| (k.to_string(), r.code.clone()))
        });
        for r in raws.iter_mut() {
            // "said Beijing would respond": a capital the tagger typed an
            // organization (no listed one) is read like one typed a place,
            // its type kept (a city's sports team is one too).
            let org_capital = r.kind == EntityKind::Org
                && r.code.is_none()
                && r.w1 == r.w0 + 1
                && words.get(r.w0).is_some_and(|w| {
                    w.text.chars().any(char::is_lowercase)
                        && self
                            .gazetteer
                            .lookup(&[w.text.as_str()])
                            .iter()
                            .any(|x| x.kind == GazKind::City && x.capital)
                });
            if (r.kind != EntityKind::Gpe || r.key.is_some()) && !org_capital || r.w1 != r.w0 + 1 || r.placed {
                continue;
            }
            let Some(w) = words.get(r.w0) else { continue };
            let e = self.gazetteer.lookup(&[w.text.as_str()]);
            let Some(cap) = e.iter().find(|x| x.kind == GazKind::City && x.capital) else {
                continue;
            };
            let prev = if r.w0 > 0 { words.get(r.w0 - 1).filter(|p| p.sent == w.sent) } else { None };
            let prev2 = if r.w0 > 1 { words.get(r.w0 - 2).filter(|p| p.sent == w.sent) } else { None };
            let next = words.get(r.w1).filter(|p| p.sent == w.sent);
            let p = prev.map(|p| p.lower.as_str()).unwrap_or("");
            let p2 = prev2.map(|p| p.lower.as_str()).unwrap_or("");
            let locative = matches!(
                p,
                "in" | "at"
                    | "near"
                    | "outside"
                    | "into"
                    | "from"
                    | "across"
                    | "around"
                    | "visit"
                    | "visited"
                    | "visiting"
                    | "via"
                    | "toward"
                    | "towards"
                    | "reach"
                    | "reached"
                    | "leave"
                    | "left"
                    | "of"
            ) || (p == "to"
                && matches!(
                    p2,
                    "route"
                        | "trip"
                        | "travel"
                        | "travelled"
                        | "traveled"
                        | "flew"
                        | "fly"
                        | "go"
                        | "went"
                        | "return"
                        | "returned"
                        | "arrive"
                        | "arrived"
                        | "way"
                        | "visit"
                        | "moved"
                        | "move"
                        | "back"
                ))
                || next.is_some_and(|n| n.text == "," && r.w0 == 0)
                // "Kathmandu Mayor X": the city's own office.
                || next.is_some_and(|n| is_title_head(&n.lower));
            // With the syntax layer: subjects of verbs are actors whatever
            // precedes them; otherwise the preceding preposition or verb decides.
            let actor = w.deprel.as_deref().is_some_and(|d| matches!(d, "nsubj" | "nsubj:pass" | "csubj"))
                && matches!(w.upos, None | Some(Upos::PROPN) | Some(Upos::NOUN));
            if locative && !actor {
                continue;
            }
            // A dateline at the start of the article is a place.
            if (r.w0 == 0 && w.text.chars().all(|c| !c.is_lowercase())) || is_dateline(words, r) {
                continue;
            }
            r.metonym = true;
            if let Some((key, code)) = eu.as_ref().filter(|_| w.text == "Brussels") {
                r.kind = EntityKind::Org;
                r.country = None;
                r.code = code.clone();
                r.key = Some(key.clone());
                continue;
            }
            r.country = cap.country.clone();
            r.code = cap.code.clone();
            r.key = cap.country.as_ref().map(|a| format!("gpe:{a}"));
        }
    }

    /// Titles, roles and countries of people.
    fn person_roles(&self, words: &[Word], raws: &mut [Raw]) {
        let mut at_word: HashMap<usize, usize> = HashMap::new();
        for (k, r) in raws.iter().enumerate() {
            for w in r.w0..r.w1 {
                at_word.insert(w, k);
            }
        }
        for k in 0..raws.len() {
            if raws[k].kind != EntityKind::Person {
                continue;
            }
            let (w0, w1) = (raws[k].w0, raws[k].w1);
            let sent = words.get(w0).map(|w| w.sent);
            // Left: title chain.
            let mut i = w0;
            let mut chain: Vec<usize> = Vec::new(); // word indices, right to left
            let mut country: Option<String> = None;
            let mut possessor: Option<usize> = None;
            let mut affiliation: Option<String> = None;
            let mut org_sector: Option<String> = None;
            let mut org_w0 = usize::MAX;
            // The organization a "leader" leads ("TPLF leader X", "its
            // leader, X", "the group's leader X") and whether the title
            // names a country ("Iran's leader", "the country's leader").
            let mut lead_org: Option<usize> = None;
            let mut national = false;
            // The title names a party ("Congress leader", "X party chief").
            let mut party = false;
            let mut title_caps = 0;
            // "The opposition leader, Kavita Iyer, said": a title set off
            // from the name by commas (the name closed by a comma or the
            // sentence's end).
            // Not when another appositive follows ("To the minister, Kavita
            // Iyer, a lawyer, wrote").
            let closed = words.get(w1).is_none_or(|w| Some(w.sent) != sent || matches!(w.text.as_str(), "," | "."))
                && !(words.get(w1).is_some_and(|w| w.text == ",")
                    && words.get(w1 + 1).is_some_and(|w| matches!(w.lower.as_str(), "a" | "an" | "the")));
            // "the leader of the X Front, Y, said": a title and the
            // organization after its "of" (the word where the title ends).
            let of_org = |m: usize| -> Option<usize> {
                let r = &raws[m];
                let mut b = r.w0;
                if b > 0 && words[b - 1].lower == "the" {
                    b -= 1;
                }
                (r.kind == EntityKind::Org
                    && b >= 2
                    && words[b - 1].lower == "of"
                    && Some(words[b - 2].sent) == sent
                    && self.is_role_word(&words[b - 2].lower))
                .then_some(b - 1)
            };
            let comma_title = w0 >= 2
                && closed
                && words[w0 - 1].text == ","
                && Some(words[w0 - 1].sent) == sent
                && match at_word.get(&(w0 - 2)) {
                    None => self.is_role_word(&words[w0 - 2].lower),
                    Some(&m) => raws[m].w1 == w0 - 1 && of_org(m).is_some(),
                };
            if comma_title {
                i = w0 - 1;
            }
            while i > 0 {
                let j = i - 1;
                let Some(w) = words.get(j) else { break };
                if Some(w.sent) != sent {
                    break;
                }
                // A place or organization mention inside the title: "U.S.", "Ukrainian", "Kremlin".
                if let Some(&m) = at_word.get(&j) {
                    let r = &raws[m];
                    if r.kind == EntityKind::Person {
                        break;
                    }
                    // "the leader of Hamas, X": go on at the title's "of".
                    let next = if chain.is_empty() { of_org(m).unwrap_or(r.w0) } else { r.w0 };
                    if r.kind == EntityKind::Org && r.code.as_deref().is_some_and(|c| c.ends_with("PTY")) {
                        party = true;
                        lead_org.get_or_insert(m);
                        if country.is_none() {
                            country = r.country.clone();
                        }
                        i = next;
                        continue;
                    }
                    if r.kind == EntityKind::Org
                        && r.country.is_none()
                        && r.code.as_deref().is_some_and(|c| c.starts_with("IGO") || c.starts_with("NGO"))
                    {
                        if affiliation.is_none() {
                            affiliation = r.code.clone();
                        }
                        lead_org.get_or_insert(m);
                        i = next;
                        continue;
                    }
                    if matches!(r.kind, EntityKind::Gpe | EntityKind::Norp | EntityKind::Org) && r.country.is_some() {
                        if country.is_none() {
                            country = r.country.clone();
                        }
                        if r.kind == EntityKind::Org {
                            lead_org.get_or_insert(m);
                        } else {
                            national = true;
                        }
                        // "Election Commission Chief X" works for the body.
                        if r.kind == EntityKind::Org && org_sector.is_none() {
                            org_w0 = r.w0;
                            org_sector = r
                                .code
                                .as_deref()
                                .filter(|c| c.len() == 6 && r.country.as_deref().is_some_and(|k| c.starts_with(k)))
                                .map(|c| c[3..].to_string());
                        }
                        i = next;
                        continue;
                    }
                    // "Tigray People's Liberation Front leader X", "the
                    // leader of the X Front, Y": an organization the lists
                    // do not know names the title.
                    if r.kind == EntityKind::Org && (!chain.is_empty() || next != r.w0) {
                        lead_org.get_or_insert(m);
                        i = next;
                        continue;
                    }
                    // "special envoy for the Middle East Steve Witkoff": skip "for the <place>".
                    let mut b = r.w0;
                    if b > 0 && words.get(b - 1).is_some_and(|x| x.lower == "the") {
                        b -= 1;
                    }
                    if b > 0
                        && words.get(b - 1).is_some_and(|x| matches!(x.lower.as_str(), "for" | "to" | "of"))
                        && b >= 2
                        && words.get(b - 2).is_some_and(|x| self.is_role_word(&x.lower))
                    {
                        i = b - 1;
                        continue;
                    }
                    break;
                }
                let lw = w.lower.as_str();
                // "Freedom Party party leader", "ruling party chief".
                if lw == "party" && !chain.is_empty() && !party {
                    party = true;
                    i = j;
                    continue;
                }
                // "attorney general", "district judge": a word that is a
                // title only with the title word after it.
                let phrase = chain
                    .last()
                    .is_some_and(|&h| self.gazetteer.role_sector(&format!("{lw} {}", words[h].lower)).is_some());
                if self.is_role_word(lw) || ROLE_MODIFIERS.contains(&lw) || phrase {
                    chain.push(j);
                    i = j;
                    continue;
                }
                // "Guinea's coup leader X", "Myanmar junta leader X": a
                // junta is its country's de facto government (CAMEO codes
                // a junta's leader as the government's, GOV), so the
                // country named before it gives the leader its code.
                if matches!(lw, "junta" | "coup" | "ruling")
                    && chain.first().is_some_and(|&h| words[h].lower == "leader")
                {
                    chain.push(j);
                    i = j;
                    continue;
                }
                // "EU competition chief X", "Chinese foreign ministry
                // spokesman X": one or two lower-case office words between
                // an international organization or a country and the
                // title's head are the title's.
                let office = |p: usize| {
                    words.get(p).is_some_and(|x| {
                        Some(x.sent) == sent
                            && !at_word.contains_key(&p)
                            && x.text.len() > 2
                            && x.text.chars().all(|c| c.is_ascii_lowercase() || c == '-')
                            && !is_sentence_opener(&x.lower)
                            && !matches!(x.lower.as_str(), "the" | "its" | "his" | "her" | "their" | "our" | "new")
                            && !is_verb_like(x)
                    })
                };
                let igo_at = |p: usize| {
                    at_word.get(&p).is_some_and(|&m| {
                        let o = &raws[m];
                        o.w1 == p + 1
                            && ((o.kind == EntityKind::Org
                                && o.country.is_none()
                                && o.code.as_deref().is_some_and(|c| c.starts_with("IGO") || c.starts_with("NGO")))
                                || (matches!(o.kind, EntityKind::Gpe | EntityKind::Norp) && o.country.is_some()))
                    })
                };
                // ("Qatar's foreign ministry spokesman X": also after a
                // country's possessive.)
                let owner_at = |p: usize| igo_at(p) || (p >= 1 && words[p].lower == "'s" && igo_at(p - 1));
                if !chain.is_empty() && office(j) {
                    if let Some(n) = (0..2).find(|&n| j > n && (j - n..=j).all(office) && owner_at(j - n - 1)) {
                        chain.extend((j - n..=j).rev());
                        i = j - n;
                        continue;
                    }
                }
                // Capitalized words of a title: "External Affairs Minister".
                if !chain.is_empty()
                    && title_caps < 3
                    && !matches!(lw, "the" | "a" | "an" | "this" | "that" | "its" | "his" | "her" | "their")
                    && !is_sentence_opener(lw)
                    && w.text.chars().next().is_some_and(char::is_uppercase)
                    && w.text.chars().skip(1).all(|c| c.is_lowercase())
                    && w.text.len() > 2
                {
                    if let Some(&first) = chain.last() {
                        if words.get(first).is_some_and(|f| f.text.chars().next().is_some_and(char::is_uppercase)) {
                            title_caps += 1;
                            chain.push(j);
                            i = j;
                            continue;
                        }
                    }
                }
                if lw == "of"
                    && !chain.is_empty()
                    && j > 0
                    && words.get(j - 1).is_some_and(|x| self.is_role_word(&x.lower))
                {
                    chain.push(j);
                    i = j;
                    continue;
                }
                // "its leader, X", "their leader X": the organization or
                // country named before.
                if matches!(lw, "its" | "their") && !chain.is_empty() {
                    match antecedent(words, raws, j, false) {
                        Some(m) if raws[m].kind == EntityKind::Gpe => {
                            national = true;
                            if country.is_none() {
                                country = raws[m].country.clone();
                            }
                        }
                        Some(m) => lead_org = Some(m),
                        None => {}
                    }
                    break;
                }
                // "the group's leader X", "the country's leader X".
                if lw == "'s" && !chain.is_empty() && j > 0 && !at_word.contains_key(&(j - 1)) {
                    let noun = words[j - 1].lower.as_str();
                    if is_nation_noun(noun) {
                        national = true;
                    } else if is_group_noun(noun) {
                        lead_org = antecedent(words, raws, j - 1, true);
                    }
                }
                // "the party's leader X".
                if lw == "'s" && !chain.is_empty() && j > 0 && words.get(j - 1).is_some_and(|p| p.lower == "party") {
                    party = true;
                    break;
                }
                if lw == "'s" && !chain.is_empty() && j > 0 {
                    if let Some(&m) = at_word.get(&(j - 1)) {
                        if raws[m].kind != EntityKind::Person {
                            if country.is_none() {
                                country = raws[m].country.clone();
                            }
                            if raws[m].kind == EntityKind::Org {
                                lead_org.get_or_insert(m);
                            } else if raws[m].country.is_some() {
                                national = true;
                            }
                            // "the BJP's president X" speaks for the party.
                            if raws[m].kind == EntityKind::Org
                                && raws[m].code.as_deref().is_some_and(|c| c.ends_with("PTY"))
                            {
                                party = true;
                            }
                        } else {
                            possessor = Some(m);
                        }
                    }
                }
                break;
            }
            // "In a letter to the minister, Kavita Iyer wrote": a title
            // after a preposition is its object, not the name's apposition.
            if comma_title {
                if let Some(&s) = chain.last() {
                    let mut b = s;
                    while b > 0 && words.get(b - 1).is_some_and(|w| matches!(w.lower.as_str(), "the" | "a" | "an")) {
                        b -= 1;
                    }
                    // A title inside an opening subordinate clause is
                    // not the name's: "After meeting the president, X,
                    // who ...", "If elected president, X, 54, says".
                    let mut k = b;
                    while k > 0
                        && words
                            .get(k - 1)
                            .is_some_and(|w| Some(w.sent) == sent && !matches!(w.text.as_str(), "," | ";"))
                    {
                        k -= 1;
                    }
                    let sets_off = k == b
                        || !matches!(
                            words[k].lower.as_str(),
                            "after"
                                | "before"
                                | "if"
                                | "when"
                                | "whenever"
                                | "while"
                                | "since"
                                | "because"
                                | "although"
                                | "though"
                                | "once"
                                | "unless"
                                | "until"
                                | "upon"
                                | "whether"
                        );
                    // "She wrote to the minister, Kavita Iyer.": after a
                    // preposition only when the name ends the sentence.
                    let ends = words.get(w1).is_none_or(|w| Some(w.sent) != sent || w.text == ".");
                    let according = b >= 2 && words.get(b - 2).is_some_and(|w| w.lower == "according");
                    let prep = b > 0
                        && words.get(b - 1).is_some_and(|w| {
                            Some(w.sent) == sent
                                && matches!(
                                    w.lower.as_str(),
                                    "to" | "for"
                                        | "with"
                                        | "about"
                                        | "from"
                                        | "by"
                                        | "against"
                                        | "on"
                                        | "at"
                                        | "in"
                                        | "like"
                                        | "unlike"
                                        | "than"
                                        | "besides"
                                )
                        });
                    if if prep { !ends && !according } else { !sets_off } {
                        chain.clear();
                    }
                }
            }
            chain.reverse();
            // "army spokesman Colonel X", "police chief Major General X":
            // a rank between an office and the name is a role of its own
            // ("army spokesman" and "Colonel", not "army spokesman
            // Colonel"); the office gives the sector unless it is a
            // plain government one, when the rank's (MIL) is truer.
            let mut rank_role: Option<(String, Option<String>)> = None;
            {
                let mut cut = chain.len();
                while cut > 0 {
                    let l = words[chain[cut - 1]].lower.as_str();
                    let before_rank = cut < chain.len() && is_rank(&words[chain[cut]].lower);
                    if is_rank(l) || (before_rank && matches!(l, "major" | "rear" | "vice" | "first")) {
                        cut -= 1;
                    } else {
                        break;
                    }
                }
                // ("Secretary General", "Attorney General": a "general"
                // after such an office is the office's.)
                let office_general = cut > 0
                    && cut < chain.len()
                    && words[chain[cut]].lower == "general"
                    && matches!(
                        words[chain[cut - 1]].lower.as_str(),
                        "secretary"
                            | "attorney"
                            | "surgeon"
                            | "governor"
                            | "inspector"
                            | "director"
                            | "comptroller"
                            | "solicitor"
                            | "postmaster"
                            | "consul"
                            | "auditor"
                            | "procurator"
                            | "prosecutor"
                            | "accountant"
                            | "advocate"
                            | "commissioner"
                            | "counsel"
                            | "vicar"
                    );
                if cut > 0 && cut < chain.len() && !office_general && self.role_from(words, &chain[..cut]).is_some() {
                    rank_role = self.role_from(words, &chain[cut..]);
                    if rank_role.is_some() {
                        chain.truncate(cut);
                    }
                }
            }
            let mut role = self.role_from(words, &chain);
            if let (Some((_, sector)), Some((_, Some(rank_sector)))) = (role.as_mut(), rank_role.as_ref()) {
                if sector.as_deref().is_none_or(|s| s == "GOV") {
                    *sector = Some(rank_sector.clone());
                }
            }
            if role.as_ref().is_none_or(|r| r.1.is_none()) && !chain.is_empty() {
                let igo = affiliation.as_deref().map(|c| c[..3.min(c.len())].to_string());
                if let Some(sec) = org_sector.take().or(igo) {
                    // "Election Commission Chief": the body's name is part
                    // of a national post's title.
                    let from = if org_w0 < chain[0] { org_w0 } else { chain[0] };
                    let text = if org_w0 < chain[0] && sec.len() == 3 && affiliation.is_none() {
                        words[from..=chain[chain.len() - 1]]
                            .iter()
                            .map(|w| w.text.as_str())
                            .collect::<Vec<_>>()
                            .join(" ")
                    } else {
                        chain.iter().map(|&j| words[j].text.as_str()).collect::<Vec<_>>().join(" ")
                    };
                    role = Some((text, Some(sec)));
                }
            }
            // "Federal Reserve Board Chairman X", "Senate Finance Committee
            // chairman X": a national body's chairman or president holds a
            // post of the body's sector, not a business one.
            if let (Some((_, sector)), Some(sec)) = (role.as_mut(), org_sector.as_deref()) {
                if sector.as_deref() == Some("BUS") && sec != "BUS" {
                    *sector = Some(sec.to_string());
                }
            }
            // A party's leader, chief or spokesman speaks for the party, not
            // the government: "Congress leader X" is INDPTY (an "opposition
            // leader" stays OPP, a "former" one ELI).
            if party {
                if let Some((text, Some(sector))) = role.as_mut() {
                    let head = text.rsplit(' ').next().unwrap_or("").to_lowercase();
                    if matches!(sector.as_str(), "GOV" | "IGO" | "BUS") && is_party_role(&head) {
                        *sector = "PTY".to_string();
                    }
                }
            }
            // Right: appositive ", a top Zelenskiy aide," / ", the foreign minister,".
            if role.as_ref().is_none_or(|r| r.1.is_none()) {
                if let (Some(c), Some(d)) = (words.get(w1), words.get(w1 + 1)) {
                    // (Also ", Activision's CEO,": an organization's or
                    // a country's possessive.)
                    let owner = at_word.get(&(w1 + 1)).filter(|&&m| {
                        let o = &raws[m];
                        o.w0 == w1 + 1
                            && matches!(o.kind, EntityKind::Org | EntityKind::Gpe)
                            && words.get(o.w1).is_some_and(|w| w.lower == "'s")
                    });
                    if c.text == ","
                        && Some(c.sent) == sent
                        && (matches!(d.lower.as_str(), "a" | "an" | "the" | "its" | "their") || owner.is_some())
                    {
                        let mut j = if owner.is_some() { w1 + 1 } else { w1 + 2 };
                        let mut ch = Vec::new();
                        let (mut a_org, mut a_national) = (None, false);
                        if matches!(d.lower.as_str(), "its" | "their") {
                            match antecedent(words, raws, w0, false) {
                                Some(m) if raws[m].kind == EntityKind::Gpe => a_national = true,
                                Some(m) => a_org = Some(m),
                                None => {}
                            }
                        }
                        while let Some(w) = words.get(j) {
                            if Some(w.sent) != sent {
                                break;
                            }
                            if let Some(&m) = at_word.get(&j) {
                                let r = &raws[m];
                                if r.kind == EntityKind::Person {
                                    possessor = Some(m);
                                } else {
                                    if country.is_none() {
                                        country = r.country.clone();
                                    }
                                    if r.kind == EntityKind::Org {
                                        a_org.get_or_insert(m);
                                    } else if r.country.is_some() {
                                        a_national = true;
                                    }
                                }
                                j = r.w1;
                                continue;
                            }
                            if w.lower == "'s" {
                                j += 1;
                                continue;
                            }
                            // ", the group's leader," / ", the country's leader,".
                            if ch.is_empty() && words.get(j + 1).is_some_and(|x| x.lower == "'s") {
                                if is_nation_noun(&w.lower) {
                                    a_national = true;
                                    j += 2;
                                    continue;
                                }
                                if is_group_noun(&w.lower) {
                                    a_org = antecedent(words, raws, w0, true);
                                    j += 2;
                                    continue;
                                }
                            }
                            // ", the leader of the X Front,".
                            if w.lower == "the" && ch.last().is_some_and(|&x: &usize| words[x].lower == "of") {
                                j += 1;
                                continue;
                            }
                            // ", a spokeswoman for the FNV union,": the
                            // organization the office serves.
                            if matches!(w.lower.as_str(), "for" | "at") && !ch.is_empty() {
                                let p = if words.get(j + 1).is_some_and(|x| x.lower == "the") { j + 2 } else { j + 1 };
                                if at_word.get(&p).is_some_and(|&m| raws[m].kind == EntityKind::Org && raws[m].w0 == p)
                                {
                                    j = p;
                                    continue;
                                }
                                break;
                            }
                            if self.is_role_word(&w.lower)
                                || ROLE_MODIFIERS.contains(&w.lower.as_str())
                                || (w.lower == "of" && !ch.is_empty())
                            {
                                ch.push(j);
                                j += 1;
                                continue;
                            }
                            break;
                        }
                        while ch.last().is_some_and(|&x| words.get(x).is_some_and(|w| w.lower == "of")) {
                            ch.pop();
                        }
                        if let Some(app) = self.role_from(words, &ch) {
                            if role.is_none() || app.1.is_some() {
                                role = Some(app);
                                lead_org = a_org;
                                national = a_national;
                            }
                        }
                    }
                }
            }
            // A leader leads what the title names: a party (PTY), an armed
            // group (REB) or another organization (its own code; none when
            // it has none), "Hamas leader X" = PSEREB. A bare "leader" is a
            // government's only when a country is named with it ("Iran's
            // leader", "the country's leader", "North Korean leader X").
            if let Some((text, sector)) = role.as_mut() {
                let lt = text.to_lowercase();
                if !party
                    && sector.as_deref() == Some("GOV")
                    && lt.rsplit(' ').next() == Some("leader")
                    && !lt.contains("supreme")
                {
                    if let Some(o) = lead_org.map(|m| &raws[m]) {
                        *sector = None;
                        match o.code.as_deref() {
                            Some(c)
                                if c.len() == 6
                                    && (c.starts_with("---")
                                        || o.country.as_deref().is_some_and(|k| c.starts_with(k))) =>
                            {
                                *sector = Some(c[3..].to_string());
                                if o.country.is_some() {
                                    country = o.country.clone();
                                }
                            }
                            Some(c) if o.country.is_none() => affiliation = Some(c.to_string()),
                            _ => {
                                if o.country.is_some() {
                                    country = o.country.clone();
                                }
                            }
                        }
                    } else if !national {
                        *sector = None;
                    }
                }
            }
            // "Laidlaw president X", "Acme Corp chairman X": a company's
            // officer is in business (BUS), not a government's office;
            // so is a title of no sector ("Sony Chief Financial Officer").
            if let (Some((_, sector)), Some(o)) = (role.as_mut(), lead_org.map(|m| &raws[m])) {
                let company = o.kind == EntityKind::Org
                    && (o.key.as_deref().is_some_and(|k| k.starts_with("org:company:"))
                        || is_company_word(&words[o.w1 - 1].lower)
                        || o.code.as_deref().is_some_and(|c| c.ends_with("BUS")));
                if company && sector.as_deref().is_none_or(|s| matches!(s, "GOV" | "LEG" | "JUD")) {
                    *sector = Some("BUS".to_string());
                }
            }
            // "FNV spokesman X", "X, a spokeswoman for the FNV union": an
            // office (a government's by its title alone) of an organization
            // coded with a sector of its own (a union's LAB) is the
            // organization's.
            if let (Some((_, sector)), Some(o)) = (role.as_mut(), lead_org.map(|m| &raws[m])) {
                // (Its code, or that of another mention of the same name:
                // "the FNV union ... FNV spokesman X".)
                let same =
                    |x: &Raw| words[x.w0..x.w1].iter().map(|w| &w.text).eq(words[o.w0..o.w1].iter().map(|w| &w.text));
                let o = raws.iter().find(|x| x.kind == EntityKind::Org && x.code.is_some() && same(x)).unwrap_or(o);
                let own = o.code.as_deref().filter(|c| {
                    o.kind == EntityKind::Org
                        && c.len() == 6
                        && (c.starts_with("---") || o.country.as_deref().is_some_and(|k| c.starts_with(k)))
                });
                if let Some(c) = own.filter(|c| &c[3..] != "GOV" && sector.as_deref() == Some("GOV")) {
                    *sector = Some(c[3..].to_string());
                    if country.is_none() {
                        country = o.country.clone();
                    }
                }
            }
            // "Gen. Paulo Costa of the Brazilian army": country (and sector) after the name.
            let mut post_sector = None;
            if country.is_none() && words.get(w1).is_some_and(|w| w.lower == "of" && Some(w.sent) == sent) {
                let mut j = w1 + 1;
                if words.get(j).is_some_and(|w| w.lower == "the") {
                    j += 1;
                }
                if let Some(&m) = at_word.get(&j) {
                    let r = &raws[m];
                    if r.kind != EntityKind::Person && r.country.is_some() {
                        country = r.country.clone();
                        if let Some(n) = words.get(r.w1).filter(|n| Some(n.sent) == sent) {
                            post_sector = match n.lower.as_str() {
                                "army" | "military" | "navy" | "air" | "armed" | "forces" => Some("MIL"),
                                "government" | "cabinet" | "ministry" => Some("GOV"),
                                "police" => Some("COP"),
                                "parliament" => Some("LEG"),
                                _ => None,
                            };
                        }
                    }
                }
            }
            let r = &mut raws[k];
            if let Some(ps) = post_sector {
                r.sector = Some(ps.to_string());
            }
            if let Some((text, sector)) = role {
                r.roles.push(text);
                if post_sector.is_none() && sector.is_some() {
                    r.sector = sector;
                }
            }
            if let Some((text, _)) = rank_role {
                r.roles.push(text);
            }
            if country.is_some() {
                r.country = country;
            }
            r.possessor = possessor;
            if r.code.is_none() {
                r.code = affiliation;
            }
        }
    }

    /// "A spokesman for the Interior Ministry, Ahmed Saleh, said ...": a
    /// person with no role whose name follows a comma after an office of
    /// an organization ("a", "an" or "the", role words, "for", "at" or
    /// "of", the organization) holds that office: the role, and the
    /// organization's country and code when the code is that country's
    /// (a government body's EGYGOV) or of no country.
    fn fronted_office_roles(&self, words: &[Word], raws: &mut [Raw]) {
        let (_, at_end) = raw_edges(raws);
        let mut updates: Vec<(usize, String, Option<String>, Option<String>)> = Vec::new();
        for (k, r) in raws.iter().enumerate() {
            if r.kind != EntityKind::Person || !r.roles.is_empty() || r.code.is_some() || r.w0 < 5 {
                continue;
            }
            let sent = words[r.w0].sent;
            let same = |j: usize| words[j].sent == sent;
            if words[r.w0 - 1].lower != "," || !same(r.w0 - 1) {
                continue;
            }
            let Some(&o) = at_end.get(&(r.w0 - 1)) else { continue };
            let org = &raws[o];
            if org.kind != EntityKind::Org || !same(org.w0) {
                continue;
            }
            let mut j = org.w0;
            if j > 0 && words[j - 1].lower == "the" {
                j -= 1;
            }
            if j == 0 || !matches!(words[j - 1].lower.as_str(), "for" | "at" | "of") {
                continue;
            }
            let role_end = j - 1;
            let mut a = role_end;
            while a > 0 && same(a - 1) && role_end - a < 4 && self.is_role_word(&words[a - 1].lower) {
                a -= 1;
            }
            let opens = a > 0 && same(a - 1) && matches!(words[a - 1].lower.as_str(), "a" | "an" | "the");
            if a == role_end || !opens {
                continue;
            }
            let role = words[a..role_end].iter().map(|w| w.text.as_str()).collect::<Vec<_>>().join(" ");
            let code = org.code.clone().filter(|c| {
                c.len() == 6 && (c.starts_with("---") || org.country.as_deref().is_some_and(|k| c.starts_with(k)))
            });
            updates.push((k, role, code, org.country.clone()));
        }
        for (k, role, code, country) in updates {
            let r = &mut raws[k];
            r.roles.push(role);
            if let Some(c) = code {
                r.sector = Some(c[3..].to_string());
                r.code = Some(c);
            }
            if r.country.is_none() {
                r.country = country;
            }
        }
    }

    fn is_role_word(&self, lower: &str) -> bool {
        self.gazetteer.lookup(&[lower]).iter().any(|e| e.kind == GazKind::Role)
            || is_title_head(lower)
            || matches!(lower, "state" | "prince" | "aide" | "staff")
    }

    /// The role string and CAMEO sector of a chain of title words.
    /// A title ending in a title noun gives its role string even without a
    /// sector ("Managing Director": no code is invented).
    fn role_from(&self, words: &[Word], chain: &[usize]) -> Option<(String, Option<String>)> {
        let kept: Vec<&Word> =
            chain.iter().filter_map(|&j| words.get(j)).filter(|w| !ROLE_DROP.contains(&w.lower.as_str())).collect();
        if kept.is_empty() {
            return None;
        }
        // The chain must end with a known role phrase.
        let lowers: Vec<&str> = kept.iter().map(|w| w.lower.as_str()).collect();
        let mut sector = None;
        for s in 0..lowers.len() {
            let phrase = lowers[s..].join(" ");
            if let Some(sec) = self.gazetteer.role_sector(&phrase) {
                sector = Some(sec.to_string());
                break;
            }
        }
        // "Water Board Director", "Navy Chief", "Intelligence Chief": a
        // formal title of capitalized words ending in a bare head takes its
        // sector from the words before the head: a force, or a government
        // noun for a government post; none for a company's or team's post
        // ("Managing Director", "Technical Director").
        if sector.is_none()
            && kept.len() >= 2
            && matches!(lowers.last(), Some(&("director" | "chief" | "director-general")))
            && kept.iter().all(|w| w.text.chars().next().is_some_and(char::is_uppercase))
        {
            sector = bare_head_sector(&lowers[..lowers.len() - 1]).map(String::from);
        }
        let text = kept.iter().map(|w| w.text.as_str()).collect::<Vec<_>>().join(" ");
        let Some(mut sector) = sector else {
            return lowers.last().is_some_and(|l| is_title_head(l)).then_some((text, None));
        };
        if lowers.first() == Some(&"former") || lowers.first() == Some(&"late") {
            sector = "ELI".to_string();
        }
        Some((text, Some(sector)))
    }

    /// Merges mentions into entities.
    fn merge(&self, text: &str, words: &[Word], raws: Vec<Raw>, home: Option<&str>) -> Vec<Entity> {
        struct Group {
            kind: EntityKind,
            raws: Vec<usize>,
            key: Option<String>,
            surname: Option<String>,
        }
        let mut groups: Vec<Group> = Vec::new();
        let mut group_of = vec![usize::MAX; raws.len()];
        let name_words = |r: &Raw| -> Vec<String> {
            words
                .get(r.w0..r.w1)
                .map(|ws| ws.iter().filter(|w| w.lower != "'s" && w.lower != "the").map(|w| fold(&w.lower)).collect())
                .unwrap_or_default()
        };
        let coref = self.options.coreference;
        // A single word tagged as something else that is the surname of a
        // person named in full is that person ("a top Zelenskiy aide").
        let mut raws = raws;
        if coref {
            let surnames: std::collections::HashSet<String> = raws
                .iter()
                .filter(|r| r.kind == EntityKind::Person && r.w1 - r.w0 >= 2)
                .filter_map(|r| name_words(r).last().cloned())
                .collect();
            for r in raws.iter_mut() {
                if r.kind != EntityKind::Person
                    && r.key.is_none()
                    && r.w1 == r.w0 + 1
                    && name_words(r).first().is_some_and(|w| surnames.contains(w))
                {
                    r.kind = EntityKind::Person;
                    r.country = None;
                    r.code = None;
                }
            }
        }
        // "Le Maire" of "Bruno Le Maire", "Van Rompuy" of "Herman Van
        // Rompuy": a surname opening with a particle, however the tagger
        // typed it (an organization in a headline), is the one person
        // named in full with it.
        let mut full_name: Vec<Option<String>> = vec![None; raws.len()];
        if coref {
            let fulls: Vec<Vec<String>> =
                raws.iter().filter(|r| r.kind == EntityKind::Person && r.w1 - r.w0 >= 3).map(name_words).collect();
            for (k, r) in raws.iter_mut().enumerate() {
                let nw = name_words(r);
                // (A person's two-word surname too: "Santos Alvite" of
                // "Fernando Santos Alvite".)
                let particle = nw.first().is_some_and(|w| is_name_particle(w));
                if nw.len() < 2
                    || !(particle || r.kind == EntityKind::Person)
                    || (r.kind != EntityKind::Person && r.key.is_some())
                {
                    continue;
                }
                let mut owners: Vec<&Vec<String>> =
                    fulls.iter().filter(|f| f.len() > nw.len() && f.ends_with(&nw)).collect();
                owners.sort();
                owners.dedup();
                if let [owner] = owners[..] {
                    full_name[k] = Some(format!("per:{}", owner.join(" ")));
                    r.kind = EntityKind::Person;
                    r.country = None;
                    r.code = None;
                    r.key = None;
                }
            }
        }
        let raws = raws;
        // Pass 1: multi-word people and keyed mentions.
        for (k, r) in raws.iter().enumerate() {
            let nw = name_words(r);
            let key = if let Some(full) = full_name[k].clone() {
                Some(full)
            } else if r.kind == EntityKind::Person && nw.len() >= 2 {
                Some(format!("per:{}", nw.join(" ")))
            } else {
                r.key
                    .clone()
                    .or_else(|| (r.kind != EntityKind::Person).then(|| format!("{}:{}", r.kind.as_str(), nw.join(" "))))
            };
            let Some(key) = key else { continue };
            let found = if coref { groups.iter().position(|g| g.key.as_deref() == Some(key.as_str())) } else { None };
            let gi = found.unwrap_or_else(|| {
                groups.push(Group {
                    kind: r.kind,
                    raws: Vec::new(),
                    key: Some(key.clone()),
                    surname: (r.kind == EntityKind::Person).then(|| nw.last().cloned()).flatten(),
                });
                groups.len() - 1
            });
            groups[gi].raws.push(k);
            group_of[k] = gi;
        }
        // The words of each full name before its last ("abiy" of "Abiy
        // Ahmed", "luiz", "inacio" and "lula" of "Luiz Inacio Lula da
        // Silva"), name particles left out.
        let given: Vec<Vec<String>> = raws
            .iter()
            .map(|r| {
                let w = name_words(r);
                if w.len() < 2 {
                    return Vec::new();
                }
                w[..w.len() - 1].iter().filter(|x| !is_name_particle(x)).cloned().collect()
            })
            .collect();
        // Pass 2: single-word people join a full name with that surname (the
        // nearest before them, else the first after), or start their own.
        for (k, r) in raws.iter().enumerate() {
            if group_of[k] != usize::MAX {
                continue;
            }
            let nw = name_words(r);
            let Some(last) = nw.last().cloned() else {
                continue;
            };
            let candidates: Vec<usize> = if coref {
                (0..groups.len())
                    .filter(|&g| {
                        groups[g].kind == EntityKind::Person && (groups[g].surname.as_deref() == Some(last.as_str()))
                    })
                    .collect()
            } else {
                Vec::new()
            };
            let pick = if candidates.len() == 1 {
                Some(candidates[0])
            } else {
                // The nearest full name before this mention.
                candidates
                    .iter()
                    .copied()
                    .filter(|&g| groups[g].raws.iter().any(|&x| raws[x].w0 < r.w0))
                    .max_by_key(|&g| groups[g].raws.iter().map(|&x| raws[x].w0).filter(|&w| w < r.w0).max())
            };
            // "Abiy" after "Abiy Ahmed", "Lula" after "Luiz Inacio Lula da
            // Silva": a single word that no full name ends with is the
            // given name (or inner name, not a particle) of the one full
            // name before it that holds it (news names some people so).
            let pick = pick.or_else(|| {
                if !coref || nw.len() != 1 || !candidates.is_empty() {
                    return None;
                }
                let holders = |before: bool| -> Vec<usize> {
                    (0..groups.len())
                        .filter(|&g| {
                            groups[g].kind == EntityKind::Person
                                && groups[g]
                                    .raws
                                    .iter()
                                    .any(|&x| (!before || raws[x].w0 < r.w0) && given[x].contains(&last))
                        })
                        .collect()
                };
                // (A headline's "Lula" or "Xi", before the body names the
                // person in full: the one full name after it.)
                let mut starts = holders(true);
                if starts.is_empty() {
                    starts = holders(false);
                }
                (starts.len() == 1).then(|| starts[0])
            });
            let gi = match pick {
                Some(g) => g,
                None => {
                    let key = format!("per1:{last}");
                    match groups.iter().position(|g| coref && g.key.as_deref() == Some(key.as_str())) {
                        Some(g) => g,
                        None => {
                            groups.push(Group {
                                kind: EntityKind::Person,
                                raws: Vec::new(),
                                key: Some(key),
                                surname: Some(last),
                            });
                            groups.len() - 1
                        }
                    }
                }
            };
            groups[gi].raws.push(k);
            group_of[k] = gi;
        }
        // Acronyms: "FBI" joins "Federal Bureau of Investigation".
        if coref {
            let mut g = 0;
            while g < groups.len() {
                if groups[g].kind == EntityKind::Org {
                    let acr = groups[g].raws.first().and_then(|&k| raws[k].span.get(text)).unwrap_or("").to_string();
                    if is_acronym(&acr) {
                        let target = (0..groups.len()).find(|&h| {
                            h != g
                                && groups[h].kind == EntityKind::Org
                                && groups[h].raws.iter().filter_map(|&k| raws[k].span.get(text)).any(|t| {
                                    // ("U.S. Federal Trade Commission" is the "FTC".)
                                    initials(t) == acr
                                        || t.split_once(' ').is_some_and(|(first, rest)| {
                                            initials(rest) == acr
                                                && self
                                                    .gazetteer
                                                    .lookup(&[first])
                                                    .iter()
                                                    .any(|e| matches!(e.kind, GazKind::Country | GazKind::Demonym))
                                        })
                                })
                        });
                        if let Some(h) = target {
                            let moved = std::mem::take(&mut groups[g].raws);
                            for &k in &moved {
                                group_of[k] = h;
                            }
                            groups[h].raws.extend(moved);
                            groups.remove(g);
                            for x in group_of.iter_mut() {
                                if *x != usize::MAX && *x > g {
                                    *x -= 1;
                                }
                            }
                            continue;
                        }
                    }
                }
                g += 1;
            }
        }
        // Build entities.
        let mut ents: Vec<(Entity, Option<String>, Vec<usize>)> = Vec::new(); // entity, sector, possessor raws
        for g in &groups {
            if g.raws.is_empty() {
                continue;
            }
            let mut mentions: Vec<Mention> =
                g.raws.iter().map(|&k| Mention { span: raws[k].span, kind: raws[k].mkind }).collect();
            mentions.sort_by_key(|m| (m.span.start, m.span.end));
            mentions.dedup();
            // Fullest name: most words, then written in mixed case, then
            // longest, among non-metonym mentions.
            let best = g
                .raws
                .iter()
                .filter(|&&k| !raws[k].metonym)
                .max_by_key(|&&k| {
                    // A dateline's upper case ("SANTIAGO") names nothing
                    // better than the same name written as a name.
                    let cased = raws[k].span.get(text).is_some_and(|t| t.chars().any(char::is_lowercase));
                    (raws[k].w1 - raws[k].w0, cased, raws[k].span.len(), usize::MAX - raws[k].span.start)
                })
                .or_else(|| g.raws.first())
                .copied();
            let name = best.and_then(|k| raws[k].span.get(text)).map(clean_name).unwrap_or_default();
            let mut roles: Vec<String> = Vec::new();
            let mut sector: Option<String> = None;
            let mut country: Option<String> = None;
            let mut code: Option<String> = None;
            let mut possessors = Vec::new();
            let mut order: Vec<usize> = g.raws.clone();
            order.sort_by_key(|&k| raws[k].w0);
            for &k in &order {
                let r = &raws[k];
                for ro in &r.roles {
                    if !roles.contains(ro) {
                        roles.push(ro.clone());
                    }
                }
                if sector.is_none() || sector.as_deref() == Some("ELI") && r.sector.is_some() {
                    sector = r.sector.clone().or(sector);
                }
                if country.is_none() {
                    country = r.country.clone();
                }
                if code.is_none() && !r.metonym {
                    code = r.code.clone();
                }
                if let Some(p) = r.possessor {
                    possessors.push(p);
                }
            }
            if code.is_none() && g.raws.iter().all(|&k| raws[k].metonym) {
                code = g.raws.first().and_then(|&k| raws[k].code.clone());
            }
            if g.kind == EntityKind::Gpe && code.is_none() && g.key.as_deref().is_some_and(|k| k.starts_with("gpe:")) {
                code = country.clone();
            }
            ents.push((Entity { id: 0, kind: g.kind, name, country, roles, code, mentions }, sector, possessors));
        }
        // Countries of people through possessors ("Trump's envoy") and the
        // list of well-known people; then actor codes.
        let ent_of_raw = |k: usize| -> Option<usize> {
            let g = *group_of.get(k)?;
            let first = groups.get(g)?.raws.first()?;
            ents.iter().position(|(e, _, _)| e.mentions.iter().any(|m| m.span == raws[*first].span))
        };
        let poss_country: Vec<Option<String>> = ents
            .iter()
            .map(|(e, _, poss)| {
                if e.country.is_some() {
                    return None;
                }
                poss.iter().filter_map(|&p| ent_of_raw(p)).find_map(|i| ents.get(i).and_then(|x| x.0.country.clone()))
            })
            .collect();
        for ((e, _, _), pc) in ents.iter_mut().zip(poss_country) {
            if e.country.is_none() {
                e.country = pc;
            }
        }
        // "TOKYO, March 3 - Japanese Finance Minister X ... U.S. ... U.S.
        // ... Deputy Finance Minister Nakamura said": an article naming
        // another country more often is still filed from its dateline's,
        // and an office holder nothing else ties to a country holds office
        // there when the body names that country too ("Japanese"), not in
        // the article's own country (the U.S. here) nor in none.
        let filed_from = raws
            .iter()
            .find(|r| r.kind == EntityKind::Gpe && is_dateline(words, r))
            .and_then(|r| r.country.clone())
            .filter(|d| Some(d.as_str()) != home)
            .filter(|d| {
                raws.iter().any(|r| {
                    matches!(r.kind, EntityKind::Gpe | EntityKind::Norp)
                        && r.country.as_deref() == Some(d.as_str())
                        && !is_dateline(words, r)
                })
            });
        for (e, sector, _) in ents.iter_mut() {
            if e.kind != EntityKind::Person {
                continue;
            }
            if self.options.known_people {
                let known = e
                    .mentions
                    .iter()
                    .filter_map(|m| m.span.get(text))
                    .chain(std::iter::once(e.name.as_str()))
                    .find_map(|t| {
                        self.gazetteer
                            .lookup_str(&clean_name(t))
                            .into_iter()
                            .find(|x| x.kind == GazKind::Person)
                            .cloned()
                    });
                if let Some(p) = known {
                    if e.country.is_none() {
                        e.country = p.country.clone();
                    }
                    if sector.is_none() {
                        *sector = p.code.clone();
                    }
                } else if !e.name.contains(' ') && e.country.is_none() {
                    // "Trump met Putin": a distinctive surname of a listed
                    // person, named alone throughout (not "Eric Trump").
                    // Named with a title of the listed sector ("President
                    // Reagan" in an article placed in Japan), the title
                    // keeps its sector and the person his own country,
                    // not the article's.
                    if let Some((country, code)) = self.gazetteer.person_by_surname(&e.name) {
                        if sector.is_none() {
                            e.country = country.map(str::to_string);
                            *sector = code.map(str::to_string);
                        } else if sector.as_deref() == code || sector.as_deref() == Some("ELI") {
                            e.country = country.map(str::to_string);
                        }
                    }
                }
            }
            // Officials of international organizations: "NATO Secretary General".
            if e.country.is_none() && e.code.as_deref().is_some_and(|c| c.starts_with("IGO") || c.starts_with("NGO")) {
                continue;
            }
            // The leader of an organization with a code of no country
            // ("Islamic State leader X" = IMGMOS).
            if e.country.is_none() && sector.is_none() && e.code.is_some() {
                continue;
            }
            // A national office holder named with no country ("President
            // Gabriel Boric", "army chief ...") holds office in the article's
            // own country (see `home_country`); one named with another
            // country ("Tanzanian Foreign Minister ...") kept it above.
            if e.country.is_none()
                && sector
                    .as_deref()
                    .is_some_and(|s| matches!(s, "GOV" | "MIL" | "LEG" | "JUD" | "COP" | "SPY" | "OPP" | "PTY"))
            {
                e.country = self
                    .title_body_country(words, &raws, e)
                    .or_else(|| self.speaker_body_country(text, words, &raws, e))
                    .or_else(|| {
                        // (Not when his own sentence names another
                        // country: "Foreign Minister X said Tehran was
                        // ready" in a WASHINGTON story about Iran.)
                        let sents: Vec<usize> = e
                            .mentions
                            .iter()
                            .filter_map(|m| words.iter().find(|w| w.span.start >= m.span.start).map(|w| w.sent))
                            .collect();
                        filed_from.clone().filter(|d| {
                            !raws.iter().any(|r| {
                                matches!(r.kind, EntityKind::Gpe | EntityKind::Norp)
                                    && r.country.as_deref().is_some_and(|c| c != d.as_str())
                                    && words.get(r.w0).is_some_and(|w| sents.contains(&w.sent))
                            })
                        })
                    })
                    .or_else(|| home.map(String::from));
            }
            e.code = match (&e.country, sector.as_deref()) {
                (Some(c), Some(s)) => Some(format!("{c}{s}")),
                (Some(c), None) => Some(c.clone()),
                (None, Some(s)) if s != "ELI" => Some(format!("---{s}")),
                _ => None,
            };
        }
        let mut ents: Vec<Entity> = ents.into_iter().map(|x| x.0).collect();
        if coref {
            self.title_people(text, &mut ents);
        }
        self.org_titles(words, &mut ents);
        if self.options.nominal_links {
            self.link_nominals(text, words, &mut ents);
            self.central_banks(words, &mut ents, home);
        }
        if coref {
            self.short_forms(words, &mut ents);
        }
        ents.sort_by_key(|e| e.mentions.first().map(|m| m.span.start).unwrap_or(usize::MAX));
        for (i, e) in ents.iter_mut().enumerate() {
            e.id = i as u32;
        }
        ents
    }

    /// "The Pope spoke", a headline's lone "Pope": a title the tagger read
    /// as a person's name is the one person of the article holding that
    /// title ("Pope Francis"), as a nominal mention; with none (or several),
    /// a title no one bears as a name (pope, president, chancellor, ...)
    /// names no one.
    fn title_people(&self, text: &str, ents: &mut Vec<Entity>) {
        let mut i = 0;
        while i < ents.len() {
            let e = &ents[i];
            let word = e.name.to_lowercase();
            let lone = e.kind == EntityKind::Person
                && !word.contains(' ')
                && e.mentions.iter().all(|m| m.span.get(text).is_some_and(|t| !t.trim().contains(char::is_whitespace)))
                && self.is_role_word(&word)
                && !self.gazetteer.lookup(&[e.name.as_str()]).iter().any(|g| g.kind == GazKind::FirstName);
            if !lone {
                i += 1;
                continue;
            }
            let holders: Vec<usize> = (0..ents.len())
                .filter(|&j| {
                    j != i
                        && ents[j].kind == EntityKind::Person
                        && ents[j]
                            .roles
                            .iter()
                            .any(|r| r.rsplit(' ').next().is_some_and(|h| h.eq_ignore_ascii_case(&word)))
                })
                .collect();
            if let [h] = holders[..] {
                let moved: Vec<Mention> =
                    ents[i].mentions.iter().map(|m| Mention { span: m.span, kind: MentionKind::Nominal }).collect();
                ents[h].mentions.extend(moved);
                ents[h].mentions.sort_by_key(|m| (m.span.start, m.span.end));
                ents.remove(i);
                continue;
            }
            let unborne = matches!(
                word.as_str(),
                "pope"
                    | "pontiff"
                    | "president"
                    | "premier"
                    | "chancellor"
                    | "senator"
                    | "governor"
                    | "minister"
                    | "ambassador"
                    | "secretary"
                    | "spokesman"
                    | "spokeswoman"
                    | "spokesperson"
            );
            if holders.is_empty() && unborne || holders.len() > 1 {
                ents.remove(i);
                continue;
            }
            i += 1;
        }
    }

    /// "said army spokesman Colonel X, adding that the Malian army had
    /// retaken the town": an office holder named with no country whose
    /// title names a national body ("army", "police", "ministry") speaks
    /// for the country his own sentence names with that body ("the Malian
    /// army", "Mali's army", "the army of Mali"), when it names only one.
    fn title_body_country(&self, words: &[Word], raws: &[Raw], e: &Entity) -> Option<String> {
        const BODIES: &[&str] =
            &["army", "military", "navy", "police", "government", "ministry", "junta", "gendarmerie", "forces"];
        let bodies: Vec<&str> = e
            .roles
            .iter()
            .flat_map(|r| r.split_whitespace())
            .filter_map(|w| BODIES.iter().find(|b| w.eq_ignore_ascii_case(b)).copied())
            .collect();
        if bodies.is_empty() {
            return None;
        }
        let first = e.mentions.first()?;
        let r = raws.iter().find(|r| r.span == first.span)?;
        let sent = words.get(r.w0)?.sent;
        let country_at = |j: usize| {
            raws.iter()
                .find(|x| x.w0 <= j && j < x.w1 && words[x.w0].sent == sent)
                .filter(|x| matches!(x.kind, EntityKind::Gpe | EntityKind::Norp))
                .and_then(|x| x.country.clone())
        };
        let lower = |j: usize| words.get(j).filter(|w| w.sent == sent).map_or("", |w| w.lower.as_str());
        let mut found: Vec<String> = Vec::new();
        for p in (0..words.len()).filter(|&p| words[p].sent == sent && bodies.contains(&words[p].lower.as_str())) {
            let before = p.checked_sub(1).and_then(|q| {
                if lower(q) == "'s" {
                    q.checked_sub(1).and_then(country_at)
                } else {
                    country_at(q)
                }
            });
            let after = (lower(p + 1) == "of")
                .then(|| country_at(p + 2).or_else(|| (lower(p + 2) == "the").then(|| country_at(p + 3)).flatten()))
                .flatten();
            found.extend(before.or(after));
        }
        found.sort();
        found.dedup();
        (found.len() == 1).then(|| found.remove(0))
    }

    /// "China's foreign ministry said ... Spokesperson Lin Jian urged":
    /// a spokesperson or official named with no country speaks for the
    /// country of the body or government the previous sentence of the same
    /// paragraph opens with as its subject (a country, a people or an
    /// organization with a country), not for the article's own.
    fn speaker_body_country(&self, text: &str, words: &[Word], raws: &[Raw], e: &Entity) -> Option<String> {
        let speaker = e.roles.iter().any(|r| {
            r.split_whitespace().last().is_some_and(|l| {
                matches!(l.to_lowercase().as_str(), "spokesman" | "spokeswoman" | "spokesperson" | "official")
            })
        });
        let first = e.mentions.first()?;
        let r = raws.iter().find(|r| r.span == first.span)?;
        let sent = words.get(r.w0)?.sent;
        if !speaker || sent == 0 {
            return None;
        }
        let s0 = words.iter().position(|w| w.sent == sent)?;
        let p0 = words.iter().position(|w| w.sent == sent - 1)?;
        // Same paragraph: no line break between the two sentences.
        if text.get(words[s0 - 1].span.end..words[s0].span.start).is_none_or(|gap| gap.contains('\n')) {
            return None;
        }
        let mut start = p0;
        if words[start].lower == "the" {
            start += 1;
        }
        let subject = raws.iter().find(|x| x.w0 == start && words[x.w0].sent == sent - 1)?;
        match subject.kind {
            EntityKind::Gpe if subject.code.is_some() => subject.country.clone(),
            EntityKind::Norp | EntityKind::Org => subject.country.clone(),
            _ => None,
        }
    }

    /// "Chile's central bank cut rates ... the bank said": a country's
    /// central (or reserve) bank named by role nouns is an organization of
    /// nominal mentions, of the country named with it ("Chile's", "the
    /// Chilean") else the article's, coded GOV as the events layer codes a
    /// central bank; a later bare "the bank" is the last one named.
    fn central_banks(&self, words: &[Word], ents: &mut Vec<Entity>, home: Option<&str>) {
        let covered = |ents: &[Entity], sp: Span| ents.iter().any(|e| e.mentions.iter().any(|m| m.span.overlaps(sp)));
        let country_at = |ents: &[Entity], sp: Span| {
            ents.iter()
                .find(|e| {
                    matches!(e.kind, EntityKind::Gpe | EntityKind::Norp)
                        && e.country.is_some()
                        && e.mentions.iter().any(|m| m.span.end == sp.end)
                })
                .and_then(|e| e.country.clone())
        };
        let mut last: Option<usize> = None;
        for i in 1..words.len() {
            let w = &words[i];
            if w.text != "bank" {
                continue;
            }
            let prev = &words[i - 1];
            let sp = Span::new(prev.span.start, w.span.end);
            if matches!(prev.text.as_str(), "central" | "reserve") && prev.sent == w.sent && !covered(ents, sp) {
                // The country before: "Chile's central bank", "the Chilean
                // central bank", "the country's central bank".
                let country = (i >= 3 && words[i - 2].lower == "'s" && words[i - 3].sent == w.sent)
                    .then(|| country_at(ents, words[i - 3].span))
                    .flatten()
                    .or_else(|| {
                        (i >= 2 && words[i - 2].sent == w.sent).then(|| country_at(ents, words[i - 2].span)).flatten()
                    })
                    .or_else(|| home.map(String::from));
                let Some(country) = country else { continue };
                let found = ents.iter().position(|e| {
                    e.kind == EntityKind::Org
                        && e.name == "central bank"
                        && e.country.as_deref() == Some(country.as_str())
                });
                let k = found.unwrap_or_else(|| {
                    ents.push(Entity {
                        id: 0,
                        kind: EntityKind::Org,
                        name: "central bank".to_string(),
                        country: Some(country.clone()),
                        roles: Vec::new(),
                        code: Some(format!("{country}GOV")),
                        mentions: Vec::new(),
                    });
                    ents.len() - 1
                });
                ents[k].mentions.push(Mention { span: sp, kind: MentionKind::Nominal });
                last = Some(k);
            } else if prev.lower == "the" && prev.sent == w.sent && !covered(ents, sp) {
                // "the bank", not "the bank of ..." nor "the bank's
                // shareholders" of a business named since.
                let named_after = words
                    .get(i + 1)
                    .is_some_and(|x| x.sent == w.sent && (x.lower == "of" || x.text.starts_with(char::is_uppercase)));
                if let Some(k) = last.filter(|_| !named_after) {
                    ents[k].mentions.push(Mention { span: sp, kind: MentionKind::Nominal });
                }
            }
        }
    }

    /// Whether word `i` is an organization noun standing alone for a
    /// body named before: "the Bank", "the Commission" (not a longer name,
    /// "the Bank of England", "the Bank Rakyat"), or a capitalized noun
    /// before a title after no capitalized word ("Commission spokesman X").
    fn is_short_form_at(&self, words: &[Word], i: usize) -> bool {
        let w = &words[i];
        if i == 0 || !w.text.starts_with(char::is_uppercase) || !is_short_form_head(&w.lower) {
            return false;
        }
        let prev = &words[i - 1];
        let next = words.get(i + 1).filter(|x| x.sent == w.sent);
        let the = prev.lower == "the" && prev.sent == w.sent;
        let titled = next.is_some_and(|x| is_title_head(&x.lower))
            && (prev.sent != w.sent || !prev.text.starts_with(char::is_uppercase) || prev.lower == "the");
        if titled {
            return true;
        }
        the && !next.is_some_and(|x| x.lower == "of" || x.text.starts_with(char::is_uppercase))
    }

    /// "Commission spokesman Marco Ricci", "the Bank said": a one-word
    /// organization the tagger found that is a short form
    /// ([`Self::is_short_form_at`]) of the organization last named with
    /// that head takes its identity and codes before titles are read, so
    /// the spokesman speaks for the body named in full (IGOEU).
    fn short_form_raws(&self, words: &[Word], raws: &mut [Raw]) {
        for k in 0..raws.len() {
            let r = &raws[k];
            if r.kind != EntityKind::Org || r.w1 != r.w0 + 1 || !self.is_short_form_at(words, r.w0) {
                continue;
            }
            let lower = words[r.w0].lower.as_str();
            let owner = (0..k).rev().find(|&o| {
                let x = &raws[o];
                x.kind == EntityKind::Org && x.w1 > x.w0 + 1 && {
                    let ws = &words[x.w0..x.w1];
                    match ws.iter().position(|w| w.lower == "of") {
                        Some(p) => p > 0 && ws[p - 1].lower == lower,
                        None => lower != "house" && ws[ws.len() - 1].lower == lower,
                    }
                }
            });
            if let Some(o) = owner {
                let (key, code, country) = (raws[o].key.clone(), raws[o].code.clone(), raws[o].country.clone());
                let r = &mut raws[k];
                if key.is_some() {
                    r.key = key;
                }
                r.code = code;
                r.country = country;
            }
        }
        // "British lender Harwick Bank ... Harwick Chief Executive X": a
        // company's other mentions (its key, `company_short_names`) take
        // the code and country its description gave it.
        for k in 0..raws.len() {
            let r = &raws[k];
            if r.kind != EntityKind::Org || r.code.is_some() || !r.key.as_deref().is_some_and(|x| x.starts_with("org:"))
            {
                continue;
            }
            let coded = raws.iter().find(|x| x.kind == EntityKind::Org && x.key == r.key && x.code.is_some());
            if let Some((code, country)) = coded.map(|x| (x.code.clone(), x.country.clone())) {
                let r = &mut raws[k];
                r.code = code;
                r.country = r.country.take().or(country);
            }
        }
    }

    /// "The Bank of Norway raised rates ... The Bank said": a definite
    /// short form, "the" and a capitalized organization noun alone (not
    /// "the Bank of England" nor "the Bank's board"-less longer names),
    /// is the organization last named before it whose head the noun is
    /// (the word before its "of", or its last word: "Deutsche Bank").
    /// The tagger's own one-word organization "Bank" gives up such
    /// mentions; an untagged one becomes a nominal mention.
    fn short_forms(&self, words: &[Word], ents: &mut Vec<Entity>) {
        let head_of = |name: &str| -> Option<String> {
            let ws: Vec<&str> = name.split_whitespace().collect();
            if ws.len() < 2 {
                return None;
            }
            // (A "House" only of "House of ...": not "the White House".)
            let h = match ws.iter().position(|w| *w == "of") {
                Some(p) if p > 0 => ws[p - 1],
                Some(_) => return None,
                None if ws[ws.len() - 1].eq_ignore_ascii_case("house") => return None,
                None => ws[ws.len() - 1],
            };
            Some(h.to_lowercase())
        };
        // (head, entity, first mention's start) of the organizations.
        let mut heads: Vec<(String, usize, usize)> = Vec::new();
        for (k, e) in ents.iter().enumerate() {
            if e.kind != EntityKind::Org {
                continue;
            }
            let Some(h) = head_of(&e.name).filter(|h| is_short_form_head(h)) else { continue };
            for m in e.mentions.iter().filter(|m| m.kind == MentionKind::Name) {
                heads.push((h.clone(), k, m.span.start));
            }
        }
        if heads.is_empty() {
            return;
        }
        let mut moves: Vec<(Span, usize)> = Vec::new();
        for i in 1..words.len() {
            let w = &words[i];
            if !self.is_short_form_at(words, i) {
                continue;
            }
            let owner = heads
                .iter()
                .filter(|(h, _, at)| *h == w.lower && *at < w.span.start)
                .max_by_key(|(_, _, at)| *at)
                .map(|(_, k, _)| *k);
            if let Some(k) = owner {
                moves.push((w.span, k));
            }
        }
        for (sp, k) in moves {
            // A mention of exactly this word elsewhere (the tagger's "Bank").
            let mut kind = MentionKind::Nominal;
            let mut covered = false;
            for (j, e) in ents.iter_mut().enumerate() {
                if let Some(p) = e.mentions.iter().position(|m| m.span.overlaps(sp)) {
                    covered = true;
                    if j != k && e.mentions[p].span == sp && !e.name.contains(' ') && e.kind == EntityKind::Org {
                        kind = e.mentions.remove(p).kind;
                        covered = false;
                    }
                    break;
                }
            }
            if !covered {
                ents[k].mentions.push(Mention { span: sp, kind });
                ents[k].mentions.sort_by_key(|m| (m.span.start, m.span.end));
            }
        }
        ents.retain(|e| !e.mentions.is_empty());
    }

    /// "FTC Chair Lina Khan": a person of no country whose name follows
    /// a title (at most three title words) after a mention of an
    /// organization with a country or a code (the acronym merged with
    /// "Federal Trade Commission") holds the post in that body: its
    /// country, and its code when the person has none.
    fn org_titles(&self, words: &[Word], ents: &mut [Entity]) {
        let mut org_end: HashMap<usize, usize> = HashMap::new();
        for (k, e) in ents.iter().enumerate() {
            if e.kind == EntityKind::Org && (e.country.is_some() || e.code.is_some()) {
                for m in &e.mentions {
                    org_end.insert(m.span.end, k);
                }
            }
        }
        if org_end.is_empty() {
            return;
        }
        for p in 0..ents.len() {
            if ents[p].kind != EntityKind::Person || ents[p].country.is_some() {
                continue;
            }
            let found = ents[p].mentions.iter().filter(|m| m.kind == MentionKind::Name).find_map(|m| {
                let wi = words.binary_search_by_key(&m.span.start, |w| w.span.start).ok()?;
                let mut j = wi;
                while j > 0
                    && wi - j < 3
                    && words[j - 1].sent == words[wi].sent
                    && self.is_role_word(&words[j - 1].lower)
                {
                    j -= 1;
                }
                if j == wi || j == 0 || words[j - 1].sent != words[wi].sent {
                    return None;
                }
                org_end.get(&words[j - 1].span.end).copied()
            });
            if let Some(o) = found {
                let (country, code) = (ents[o].country.clone(), ents[o].code.clone());
                let e = &mut ents[p];
                e.country = country;
                if e.code.is_none() {
                    e.code = code;
                }
            }
        }
    }

    /// "the top U.S. diplomat" → the one U.S. person whose role fits.
    fn link_nominals(&self, text: &str, words: &[Word], ents: &mut [Entity]) {
        let mut i = 0;
        while i < words.len() {
            if words[i].lower != "the" {
                i += 1;
                continue;
            }
            // the [top|senior|chief] COUNTRY|METONYM HEAD
            let mut j = i + 1;
            while words.get(j).is_some_and(|w| matches!(w.lower.as_str(), "top" | "senior" | "chief")) {
                j += 1;
            }
            let mut country: Option<String> = None;
            let mut k = j;
            for len in (1..=3).rev() {
                if let Some(ws) = words.get(j..j + len) {
                    let toks: Vec<&str> = ws.iter().map(|w| w.text.as_str()).collect();
                    let e = self.gazetteer.lookup(&toks);
                    if let Some(c) = e.iter().find(|x| {
                        matches!(x.kind, GazKind::Country | GazKind::Demonym | GazKind::Metonym)
                            || (x.kind == GazKind::City && x.capital)
                    }) {
                        country = c.country.clone();
                        k = j + len;
                        break;
                    }
                }
            }
            let (Some(country), Some(head)) = (country, words.get(k)) else {
                i += 1;
                continue;
            };
            let Some((_, fits)) = PERSON_NOMINALS.iter().find(|(h, _)| *h == head.lower) else {
                i += 1;
                continue;
            };
            let span = Span::new(words[i].span.start, head.span.end);
            let cands: Vec<usize> = (0..ents.len())
                .filter(|&x| {
                    let e = &ents[x];
                    e.kind == EntityKind::Person
                        && e.country.as_deref() == Some(country.as_str())
                        && e.mentions.first().is_some_and(|m| m.span.start < span.start)
                        && e.roles.iter().any(|r| {
                            let l = r.to_lowercase();
                            !l.starts_with("former") && fits.iter().any(|f| l.ends_with(f))
                        })
                })
                .collect();
            if cands.len() == 1 && span.get(text).is_some() {
                let e = &mut ents[cands[0]];
                e.mentions.push(Mention { span, kind: MentionKind::Nominal });
                e.mentions.sort_by_key(|m| (m.span.start, m.span.end));
            }
            i = k + 1;
        }
    }
}

/// How far the tagger's weights for a word's lower case and clusters
/// alone must lean toward a name ([`Model::name_lean`]) for a title-case
/// headline to keep the word capitalized: company and people names of the
/// clusters score 22,000 to 33,000 ("samsung" 24,700), common words mostly
/// below 10,000 ("record" 16,600, "senator" 18,500 are the highest seen).
const NAME_LEAN: i32 = 20_000;

/// Messaging services and social networks named as where something was
/// said ("a statement on Telegram"): organizations, never places.
/// Places whose name holds a country they are not in.
const NAMED_AFTER_ANOTHER: &[(&str, &str)] = &[
    ("Benin City", "NGA"),
    ("Niger State", "NGA"),
    ("Niger Delta", "NGA"),
    ("Jersey City", "USA"),
    ("Panama City Beach", "USA"),
    ("Mexico Beach", "USA"),
    ("Lebanon Junction", "USA"),
];

const US_STATES: &str = include_str!("../data/us_states.txt");

/// True when the words name a U.S. state ("Kentucky", "New Hampshire").
fn us_state(ws: &[Word]) -> bool {
    let name: Vec<&str> = ws.iter().map(|w| w.text.as_str()).collect();
    let name = name.join(" ");
    US_STATES.lines().any(|l| !l.starts_with('#') && l.trim() == name)
}

const PLATFORMS: &[&str] = &[
    "Telegram",
    "WhatsApp",
    "Facebook",
    "Twitter",
    "Instagram",
    "YouTube",
    "TikTok",
    "Weibo",
    "WeChat",
    "Threads",
    "Bluesky",
    "Truth Social",
];

/// The article's own country: the place of its dateline ("SANTIAGO,
/// Oct 14 -") when no other country is named more often (nor as often,
/// when the dateline is its only mention), else the
/// country named most often when it is named at least twice and at
/// least twice as often as any other; none when several countries
/// share the article. Counted mentions are places and nationalities
/// linked to a country (countries, demonyms, cities): each is (its
/// country, its type, whether it is the dateline's place, whether it is
/// named as where the story happens, [`is_story_place`]).
fn home_of<'a>(mentions: impl Iterator<Item = (&'a str, EntityKind, bool, bool, usize)>) -> Option<String> {
    let mut count: HashMap<&str, usize> = HashMap::new();
    let mut as_place: HashMap<&str, usize> = HashMap::new();
    let mut dateline: Option<&str> = None;
    let mut nationalities: Vec<&str> = Vec::new();
    // (country, sentence) of each mention, and the sentences naming a
    // country as the story's place.
    let mut named: Vec<(&str, usize)> = Vec::new();
    let mut place_sents: Vec<(&str, usize)> = Vec::new();
    for (c, kind, at_dateline, place, sent) in mentions {
        if !matches!(kind, EntityKind::Gpe | EntityKind::Norp) {
            continue;
        }
        named.push((c, sent));
        if place && !at_dateline {
            place_sents.push((c, sent));
        }
        *count.entry(c).or_default() += 1;
        if kind == EntityKind::Norp {
            nationalities.push(c);
        }
        if place && !at_dateline {
            *as_place.entry(c).or_default() += 1;
        }
        if dateline.is_none() && at_dateline {
            dateline = Some(c);
        }
    }
    let mut ranked: Vec<(&str, usize)> = count.into_iter().collect();
    ranked.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    let top = ranked.first().copied()?;
    let second = ranked.get(1).map(|x| x.1).unwrap_or(0);
    if let Some(d) = dateline {
        let nd = ranked.iter().find(|x| x.0 == d).map(|x| x.1).unwrap_or(0);
        // (Not on a tie with a dateline named nowhere else: a story filed
        // from a bureau about a country named as often as the place of
        // the story, "LONDON - ... killed 12 villagers in northern
        // Nigeria", is of neither; a recipient or a nationality, "aid to
        // Israel", "Russian drones", does not tie.)
        let tied = nd == 1 && as_place.iter().any(|(c, n)| *c != d && *n >= nd);
        if nd >= top.1 && !tied {
            return Some(d.to_string());
        }
    }
    if top.1 >= 2 && top.1 >= 2 * second {
        return Some(top.0.to_string());
    }
    // Without a dateline: the one country named as where the story
    // happens ("Soldiers seized power in Guinea ... France condemned the
    // coup") when no other is named more often, nor as a nationality
    // ("a bomb aimed at a Turkish convoy killed four soldiers in Syria":
    // foreigners acting there), nor in a sentence placing the story there
    // ("Israel said its jets struck targets in Gaza": a side of a fight).
    let mut places = as_place.iter().filter(|(_, n)| **n > 0);
    match (dateline, places.next(), places.next()) {
        (None, Some((c, _)), None)
            if ranked.iter().find(|x| x.0 == *c).is_some_and(|x| x.1 >= top.1)
                && nationalities.iter().all(|n| n == c)
                && named.iter().all(|(o, s)| o == c || !place_sents.iter().any(|(_, ps)| ps == s)) =>
        {
            Some(c.to_string())
        }
        _ => None,
    }
}

/// True when the mention starting at word `w0` is named as where things
/// happen: after "in" (or "across", "inside", "throughout"), maybe with
/// a direction (`is_direction`: also "rural", "coastal", "remote") or
/// "the" between ("in northern Nigeria", "in Nigeria's north").
fn is_story_place(words: &[Word], w0: usize) -> bool {
    let before = |k: usize| {
        w0.checked_sub(k).and_then(|i| words.get(i)).filter(|w| Some(w.sent) == words.get(w0).map(|x| x.sent))
    };
    let prep = |w: &Word| matches!(w.lower.as_str(), "in" | "across" | "inside" | "throughout");
    let between = |w: &Word| w.lower == "the" || is_direction(&w.lower);
    before(1).is_some_and(prep) || before(1).is_some_and(between) && before(2).is_some_and(prep)
}

/// The article's own country as the entity layer decides it when it links
/// unqualified institutions and office holders ("the Senate", "police",
/// "President ...") to a country: see `home_of`. Read from a document
/// the entity layer has annotated (its place and nationality mentions), so
/// later layers use the same country without a rule of their own.
pub fn article_country(doc: &Document) -> Option<String> {
    let words = doc_words(doc);
    // (Names only: the tagged mentions the extractor counted, not the
    // nominal ones it links afterwards.)
    let mentions = doc
        .entities
        .iter()
        .flat_map(|e| e.mentions.iter().filter(|m| m.kind == MentionKind::Name).map(move |m| (e, m)));
    home_of(mentions.filter_map(|(e, m)| {
        let c = e.country.as_deref()?;
        let at_dateline = e.kind == EntityKind::Gpe && {
            let w0 = words.partition_point(|w| w.span.end <= m.span.start);
            let w1 = words.partition_point(|w| w.span.start < m.span.end);
            w1 > w0 && is_dateline_at(&words, w0, w1)
        };
        let w0 = words.partition_point(|w| w.span.end <= m.span.start);
        let sent = words.get(w0).map_or(0, |w| w.sent);
        Some((c, e.kind, at_dateline, is_story_place(&words, w0), sent))
    }))
}

/// The document's tokens glued into CoNLL-style words, with their sentence.
fn doc_words(doc: &Document) -> Vec<Word> {
    let text = doc.text();
    let mut out = Vec::with_capacity(doc.tokens.len());
    for (si, s) in doc.sentences.iter().enumerate() {
        let Some(toks) = doc.tokens.get(s.tokens.clone()) else {
            continue;
        };
        let spans: Vec<Span> = toks.iter().map(|t| t.span).collect();
        for (span, r) in conll_words(text, &spans) {
            let Some(t) = span.get(text) else { continue };
            let (upos, deprel) = if r.len() == 1 {
                let t = toks.get(r.start);
                (t.and_then(|t| t.upos), t.and_then(|t| t.deprel.clone()))
            } else {
                (None, None)
            };
            let norm = crate::features::normalize_word(t);
            out.push(Word { span, lower: norm.to_lowercase(), text: norm, sent: si, upos, deprel });
        }
    }
    out
}

/// A wire dateline's place: an upper-case place opening one of the first
/// three sentences, followed by a comma ("SANTIAGO, Oct 14 -") or by its
/// agency ("WASHINGTON (AP) -").
fn is_dateline(words: &[Word], r: &Raw) -> bool {
    is_dateline_at(words, r.w0, r.w1)
}

/// [`is_dateline`] for the words `w0..w1`.
fn is_dateline_at(words: &[Word], w0: usize, w1: usize) -> bool {
    let Some(w) = words.get(w0) else { return false };
    let opens = w0 == 0 || words.get(w0 - 1).is_some_and(|p| p.sent != w.sent);
    if !(opens && w.sent <= 2 && words.get(w1).is_some_and(|n| (n.text == "," || n.text == "(") && n.sent == w.sent)) {
        return false;
    }
    // The mention is the whole place: the dateline's first comma (or the
    // agency's parenthesis, "WASHINGTON (AP) -") follows it.
    let ws: Vec<&str> = words[w0..]
        .iter()
        .take_while(|x| x.sent == w.sent)
        .take(dateline_core::calendar::DATELINE_WORDS)
        .map(|x| x.text.as_str())
        .collect();
    ws.iter().position(|x| *x == "," || *x == "(") == Some(w1 - w0)
        && dateline_core::calendar::dateline_prefix(&ws).is_some()
}

/// The CAMEO sector of a domestic institution named without its country
/// (lower-case words, "the" and country words left out): "senate",
/// "congress", "supreme court", "interior ministry", "central bank",
/// "army", "police".
fn institution_sector(lw: &[&str], named: bool) -> Option<&'static str> {
    let last = *lw.last()?;
    let first = lw.first().copied().unwrap_or("");
    let n = lw.len();
    const HEADS: &[&str] = &["ministry", "department", "commission", "agency", "authority", "bureau", "directorate"];
    // The words before the body's head noun ("U.S. Agency for
    // International Development": none) say whether it is international.
    let head_at = lw.iter().position(|w| HEADS.contains(w) || *w == "police").unwrap_or(n);
    let national = named || lw.iter().any(|w| is_government_subject(w));
    Some(match (n, first, last) {
        (1, _, "senate" | "congress" | "parliament" | "legislature") => "LEG",
        (2, "national" | "federal" | "legislative" | "lower" | "upper", "assembly" | "congress" | "house") => "LEG",
        (3, "house", "representatives") | (3, "chamber", "deputies") => "LEG",
        (2, "supreme" | "constitutional" | "high" | "federal" | "appeals" | "military", "court") => "JUD",
        (3, "supreme" | "constitutional", "justice") if lw[1] == "court" => "JUD",
        (1, _, "government" | "cabinet" | "treasury" | "presidency") => "GOV",
        (2, "central" | "reserve", "bank") | (2, "election" | "electoral", "commission") => "GOV",
        (3.., "ministry", _) if lw[1] == "of" => "GOV",
        (1, _, "army" | "navy" | "military") | (2, "air", "force") | (2, "armed", "forces") => "MIL",
        (2, "national" | "federal" | "royal", "army") => "MIL",
        (1, _, "police") | (2, "national" | "federal", "police") => "COP",
        // "the Disaster Management Ministry", "the Meteorological
        // Department", "the Department of Health", "the Police
        // Department": a national body, unless named as international
        // or a news agency ("European Space Agency", "Xinhua News
        // Agency"), and only with a government's subject or a country or
        // city named with it (not "Better Business Bureau", "the
        // Emergency Department", "Lighthouse Healing Ministry").
        // "the Cabinet Office", "the Prime Minister's Office": a
        // national body of the article's country.
        (2, "cabinet", "office" | "secretariat") | (2, "presidential", "office") => "GOV",
        (3 | 4, "prime", "office") if lw[1] == "minister" => "GOV",
        // "the Senate Finance Committee", "the House Intelligence
        // Committee": a chamber's committee is the legislature's.
        (2.., "senate" | "congress" | "parliament" | "house", "committee" | "subcommittee") => "LEG",
        _ if lw[..head_at].iter().any(|w| is_international(w)) => return None,
        (2.., _, "police") => "COP",
        (2.., _, "ministry" | "department" | "commission" | "agency" | "authority" | "bureau")
            if lw.contains(&"police") =>
        {
            "COP"
        }
        _ if !national => return None,
        (2.., _, "ministry" | "department" | "commission" | "agency" | "authority" | "bureau" | "directorate") => "GOV",
        // "the National Bureau of Statistics", "the Agency for
        // International Development", "the Kenya National Commission on
        // Human Rights" (a state's statutory commission, GOV, not a
        // human-rights group, HRI).
        (3.., _, _) if lw.windows(2).any(|p| HEADS.contains(&p[0]) && matches!(p[1], "of" | "for" | "on")) => "GOV",
        _ => return None,
    })
}

/// A word that names what a government body looks after: "Health
/// Ministry", "Revenue Authority", "National Disaster Agency".
fn is_government_subject(lower: &str) -> bool {
    matches!(
        lower,
        "national"
            | "federal"
            | "state"
            | "central"
            | "royal"
            | "presidential"
            | "public"
            | "government"
            | "health"
            | "finance"
            | "financial"
            | "defence"
            | "defense"
            | "interior"
            | "home"
            | "foreign"
            | "external"
            | "affairs"
            | "justice"
            | "revenue"
            | "revenues"
            | "tax"
            | "taxation"
            | "customs"
            | "immigration"
            | "police"
            | "disaster"
            | "election"
            | "electoral"
            | "anti-corruption"
            | "corruption"
            | "agriculture"
            | "agricultural"
            | "education"
            | "energy"
            | "environment"
            | "environmental"
            | "economy"
            | "trade"
            | "commerce"
            | "industry"
            | "transport"
            | "transportation"
            | "labour"
            | "labor"
            | "culture"
            | "tourism"
            | "information"
            | "petroleum"
            | "oil"
            | "mines"
            | "mining"
            | "water"
            | "housing"
            | "youth"
            | "sports"
            | "communications"
            | "telecommunications"
            | "planning"
            | "fisheries"
            | "forestry"
            | "forests"
            | "land"
            | "lands"
            | "works"
            | "infrastructure"
            | "science"
            | "technology"
            | "welfare"
            | "security"
            | "intelligence"
            | "investigation"
            | "statistics"
            | "meteorological"
            | "meteorology"
            | "food"
            | "drug"
            | "drugs"
            | "narcotics"
            | "prisons"
            | "correctional"
            | "border"
            | "homeland"
            | "veterans"
            | "treasury"
            | "budget"
            | "audit"
            | "highways"
            | "railways"
            | "aviation"
            | "civil"
            | "nuclear"
            | "atomic"
            | "competition"
            | "procurement"
            | "standards"
            | "investment"
            | "development"
            | "wildlife"
            | "parks"
            | "electricity"
            | "power"
            | "census"
            | "pensions"
            | "maritime"
            | "ports"
            | "rights"
            | "gender"
            | "women"
            | "children"
            | "family"
            | "religious"
            | "resources"
            | "regulatory"
            | "securities"
            | "exchange"
            | "monetary"
            | "markets"
            | "airports"
            | "roads"
            | "transit"
            | "anti-graft"
            | "broadcasting"
            | "medicines"
            | "prosecution"
            | "prosecutions"
            | "antiquities"
            | "weather"
            | "geological"
            | "space"
            | "railway"
            | "highway"
            | "sport"
            | "agrarian"
            | "mineral"
            | "minerals"
            | "fishery"
            | "forest"
            | "elections"
            | "industries"
            | "economic"
            | "communication"
            | "municipal"
            | "local"
            | "anti-narcotics"
            | "counter-terrorism"
            | "counterterrorism"
            | "terrorism"
            | "fire"
            | "sheriff"
            | "truth"
            | "reconciliation"
            | "law"
            | "refugees"
            | "migration"
            | "consumer"
            | "accountability"
            | "ethics"
            | "integrity"
            | "auditor"
            | "irrigation"
            | "urban"
            | "cooperatives"
            | "heritage"
            | "enforcement"
            | "vigilance"
            | "excise"
            | "protection"
            | "emergencies"
    )
}

/// Function words a title-case headline capitalizes ("Goes After",
/// "Vote To Cut", "Clash Over") or leaves in lower case.
fn is_headline_function_word(lower: &str) -> bool {
    matches!(
        lower,
        "a" | "an"
            | "the"
            | "of"
            | "to"
            | "in"
            | "on"
            | "at"
            | "for"
            | "and"
            | "or"
            | "but"
            | "nor"
            | "by"
            | "as"
            | "vs"
            | "vs."
            | "v"
            | "with"
            | "without"
            | "from"
            | "into"
            | "onto"
            | "over"
            | "after"
            | "before"
            | "against"
            | "about"
            | "amid"
            | "among"
            | "despite"
            | "during"
            | "since"
            | "until"
            | "under"
            | "per"
            | "via"
            | "than"
            | "is"
            | "are"
            | "was"
            | "were"
            | "be"
            | "will"
            | "would"
            | "can"
            | "could"
            | "should"
            | "must"
            | "has"
            | "have"
            | "had"
            | "not"
            | "his"
            | "her"
            | "its"
            | "their"
            | "why"
            | "how"
            | "what"
            | "who"
            | "when"
            | "where"
            | "it"
            | "he"
            | "she"
            | "they"
            | "we"
            | "this"
            | "that"
    )
}

/// A conjunction, adverb or preposition that opens a sentence ("But
/// Finance Minister X said"): capitalized there, never part of a title.
fn is_sentence_opener(lower: &str) -> bool {
    matches!(
        lower,
        "but"
            | "and"
            | "or"
            | "so"
            | "yet"
            | "then"
            | "now"
            | "also"
            | "still"
            | "meanwhile"
            | "however"
            | "later"
            | "earlier"
            | "when"
            | "after"
            | "before"
            | "while"
            | "although"
            | "though"
            | "since"
            | "because"
            | "if"
            | "as"
            | "today"
            | "yesterday"
            | "instead"
            | "indeed"
            | "moreover"
            | "separately"
            | "similarly"
            | "there"
            | "here"
            | "on"
            | "in"
            | "at"
            | "for"
            | "with"
            | "from"
            | "by"
            | "to"
            | "under"
            | "during"
            | "following"
            | "last"
            | "next"
            | "even"
            | "only"
            | "once"
            | "thus"
            | "hence"
            | "finally"
            | "both"
            | "neither"
            | "nor"
            | "not"
            | "whereas"
            | "until"
            | "unless"
            | "where"
            | "why"
            | "how"
            | "what"
            | "who"
            | "whom"
    )
}

/// The sector of a capitalized title ending in a bare "Director" or
/// "Chief", from the words before it: "Navy" MIL, "Police" COP,
/// "Intelligence" SPY, a government noun ("Water Board", "Disaster
/// Management", "State") GOV; none for a company's, team's or
/// hospital's post ("Managing", "Technical", "Medical") or anything else.
fn bare_head_sector(before: &[&str]) -> Option<&'static str> {
    const BUSINESS: &[&str] = &[
        "managing",
        "executive",
        "technical",
        "sporting",
        "creative",
        "artistic",
        "finance",
        "financial",
        "marketing",
        "medical",
        "commercial",
        "operating",
        "operations",
        "sales",
        "football",
        "musical",
        "film",
        "design",
        "communications",
    ];
    if before.iter().any(|w| BUSINESS.contains(w)) {
        return None;
    }
    if before.iter().any(|w| matches!(*w, "navy" | "naval" | "army" | "military" | "defence" | "defense" | "air")) {
        return Some("MIL");
    }
    if before.iter().any(|w| matches!(*w, "police")) {
        return Some("COP");
    }
    if before.iter().any(|w| matches!(*w, "intelligence" | "spy")) {
        return Some("SPY");
    }
    if before.iter().any(|w| {
        matches!(
            *w,
            "ministry" | "board" | "department" | "management" | "authority" | "state" | "national" | "federal"
        )
    }) {
        return Some("GOV");
    }
    None
}

/// A word that makes a name a company's: "Acme Corp", "Zenith Holdings".
fn is_company_word(lower: &str) -> bool {
    matches!(
        lower,
        "corp"
            | "corp."
            | "corporation"
            | "inc"
            | "inc."
            | "ltd"
            | "ltd."
            | "limited"
            | "plc"
            | "llc"
            | "co."
            | "company"
            | "holdings"
            | "industries"
            | "enterprises"
            | "motors"
            | "airlines"
            | "bancorp"
            | "pharmaceuticals"
            | "technologies"
    )
}

/// The mentions by their first word and by the word after their last:
/// (first word -> mention, end -> mention), the later mention on a tie.
fn raw_edges(raws: &[Raw]) -> (HashMap<usize, usize>, HashMap<usize, usize>) {
    let mut at_start = HashMap::with_capacity(raws.len());
    let mut at_end = HashMap::with_capacity(raws.len());
    for (k, r) in raws.iter().enumerate() {
        at_start.insert(r.w0, k);
        at_end.insert(r.w1, k);
    }
    (at_start, at_end)
}

/// A lower-case noun describing a business before its name ("the
/// consultancy Nordic Freight", "the insurer Coastal Mutual").
fn is_business_noun(lower: &str) -> bool {
    matches!(
        lower,
        "company"
            | "firm"
            | "consultancy"
            | "group"
            | "bank"
            | "lender"
            | "insurer"
            | "carmaker"
            | "automaker"
            | "retailer"
            | "airline"
            | "conglomerate"
            | "chipmaker"
            | "steelmaker"
            | "shipbuilder"
            | "refiner"
            | "brokerage"
            | "startup"
            | "start-up"
            | "supermarket"
            | "fund"
            | "manufacturer"
            | "maker"
            | "utility"
            | "distributor"
            | "subsidiary"
    )
}

/// An organization's head noun that "the" and the noun alone name again
/// ("the Bank" for "Bank of Norway", "the Commission", "the Committee").
fn is_short_form_head(lower: &str) -> bool {
    is_org_head(lower)
        || matches!(
            lower,
            "bank"
                | "ministry"
                | "department"
                | "authority"
                | "board"
                | "union"
                | "corporation"
                | "company"
                | "group"
                | "court"
                | "tribunal"
                | "exchange"
                | "university"
                | "institution"
                | "society"
                | "trust"
                | "house"
        )
}

/// A noun that names a country in "the country's leader".
fn is_nation_noun(lower: &str) -> bool {
    matches!(lower, "country" | "nation" | "state" | "kingdom" | "republic")
}

/// A noun that names an organization in "the group's leader".
fn is_group_noun(lower: &str) -> bool {
    matches!(
        lower,
        "group"
            | "movement"
            | "organization"
            | "organisation"
            | "militia"
            | "front"
            | "alliance"
            | "coalition"
            | "faction"
            | "party"
            | "union"
            | "company"
            | "firm"
            | "network"
            | "army"
    )
}

/// The mention "its"/"their" (or "the group's") at word `at` refers to:
/// the nearest organization or country named before it in its sentence or
/// the two before (only an organization when `org_only`).
fn antecedent(words: &[Word], raws: &[Raw], at: usize, org_only: bool) -> Option<usize> {
    let sent = words.get(at)?.sent;
    raws.iter()
        .enumerate()
        .filter(|(_, r)| {
            r.w1 <= at
                && words.get(r.w0).is_some_and(|w| w.sent + 2 >= sent)
                && (r.kind == EntityKind::Org
                    || (!org_only
                        && r.kind == EntityKind::Gpe
                        && r.key.as_deref().is_some_and(|k| k.starts_with("gpe:"))))
        })
        .max_by_key(|(_, r)| r.w1)
        .map(|(k, _)| k)
}

/// The kind of a place or body a name ending in this word is
/// ("Wanjiku Memorial Hospital" an organization, "Moi Airport" a place).
fn is_facility_head(lower: &str) -> Option<EntityKind> {
    match lower {
        "hospital" | "school" | "college" | "university" | "foundation" | "institute" => Some(EntityKind::Org),
        "stadium" | "airport" | "road" | "street" | "avenue" | "bridge" | "square" => Some(EntityKind::Loc),
        _ => None,
    }
}

/// The last word of a title before a name ("Disaster Management
/// Minister", "Police Commissioner", "Water Board Director").
fn is_title_head(lower: &str) -> bool {
    matches!(
        lower,
        "minister"
            | "secretary"
            | "secretary-general"
            | "commissioner"
            | "director"
            | "director-general"
            | "chief"
            | "governor"
            | "spokesman"
            | "spokeswoman"
            | "spokesperson"
            | "chairman"
            | "chairwoman"
            | "chairperson"
            | "chair"
            | "president"
            | "ambassador"
            | "envoy"
            | "mayor"
            | "adviser"
            | "advisor"
            | "commander"
            | "speaker"
            | "premier"
            | "chancellor"
            | "inspector-general"
            | "administrator"
            | "officer"
    ) || is_rank(lower)
}

/// An organization's acronym: two to six capital letters ("FTC", "ECOWAS").
fn is_acronym(w: &str) -> bool {
    (2..=6).contains(&w.len()) && w.chars().all(|c| c.is_ascii_uppercase())
}

/// Military and police ranks ("Commodore Jay Tarriela", "Rear Admiral X",
/// "Lt. Col. X", "Brigadier General X"; not "Major", as in "Major League
/// Baseball"): title heads that are also words of company names
/// ("General Motors"), so a name after one must open with a first name.
fn is_rank(lower: &str) -> bool {
    matches!(
        lower,
        "general"
            | "gen."
            | "admiral"
            | "adm."
            | "commodore"
            | "brigadier"
            | "colonel"
            | "col."
            | "maj."
            | "captain"
            | "capt."
            | "sergeant"
            | "sgt."
            | "lieutenant"
            | "lt."
    )
}

/// Words that make a body international or no government's: "European
/// Space Agency", "World Anti-Doping Agency", "Xinhua News Agency".
fn is_international(lower: &str) -> bool {
    matches!(
        lower,
        "international"
            | "world"
            | "global"
            | "european"
            | "african"
            | "asian"
            | "arab"
            | "un"
            | "u.n."
            | "united"
            | "nations"
            | "regional"
            | "news"
            | "refugee"
            | "islamic"
            | "inter-american"
    )
}

/// Particles inside names and place names ("Lula da Silva", "Ursula von
/// der Leyen", "Eldorado do Sul"): never a name of their own.
fn is_name_particle(lower: &str) -> bool {
    matches!(
        lower,
        "bin"
            | "bint"
            | "ibn"
            | "al"
            | "el"
            | "abu"
            | "van"
            | "von"
            | "der"
            | "den"
            | "de"
            | "da"
            | "do"
            | "das"
            | "dos"
            | "di"
            | "du"
            | "del"
            | "della"
            | "le"
            | "la"
            | "y"
    )
}

/// Capitalized geographic head nouns that end a place's name ("Niger
/// Delta", "Rift Valley", "Sinai Peninsula", "Ethiopian Highlands").
fn is_geo_head(text: &str) -> bool {
    matches!(
        text,
        "Delta"
            | "Valley"
            | "Basin"
            | "Peninsula"
            | "Coast"
            | "Highlands"
            | "Lowlands"
            | "Plateau"
            | "Shoal"
            | "Reef"
            | "Atoll"
            | "Strait"
            | "Sea"
            | "River"
            | "Island"
            | "Islands"
            | "Bay"
            | "Gulf"
            | "Mountain"
            | "Mountains"
            | "Lake"
            | "Desert"
    )
}

/// Last words of a party's name ("Green Reform Alliance", "National
/// Renewal Movement"): what makes a name the tagger typed MISC after
/// "ruling"/"opposition" a party ("the ruling Moslem party" is a people).
fn is_party_head(lower: &str) -> bool {
    matches!(
        lower,
        "party"
            | "alliance"
            | "front"
            | "movement"
            | "league"
            | "congress"
            | "union"
            | "coalition"
            | "bloc"
            | "pact"
            | "forum"
            | "convention"
            | "rally"
    )
}

/// Heads of titles that, after a party's name, are the party's own
/// ("Congress leader", "BJP president", "party spokeswoman").
fn is_party_role(head: &str) -> bool {
    matches!(
        head,
        "leader"
            | "chief"
            | "president"
            | "chairman"
            | "chairwoman"
            | "chair"
            | "head"
            | "spokesman"
            | "spokeswoman"
            | "spokesperson"
            | "secretary"
            | "secretary-general"
            | "general"
            | "official"
            | "founder"
            | "vice-president"
    )
}

/// Nouns for a settlement or an area ("the town of X", "X, a village in").
fn is_place_noun(lower: &str) -> bool {
    matches!(
        lower,
        "city"
            | "town"
            | "village"
            | "port"
            | "province"
            | "district"
            | "region"
            | "county"
            | "suburb"
            | "settlement"
            | "hamlet"
            | "municipality"
            | "neighbourhood"
            | "neighborhood"
            | "commune"
            | "township"
    )
}

/// A verb or auxiliary: by its tag when the syntax layer ran, else by
/// its form ("was", "said", "warned", "says").
fn is_verb_like(w: &Word) -> bool {
    if let Some(u) = w.upos {
        return matches!(u, Upos::VERB | Upos::AUX);
    }
    let l = w.lower.as_str();
    matches!(
        l,
        "is" | "was"
            | "were"
            | "are"
            | "be"
            | "been"
            | "has"
            | "had"
            | "have"
            | "will"
            | "would"
            | "can"
            | "could"
            | "may"
            | "might"
            | "must"
            | "should"
            | "shall"
            | "did"
            | "does"
            | "do"
            | "said"
            | "says"
            | "say"
            | "told"
            | "sent"
            | "took"
            | "made"
            | "began"
            | "won"
            | "lost"
            | "hit"
            | "put"
            | "set"
            | "cut"
            | "kept"
            | "left"
            | "gave"
            | "got"
            | "came"
            | "went"
            | "saw"
            | "held"
            | "met"
            | "struck"
            | "sought"
            | "vowed"
    ) || (l.len() > 3 && l.ends_with("ed"))
}

/// An adjective before a place noun ("a small frontline village"): by
/// its tag when the syntax layer ran, else not a function word, verb or
/// preposition ("a lender in the city", "a resident of", "shelled").
fn is_adjective_like(w: &Word) -> bool {
    let l = w.lower.as_str();
    if !w.text.chars().next().is_some_and(char::is_lowercase) {
        return false;
    }
    if is_direction(l) || matches!(l, "small" | "frontline" | "front-line" | "border" | "key" | "nearby" | "mountain") {
        return true;
    }
    if let Some(u) = w.upos {
        return u == Upos::ADJ;
    }
    !is_verb_like(w)
        && !matches!(
            l,
            "the"
                | "a"
                | "an"
                | "in"
                | "of"
                | "on"
                | "at"
                | "and"
                | "or"
                | "near"
                | "to"
                | "from"
                | "for"
                | "by"
                | "with"
                | "into"
                | "as"
                | "that"
                | "which"
                | "who"
                | "its"
                | "their"
                | "his"
                | "her"
        )
}

/// Compass adjectives before a place ("in northern Mali").
fn is_direction(lower: &str) -> bool {
    matches!(
        lower,
        "northern"
            | "southern"
            | "eastern"
            | "western"
            | "central"
            | "northeastern"
            | "northwestern"
            | "southeastern"
            | "southwestern"
            | "north"
            | "south"
            | "east"
            | "west"
            | "northeast"
            | "northwest"
            | "southeast"
            | "southwest"
            | "north-eastern"
            | "north-western"
            | "south-eastern"
            | "south-western"
            | "rural"
            | "coastal"
            | "remote"
    )
}

/// "al-Burhan", "el-Sisi", "bin-Laden": a lower-case name particle glued by
/// a hyphen to a capitalized name.
fn is_hyphen_particle_name(w: &str) -> bool {
    let Some((p, rest)) = w.split_once('-') else { return false };
    matches!(
        p,
        "al" | "el" | "ad" | "ash" | "as" | "at" | "az" | "an" | "ar" | "bin" | "ibn" | "abu" | "bint" | "ul" | "ud"
    ) && rest.chars().next().is_some_and(char::is_uppercase)
}

/// Head nouns of organization names ("Organization", "Office").
fn is_org_head(lower: &str) -> bool {
    matches!(
        lower,
        "organization"
            | "organisation"
            | "office"
            | "agency"
            | "institute"
            | "commission"
            | "council"
            | "committee"
            | "fund"
            | "bureau"
            | "centre"
            | "center"
            | "federation"
            | "association"
            | "foundation"
            | "programme"
            | "program"
            | "coalition"
            | "alliance"
    )
}

fn is_group_word(lower: &str) -> bool {
    matches!(
        lower,
        "muslim"
            | "muslims"
            | "christian"
            | "christians"
            | "jewish"
            | "jews"
            | "jew"
            | "catholic"
            | "catholics"
            | "protestant"
            | "protestants"
            | "sunni"
            | "sunnis"
            | "shi'ite"
            | "shiite"
            | "shia"
            | "shiites"
            | "hindu"
            | "hindus"
            | "buddhist"
            | "buddhists"
            | "kurd"
            | "kurds"
            | "kurdish"
            | "arab"
            | "arabs"
            | "european"
            | "europeans"
            | "african"
            | "africans"
            | "asian"
            | "asians"
            | "latino"
            | "latinos"
            | "republican"
            | "republicans"
            | "democrat"
            | "democrats"
            | "communist"
            | "communists"
            | "socialist"
            | "socialists"
            | "western"
            | "westerners"
            | "islamist"
            | "islamists"
            | "palestinian"
            | "palestinians"
            | "orthodox"
            | "pashtun"
            | "tamil"
            | "tamils"
            | "tutsi"
            | "hutu"
            | "hutus"
            | "tutsis"
            | "alawite"
            | "alawites"
            | "druze"
            | "uighur"
            | "uighurs"
            | "uyghur"
            | "uyghurs"
    )
}

/// Name without possessive or leading article.
fn clean_name(s: &str) -> String {
    let mut t = s.trim();
    for suf in ["'s", "\u{2019}s", "'", "\u{2019}"] {
        if let Some(x) = t.strip_suffix(suf) {
            t = x.trim_end();
        }
    }
    if let Some(x) = t.strip_prefix("the ").or_else(|| t.strip_prefix("The ")) {
        t = x;
    }
    t.to_string()
}

/// Initials of the capitalized words ("Federal Bureau of Investigation" → "FBI").
fn initials(s: &str) -> String {
    s.split_whitespace().filter_map(|w| w.chars().next()).filter(|c| c.is_uppercase()).collect()
}

/// Lower case without common diacritics, for name matching.
pub(crate) fn fold(s: &str) -> String {
    s.chars()
        .map(|c| match c {
            'á' | 'à' | 'â' | 'ä' | 'ã' | 'å' => 'a',
            'é' | 'è' | 'ê' | 'ë' => 'e',
            'í' | 'ì' | 'î' | 'ï' => 'i',
            'ó' | 'ò' | 'ô' | 'ö' | 'õ' | 'ø' => 'o',
            'ú' | 'ù' | 'û' | 'ü' => 'u',
            'ñ' => 'n',
            'ç' => 'c',
            'š' => 's',
            'ž' => 'z',
            'č' => 'c',
            'ć' => 'c',
            'ł' => 'l',
            '\u{2019}' => '\'',
            c => c.to_lowercase().next().unwrap_or(c),
        })
        .collect()
}

impl Extractor for EntityExtractor {
    fn name(&self) -> &'static str {
        "entities"
    }

    fn extract(&self, doc: &mut Document) -> Result<(), ExtractError> {
        self.annotate(doc);
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use dateline_core::{Article, Pipeline, PubDate};

    fn run_with(text: &str, opts: EntityOptions) -> Document {
        let ex = EntityExtractor::load().expect("model").with_options(opts);
        let mut doc = Document::new(Article::new(PubDate::parse("2025-03-11").expect("date"), text));
        assert!(Pipeline::segment_only().with(ex).run(&mut doc).is_empty());
        doc
    }

    fn run(text: &str) -> Document {
        run_with(text, EntityOptions::default())
    }

    fn mentions_of<'a>(doc: &'a Document, country: &str, kind: EntityKind) -> Vec<&'a str> {
        doc.entities
            .iter()
            .filter(|e| e.kind == kind && e.country.as_deref() == Some(country))
            .flat_map(|e| e.mentions.iter().map(|m| doc.slice(m.span)))
            .collect()
    }

    #[test]
    fn capital_as_actor_or_place() {
        let doc = run("Moscow rejected the proposal on Monday. Officials later met in Moscow to discuss it.");
        let russia: Vec<&Entity> = doc.entities.iter().filter(|e| e.country.as_deref() == Some("RUS")).collect();
        assert!(
            russia.iter().any(|e| e.kind == EntityKind::Gpe
                && e.code.as_deref() == Some("RUSGOV")
                && e.mentions.first().is_some_and(|m| m.span.start == 0)),
            "{:?}",
            doc.entities
        );
        assert!(
            russia.iter().any(|e| e.code.is_none() && e.name == "Moscow"),
            "the place stays a city: {:?}",
            doc.entities
        );
    }

    #[test]
    fn a_place_abbreviation_joins_its_name() {
        let doc = run(
            "The mill employs 900 people in Sault Ste. Marie, Ontario. Climbers returned from Mt. Kenya on Friday.",
        );
        let names: Vec<(&str, EntityKind)> = doc.entities.iter().map(|e| (e.name.as_str(), e.kind)).collect();
        assert!(names.contains(&("Sault Ste. Marie", EntityKind::Gpe)), "{names:?}");
        assert!(!names.iter().any(|(n, _)| *n == "Marie" || *n == "Sault"), "{names:?}");
        assert!(names.contains(&("Mt. Kenya", EntityKind::Loc)), "{names:?}");
        assert!(!doc.entities.iter().any(|e| e.name == "Kenya"), "{names:?}");
    }

    #[test]
    fn hyphenated_places_split() {
        let doc = run("Officials said the U.S.-Ukraine minerals deal would be signed soon.");
        assert!(mentions_of(&doc, "USA", EntityKind::Gpe).contains(&"U.S."), "{:?}", doc.entities);
        assert!(mentions_of(&doc, "UKR", EntityKind::Gpe).contains(&"Ukraine"), "{:?}", doc.entities);
    }

    #[test]
    fn people_merge_unless_disabled() {
        let text = "German Chancellor Olaf Scholz met French President Emmanuel Macron in Paris. Scholz said the talks were useful.";
        let doc = run(text);
        let scholz = doc.entities.iter().find(|e| e.name == "Olaf Scholz").expect("Scholz found");
        assert_eq!(scholz.mentions.len(), 2);
        assert_eq!(scholz.country.as_deref(), Some("DEU"));
        assert_eq!(scholz.roles, ["Chancellor"]);
        assert_eq!(scholz.code.as_deref(), Some("DEUGOV"));
        let macron = doc.entities.iter().find(|e| e.name == "Emmanuel Macron").expect("Macron found");
        assert_eq!(macron.country.as_deref(), Some("FRA"));
        let doc = run_with(text, EntityOptions::new().coreference(false));
        assert!(doc.entities.iter().filter(|e| e.kind == EntityKind::Person).count() >= 3);
    }

    #[test]
    fn a_given_name_alone_joins_the_one_full_name_before_it() {
        let text = "Ethiopian Prime Minister Abiy Ahmed met Kenyan President William Ruto in Nairobi. \
                    Abiy said the two leaders agreed on a new railway.";
        let doc = run(text);
        let abiy = doc.entities.iter().find(|e| e.name == "Abiy Ahmed").expect("Abiy Ahmed found");
        let said: Vec<&str> = abiy.mentions.iter().map(|m| &text[m.span.start..m.span.end]).collect();
        assert_eq!(said, ["Abiy Ahmed", "Abiy"]);
        assert_eq!(doc.entities.iter().filter(|e| e.kind == EntityKind::Person).count(), 2);
        // Two full names starting with the same word: no guess.
        let text = "John Kerry met John Major in London. John said the meeting went well.";
        let doc = run(text);
        let john = doc.entities.iter().find(|e| e.name == "John");
        assert!(john.is_none_or(|e| e.mentions.len() == 1), "{:?}", doc.entities);
    }

    #[test]
    fn an_opposition_leader_is_opposition() {
        let doc = run("Opposition leader Amara Diallo rejected the budget on Monday.");
        let e = doc.entities.iter().find(|e| e.name == "Amara Diallo").expect("person found");
        assert_eq!(e.roles, ["Opposition leader"]);
        assert!(e.code.as_deref().is_some_and(|c| c.ends_with("OPP")), "{e:?}");
    }

    #[test]
    fn organizations_get_cameo_codes() {
        let doc = run("NATO and the European Union urged OPEC to raise output, the IMF said.");
        let code = |n: &str| doc.entities.iter().find(|e| e.name == n).and_then(|e| e.code.clone());
        assert_eq!(code("NATO").as_deref(), Some("IGONAT"));
        assert_eq!(code("European Union").as_deref(), Some("IGOEU"));
        assert_eq!(code("OPEC").as_deref(), Some("IGOOPC"));
        assert_eq!(code("IMF").as_deref(), Some("IGOIMF"));
    }

    fn kind_of(doc: &Document, name: &str) -> Vec<(EntityKind, Option<String>)> {
        doc.entities.iter().filter(|e| e.name == name).map(|e| (e.kind, e.code.clone())).collect()
    }

    #[test]
    fn a_person_near_or_outside_stays_a_person() {
        let doc = run("Prime Minister Benjamin Netanyahu spoke on Sunday. Hundreds of marchers stood outside Netanyahu's office late into the night.");
        assert!(
            doc.entities.iter().all(|e| e.kind != EntityKind::Gpe || !e.name.contains("Netanyahu")),
            "{:?}",
            doc.entities
        );
        let doc = run("Reporters waited for hours. A translator sat near Putin during the long meeting.");
        assert!(doc.entities.iter().all(|e| e.kind != EntityKind::Gpe || e.name != "Putin"), "{:?}", doc.entities);
    }

    #[test]
    fn state_of_or_capital_of_a_name_is_no_place() {
        let doc = run("Reporters asked about the state of Biden's health on Friday.");
        assert!(
            doc.entities.iter().all(|e| e.kind != EntityKind::Gpe || !e.name.contains("Biden")),
            "{:?}",
            doc.entities
        );
        let doc = run("The regulator may raise the capital of Deutsche Bank next year.");
        assert!(kind_of(&doc, "Deutsche Bank").iter().all(|(k, _)| *k != EntityKind::Gpe), "{:?}", doc.entities);
        let doc = run("Rescue teams reached the city of Waldenburg on Monday.");
        assert_eq!(kind_of(&doc, "Waldenburg").first().map(|x| x.0), Some(EntityKind::Gpe), "{:?}", doc.entities);
    }

    #[test]
    fn state_paramilitaries_and_party_rebels_are_not_reb() {
        let doc = run("Pakistan's paramilitary Rangers arrested eleven men in Karachi on Monday.");
        assert!(
            kind_of(&doc, "Rangers").iter().all(|(_, c)| !c.as_deref().is_some_and(|c| c.ends_with("REB"))),
            "{:?}",
            doc.entities
        );
        let doc = run("Forty Labour rebels voted against the welfare bill in London on Tuesday.");
        assert!(
            doc.entities.iter().all(|e| !e.code.as_deref().is_some_and(|c| c.ends_with("REB"))),
            "{:?}",
            doc.entities
        );
        let doc = run("Fighters of the paramilitary Rapid Support Forces attacked the town on Monday.");
        assert!(
            doc.entities.iter().any(|e| e.code.as_deref().is_some_and(|c| c.ends_with("REB"))),
            "{:?}",
            doc.entities
        );
    }

    #[test]
    fn an_unlisted_place_abroad_is_not_in_the_datelines_country() {
        let doc = run("TOKYO, Oct 14 - Toyota will build a plant in Kentucky, the company said.");
        assert_eq!(doc.entities.iter().find(|e| e.name == "Kentucky").and_then(|e| e.country.as_deref()), Some("USA"));
        let doc = run("TOKYO, Oct 14 - Toyota will build a plant in Elkton, Kentucky, the company said.");
        assert_eq!(doc.entities.iter().find(|e| e.name == "Elkton").and_then(|e| e.country.as_deref()), Some("USA"));
        let doc = run("TOKYO, Oct 14 - Toyota will build a plant in Waldenburg, Saxony, the company said.");
        assert!(
            doc.entities.iter().all(|e| e.name == "TOKYO" || e.country.as_deref() != Some("JPN")),
            "{:?}",
            doc.entities
        );
        let doc = run("SANTIAGO, Oct 14 - Floods hit Valparaiso on Monday, officials said.");
        assert_eq!(
            doc.entities.iter().find(|e| e.name == "Valparaiso").and_then(|e| e.country.as_deref()),
            Some("CHL")
        );
    }

    #[test]
    fn places_named_after_another_country() {
        let doc = run("Gunmen attacked a bus in Benin City and in Jersey City on Monday.");
        let c = |n: &str| doc.entities.iter().find(|e| e.name == n).and_then(|e| e.country.clone());
        assert_eq!(c("Benin City").as_deref(), Some("NGA"), "{:?}", doc.entities);
        assert_eq!(c("Jersey City").as_deref(), Some("USA"), "{:?}", doc.entities);
        let doc = run("A storm hit Panama City, Florida, late on Tuesday.");
        let c = |n: &str| doc.entities.iter().find(|e| e.name == n).and_then(|e| e.country.clone());
        assert_eq!(c("Panama City").as_deref(), Some("USA"), "{:?}", doc.entities);
        let doc = run("Ships waited off Port Sudan on Monday.");
        let c = |n: &str| doc.entities.iter().find(|e| e.name == n).and_then(|e| e.country.clone());
        assert_eq!(c("Port Sudan").as_deref(), Some("SDN"), "{:?}", doc.entities);
    }

    #[test]
    fn indias_congress_party_is_a_party() {
        let doc = run("NEW DELHI, Oct 14 - The Indian National Congress won in Karnataka. Congress leader Priya Menon said India voted for change.");
        let codes: Vec<Option<String>> =
            doc.entities.iter().filter(|e| e.name.contains("Congress")).map(|e| e.code.clone()).collect();
        assert!(!codes.is_empty() && codes.iter().all(|c| c.as_deref() == Some("INDPTY")), "{:?}", doc.entities);
        let doc = run("KATHMANDU, Oct 14 - The Nepali Congress joined the government of Nepal on Monday.");
        let codes: Vec<Option<String>> =
            doc.entities.iter().filter(|e| e.name.contains("Congress")).map(|e| e.code.clone()).collect();
        assert_eq!(codes, [Some("NPLPTY".to_string())], "{:?}", doc.entities);
    }

    #[test]
    fn two_word_platforms_are_organizations() {
        let doc = run("The president wrote on Truth Social that the talks had failed.");
        let e = doc.entities.iter().find(|e| e.name == "Truth Social").expect("platform found");
        assert_eq!(e.kind, EntityKind::Org, "{:?}", doc.entities);
    }

    #[test]
    fn a_headline_with_a_comma_is_no_dateline() {
        let doc = run("CHINA, U.S. AGREE TRUCE. The Senate approved the deal on Friday after talks.");
        let senate = doc.entities.iter().find(|e| e.name.contains("Senate")).expect("senate found");
        assert_ne!(senate.code.as_deref(), Some("CHNLEG"), "{:?}", doc.entities);
        let doc = run("SANTIAGO, Oct 14 (Reuters) - The Senate approved the deal on Friday after talks.");
        let senate = doc.entities.iter().find(|e| e.name.contains("Senate")).expect("senate found");
        assert_eq!(senate.code.as_deref(), Some("CHLLEG"), "{:?}", doc.entities);
    }
}
