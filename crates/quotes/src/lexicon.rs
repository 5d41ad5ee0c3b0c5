//! Word lists: speech verbs, their inflections, pronouns and role nouns.

/// Verbs of saying that introduce a direct quote or reported speech
/// (lemmas).
pub const SPEECH_VERBS: &[&str] = &[
    "say",
    "tell",
    "add",
    "note",
    "explain",
    "argue",
    "claim",
    "contend",
    "insist",
    "maintain",
    "assert",
    "warn",
    "caution",
    "deny",
    "admit",
    "acknowledge",
    "concede",
    "confirm",
    "announce",
    "declare",
    "state",
    "report",
    "write",
    "tweet",
    "post",
    "suggest",
    "predict",
    "promise",
    "pledge",
    "vow",
    "threaten",
    "urge",
    "ask",
    "wonder",
    "complain",
    "charge",
    "accuse",
    "allege",
    "reply",
    "respond",
    "answer",
    "counter",
    "recall",
    "remark",
    "observe",
    "stress",
    "emphasize",
    "reiterate",
    "repeat",
    "indicate",
    "joke",
    "quip",
    "boast",
    "brag",
    "lament",
    "reveal",
    "disclose",
    "testify",
    "assure",
    "remind",
    "inform",
    "recommend",
    "demand",
    "decline",
    "refuse",
    "shout",
    "yell",
    "scream",
    "exclaim",
    "mutter",
    "whisper",
    "conclude",
    "estimate",
    "speculate",
    "hint",
    "signal",
    "point",
    "retort",
    "propose",
    "tell",
    "agree",
    "show",
    "find",
    "believe",
    "think",
    "hope",
    "expect",
    "fear",
    "worry",
    "feel",
    "want",
    "question",
    "criticize",
    "blast",
    "slam",
    "mock",
    "praise",
    "call",
    "describe",
    "label",
    "dub",
    "brand",
    "endorse",
    "oppose",
    "reject",
    "defend",
    "denounce",
    "condemn",
];

/// Verbs of attitude, intention, evidence and appearance that PolNeAR
/// counts as attributions but that never cue a direct quote placed around
/// them ("supports a ban", "plans to run", "the poll shows", "seemed to
/// waver").
pub const ATTITUDE_VERBS: &[&str] = &[
    "see",
    "like",
    "support",
    "back",
    "cite",
    "seek",
    "plan",
    "intend",
    "seem",
    "appear",
    "know",
    "consider",
    "prefer",
    "decide",
    "learn",
    "doubt",
    "view",
    "regard",
    "assume",
    "suspect",
    "realize",
    "mention",
    "offer",
    "tout",
    "list",
    "discuss",
    "attack",
    "dismiss",
    "name",
    "blame",
    "thank",
    "highlight",
    "order",
    "express",
    "challenge",
    "credit",
    "decry",
    "echo",
    "applaud",
    "request",
    "talk",
    "speak",
    "refer",
    "focus",
    "vote",
    "rail",
    "comment",
    "push",
    "assail",
    "fault",
    "lambaste",
    "chide",
    "rebuke",
    "commend",
    "hail",
    "deem",
    "advocate",
    "campaign",
    "vouch",
    "side",
    "balk",
    "lash",
    "dwell",
    "allude",
    "brag",
    "gush",
    "apologize",
    "touch",
    "cast",
    "portray",
    "paint",
    "depict",
    "characterize",
    "frame",
    "liken",
];

/// Verbs of [`ATTITUDE_VERBS`] that state a view only through their
/// preposition ("campaigned for X", "sided with X", "balked at X"; "she
/// campaigned in Iowa" states none).
pub const PREP_ONLY_VERBS: &[&str] =
    &["advocate", "campaign", "vouch", "side", "balk", "lash", "dwell", "allude", "brag", "gush", "apologize", "touch"];

/// Verbs whose content is the object of a preposition ("called for a
/// ban", "referred to the attacks", "talked about jobs").
pub const PREP_CUES: &[(&str, &str)] = &[
    ("call", "for"),
    ("call", "on"),
    ("talk", "about"),
    ("speak", "about"),
    ("speak", "of"),
    ("refer", "to"),
    ("focus", "on"),
    ("point", "to"),
    ("ask", "about"),
    ("ask", "for"),
    ("vote", "for"),
    ("vote", "against"),
    ("rail", "against"),
    ("respond", "to"),
    ("comment", "on"),
    ("warn", "about"),
    ("warn", "of"),
    ("warn", "against"),
    ("complain", "about"),
    ("worry", "about"),
    ("push", "for"),
    ("argue", "for"),
    ("argue", "against"),
    ("speak", "out"),
    ("hint", "at"),
    ("reply", "to"),
    ("testify", "about"),
    ("advocate", "for"),
    ("campaign", "for"),
    ("campaign", "against"),
    ("vouch", "for"),
    ("boast", "of"),
    ("boast", "about"),
    ("agree", "with"),
    ("side", "with"),
    ("balk", "at"),
    ("joke", "about"),
    ("lash", "at"),
    ("think", "about"),
    ("think", "of"),
    ("write", "about"),
    ("tweet", "about"),
    ("hope", "for"),
    ("learn", "of"),
    ("dwell", "on"),
    ("allude", "to"),
    ("brag", "about"),
    ("gush", "about"),
    ("apologize", "for"),
    ("touch", "on"),
];

/// Verbs of appearance whose subject and infinitive or predicate are the
/// content, with no source ("Enthusiasm appears to have plummeted").
pub const APPEARANCE_VERBS: &[&str] = &["seem", "appear"];

/// Verbs that state a view of their object ("called him a loser",
/// "criticized the plan"): the object is the content.
pub const OBJECT_CUES: &[&str] = &[
    "call",
    "describe",
    "label",
    "dub",
    "brand",
    "criticize",
    "praise",
    "support",
    "endorse",
    "oppose",
    "blast",
    "slam",
    "mock",
    "reject",
    "defend",
    "denounce",
    "condemn",
    "want",
    "deny",
    "announce",
    "propose",
    "demand",
    "back",
    "cite",
    "show",
    "seek",
    "prefer",
    "view",
    "regard",
    "see",
    "mention",
    "offer",
    "tout",
    "list",
    "discuss",
    "attack",
    "reveal",
    "dismiss",
    "name",
    "blame",
    "accuse",
    "thank",
    "highlight",
    "order",
    "express",
    "question",
    "challenge",
    "explain",
    "report",
    "recall",
    "consider",
    "credit",
    "decry",
    "echo",
    "predict",
    "promise",
    "pledge",
    "applaud",
    "acknowledge",
    "confirm",
    "recommend",
    "request",
    "assail",
    "fault",
    "lambaste",
    "chide",
    "rebuke",
    "commend",
    "hail",
    "deem",
    "cast",
    "portray",
    "paint",
    "depict",
    "characterize",
    "frame",
    "liken",
    "fear",
    "like",
    "hope",
];

/// Verbs of [`OBJECT_CUES`] that state a view only with an "as" phrase
/// ("sees X as Y", "cast the race as a two-man contest", "portrayed
/// them as criminals"; "cast a vote", "painted the fence" state none).
pub const AS_ONLY_VERBS: &[&str] = &["see", "cast", "portray", "paint", "depict", "characterize", "frame"];

/// Verbs of [`OBJECT_CUES`] whose passive takes a predicate noun ("is
/// considered one of the finest", "was named the chief engineer", "was
/// dubbed the “Prairie Fund”"): the subject through the noun is the
/// content.
pub const PREDICATIVE_PASSIVES: &[&str] = &["call", "label", "dub", "brand", "name", "consider", "deem"];

/// Verbs of saying and belief whose passive takes an infinitive ("is
/// expected to win", "is said to be weighing a run", "was believed to
/// have left").
pub const RAISING_PASSIVES: &[&str] =
    &["expect", "say", "believe", "think", "report", "know", "consider", "estimate", "predict", "rumor", "allege"];

/// Verbs of addressing whose passive subject is the one addressed, not
/// the speaker ("Doe was asked whether ...", "she was told that ...",
/// "they were urged to ..."): only an agent speaks.
pub const ADDRESSEE_PASSIVES: &[&str] =
    &["ask", "tell", "urge", "warn", "inform", "advise", "press", "question", "remind", "assure", "instruct", "order"];

/// Verbs whose reported content may be an infinitive (`xcomp`): "declined
/// to specify", "vowed to fight".
pub const XCOMP_SPEECH: &[&str] = &[
    "decline", "refuse", "vow", "promise", "pledge", "threaten", "agree", "offer", "urge", "warn", "ask", "tell",
    "claim", "deny", "hope", "expect", "propose", "want", "plan", "intend", "seek", "decide", "seem", "appear", "like",
];

/// Verbs that stand for a speech act without a clausal complement and can
/// cue a direct quote that follows a colon ("Trump tweeted: ...").
/// Verbs of the manner of speaking ("she laughed", "he scoffed") and
/// "read" for a text ("the statement read") are among them: next to a
/// quote they cue it.
pub const QUOTE_ONLY_CUES: &[&str] = &[
    "tweet",
    "post",
    "write",
    "shout",
    "yell",
    "continue",
    "add",
    "joke",
    "quip",
    "read",
    "muse",
    "scoff",
    "interject",
    "boom",
    "exhort",
    "riff",
    "snap",
    "chime",
    "gush",
    "sigh",
    "laugh",
    "chuckle",
    "fume",
    "plead",
    "beg",
    "marvel",
    "recount",
    "huff",
    "grumble",
    "sneer",
    "taunt",
    "scold",
    "rebut",
    "intone",
    "proclaim",
    "concur",
    "implore",
    "bellow",
    "bark",
    "snarl",
    "roar",
    "thunder",
    "murmur",
    "hiss",
    "growl",
    "cheer",
    "chant",
    "recite",
    "opine",
    "elaborate",
    "ponder",
    "surmise",
    "interrupt",
    "posit",
    "cry",
    "query",
    "pronounce",
    "volunteer",
    "gripe",
    "crow",
    "rant",
    "rave",
    "vent",
    "reason",
    "comment",
];

/// Past and present forms of speech verbs for text without a parse:
/// (surface, lemma).
pub const SURFACE_FORMS: &[(&str, &str)] = &[
    ("said", "say"),
    ("says", "say"),
    ("say", "say"),
    ("told", "tell"),
    ("tells", "tell"),
    ("added", "add"),
    ("adds", "add"),
    ("asked", "ask"),
    ("asks", "ask"),
    ("wrote", "write"),
    ("writes", "write"),
    ("warned", "warn"),
    ("warns", "warn"),
    ("noted", "note"),
    ("notes", "note"),
    ("explained", "explain"),
    ("argued", "argue"),
    ("claimed", "claim"),
    ("insisted", "insist"),
    ("declared", "declare"),
    ("tweeted", "tweet"),
    ("continued", "continue"),
    ("replied", "reply"),
    ("responded", "respond"),
    ("recalled", "recall"),
    ("stated", "state"),
    ("joked", "joke"),
    ("quipped", "quip"),
    ("countered", "counter"),
    ("acknowledged", "acknowledge"),
    ("admitted", "admit"),
    ("announced", "announce"),
    ("stressed", "stress"),
    ("conceded", "concede"),
    ("remarked", "remark"),
    ("observed", "observe"),
    ("shouted", "shout"),
    ("exclaimed", "exclaim"),
];

/// Lemmas that are cues of a direct quote placed around them: broader than
/// reported speech (cognition verbs do not introduce quotes).
pub fn is_quote_cue(lemma: &str) -> bool {
    !matches!(
        lemma,
        "believe" | "think" | "hope" | "expect" | "fear" | "worry" | "know" | "feel" | "find" | "show" | "want"
    ) && SPEECH_VERBS.contains(&lemma)
}

/// True for a speech or attitude verb lemma.
pub fn is_speech(lemma: &str) -> bool {
    SPEECH_VERBS.contains(&lemma) || ATTITUDE_VERBS.contains(&lemma)
}

/// The lemma of a surface form of a speech verb, for unparsed text.
pub fn surface_lemma(word: &str) -> Option<&'static str> {
    let w = word.to_ascii_lowercase();
    SURFACE_FORMS.iter().find(|(s, _)| *s == w).map(|&(_, l)| l)
}

/// The lemma of an inflected speech verb ("concludes", "insisted",
/// "told"), from the irregular forms or by stripping a regular ending.
pub fn speech_form(word: &str) -> Option<String> {
    if let Some(l) = surface_lemma(word) {
        return Some(l.to_string());
    }
    let w = word.to_ascii_lowercase();
    let cands = [
        w.strip_suffix("ied").map(|s| format!("{s}y")),
        w.strip_suffix("ies").map(|s| format!("{s}y")),
        w.strip_suffix("ed").map(str::to_string),
        w.strip_suffix('d').map(str::to_string),
        w.strip_suffix("es").map(str::to_string),
        w.strip_suffix('s').map(str::to_string),
    ];
    cands.into_iter().flatten().find(|c| is_quote_cue(c))
}

/// Web and layout lead-ins that end in a colon but name no source
/// ("Read More: ...", "Related: ...").
pub fn is_lead_in(phrase: &str) -> bool {
    let p = phrase.trim().to_lowercase();
    matches!(
        p.as_str(),
        "read more"
            | "read"
            | "more"
            | "related"
            | "see also"
            | "watch"
            | "video"
            | "photo"
            | "photos"
            | "update"
            | "updated"
            | "editor's note"
            | "editor’s note"
            | "note"
            | "correction"
            | "notes"
            | "clarification"
            | "byline"
            | "email"
            | "e-mail"
            | "editor's notes"
            | "editors' note"
            | "click here"
            | "breaking"
            | "breaking news"
            | "exclusive"
    )
}

/// Personal pronouns that can name a speaker, with whether they are
/// singular.
pub fn pronoun(word: &str) -> Option<bool> {
    match word.to_ascii_lowercase().as_str() {
        "he" | "she" | "him" | "her" | "i" => Some(true),
        "they" | "we" | "them" | "us" => Some(false),
        _ => None,
    }
}

/// Nouns naming a person's role ("the minister", "the top U.S. diplomat").
pub const ROLE_NOUNS: &[&str] = &[
    "minister",
    "president",
    "diplomat",
    "secretary",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "senator",
    "governor",
    "chancellor",
    "premier",
    "official",
    "envoy",
    "adviser",
    "advisor",
    "ambassador",
    "leader",
    "chief",
    "candidate",
    "nominee",
    "mayor",
    "congressman",
    "congresswoman",
    "lawmaker",
    "representative",
    "director",
    "chairman",
    "chairwoman",
    "king",
    "prince",
    "general",
    "commander",
    "aide",
    "prosecutor",
    "judge",
    "executive",
    "ceo",
    "businessman",
    "billionaire",
    "democrat",
    "republican",
    "strategist",
    "manager",
];

/// Nouns that state a view, with the prepositions that introduce its
/// content ("criticism of the plan", "support for a ban", "calls for
/// calm"); every noun here also takes a "that" clause ("the claim that
/// ...").
pub const NOUN_CUES: &[(&str, &[&str])] = &[
    ("criticism", &["of"]),
    ("support", &["for"]),
    ("opposition", &["to"]),
    ("attack", &["on", "against"]),
    ("attacks", &["on", "against"]),
    ("question", &["about"]),
    ("questions", &["about"]),
    ("complaint", &["about"]),
    ("complaints", &["about"]),
    ("comment", &["about", "on"]),
    ("comments", &["about", "on"]),
    ("remark", &["about", "on"]),
    ("remarks", &["about", "on"]),
    ("concern", &["about", "over"]),
    ("concerns", &["about", "over"]),
    ("warning", &["about", "of", "against"]),
    ("warnings", &["about", "of", "against"]),
    ("call", &["for"]),
    ("calls", &["for"]),
    ("demand", &["for"]),
    ("demands", &["for"]),
    ("praise", &["for"]),
    ("endorsement", &["of"]),
    ("claim", &[]),
    ("claims", &[]),
    ("assertion", &[]),
    ("belief", &[]),
    ("argument", &[]),
    ("suggestion", &[]),
    ("view", &[]),
    ("fear", &[]),
    ("fears", &[]),
    ("hope", &[]),
    ("promise", &[]),
    ("pledge", &[]),
    ("statement", &[]),
    ("allegation", &["of", "against"]),
    ("allegations", &["of", "against"]),
    ("accusation", &["of", "against"]),
    ("accusations", &["of", "against"]),
    ("charge", &[]),
    ("insistence", &[]),
    ("announcement", &[]),
    ("prediction", &[]),
    ("position", &["on"]),
    ("positions", &["on"]),
    ("opinion", &["of", "on", "about"]),
    ("rejection", &["of"]),
    ("embrace", &["of"]),
    ("critique", &["of"]),
];

/// Nouns of intention and decision whose content is an infinitive
/// ("Clinton's plans to rally ...", "his decision to run").
pub const INFINITIVE_NOUN_CUES: &[&str] = &[
    "plan",
    "plans",
    "decision",
    "promise",
    "pledge",
    "vow",
    "threat",
    "intention",
    "refusal",
    "call",
    "calls",
    "push",
    "bid",
    "proposal",
    "desire",
    "willingness",
];

/// Verbs whose "that" clause is a consequence, a condition or a fact
/// rather than anyone's statement or belief ("means that", "ensures
/// that", "so happens that").
pub fn is_not_that_cue(lemma: &str) -> bool {
    matches!(
        lemma,
        "be" | "mean"
            | "ensure"
            | "require"
            | "make"
            | "prove"
            | "happen"
            | "matter"
            | "help"
            | "guarantee"
            | "demonstrate"
            | "reflect"
            | "imply"
            | "explain"
            | "stipulate"
            | "provide"
            | "dictate"
            | "assure"
            | "see"
            | "hear"
    )
}

/// Verbs that state a view of their object only when the object is a
/// claim ("rejected the claim", "denied the allegations"): a vote
/// rejecting a bill, or denying someone access, says nothing.
pub const CLAIM_OBJECT_VERBS: &[&str] = &["reject", "deny"];

/// Nouns of a proposition or of what is said ("the claim", "the
/// accusations", "the idea"), the objects that make "reject" and "deny"
/// verbs of speech.
pub fn is_claim_noun(word: &str) -> bool {
    let w = word.to_ascii_lowercase();
    let w = w.strip_suffix('s').filter(|x| x.len() > 3).unwrap_or(&w);
    matches!(
        w,
        "claim"
            | "allegation"
            | "accusation"
            | "charge"
            | "report"
            | "rumor"
            | "rumour"
            | "suggestion"
            | "idea"
            | "notion"
            | "assertion"
            | "criticism"
            | "criticisms"
            | "comment"
            | "remark"
            | "statement"
            | "story"
            | "storie"
            | "account"
            | "characterization"
            | "characterisation"
            | "premise"
            | "argument"
            | "theory"
            | "assessment"
            | "concern"
            | "speculation"
            | "insinuation"
            | "implication"
            | "contention"
            | "conclusion"
            | "finding"
            | "description"
            | "label"
            | "narrative"
            | "portrayal"
            | "view"
            | "position"
            | "interpretation"
            | "assumption"
            | "impression"
            | "perception"
            | "wrongdoing"
            | "involvement"
            | "responsibility"
            | "knowledge"
            | "link"
            | "tie"
            | "role"
            | "existence"
            | "reality"
            | "truth"
            | "fact"
            | "accuracy"
            | "attack"
    )
}

/// Nouns of a medium that carries statements or findings ("In a new
/// poll, ...", "In an interview, ...").
pub fn is_medium_noun(word: &str) -> bool {
    matches!(
        word.to_ascii_lowercase().as_str(),
        "poll"
            | "polls"
            | "survey"
            | "surveys"
            | "interview"
            | "statement"
            | "speech"
            | "letter"
            | "report"
            | "op-ed"
            | "tweet"
            | "post"
            | "email"
            | "memo"
            | "remarks"
            | "comments"
            | "study"
            | "analysis"
            | "essay"
            | "column"
            | "editorial"
            | "filing"
            | "testimony"
            | "address"
            | "release"
            | "ad"
            | "video"
            | "book"
    )
}

/// True for a role noun (singular).
pub fn is_role_noun(word: &str) -> bool {
    ROLE_NOUNS.contains(&word.to_ascii_lowercase().as_str())
}

/// Nouns that name an organization by its sort ("the company said", "the
/// regulator said"): `Some(true)` for an official body (a ministry, an
/// agency, a court), `Some(false)` for a business, `None` for any other
/// word. "Group", "campaign" or "party" are left out: they name
/// movements and people as often.
pub fn org_noun(word: &str) -> Option<bool> {
    let w = word.to_ascii_lowercase();
    let business = [
        "company",
        "firm",
        "retailer",
        "grocer",
        "bank",
        "lender",
        "insurer",
        "airline",
        "carrier",
        "automaker",
        "carmaker",
        "manufacturer",
        "maker",
        "producer",
        "supplier",
        "utility",
        "broadcaster",
        "newspaper",
        "publisher",
        "corporation",
        "conglomerate",
        "startup",
        "miner",
        "refiner",
        "chipmaker",
        "drugmaker",
        "exporter",
        "operator",
        "brewer",
        "distributor",
        "developer",
    ];
    let official = [
        "agency",
        "ministry",
        "department",
        "regulator",
        "commission",
        "bureau",
        "authority",
        "watchdog",
        "court",
        "tribunal",
        "junta",
        "legislature",
        "parliament",
    ];
    if business.contains(&w.as_str()) {
        Some(false)
    } else if official.contains(&w.as_str()) {
        Some(true)
    } else {
        None
    }
}

/// Light verbs that state a view through their object noun ("made the
/// case for", "took issue with", "expressed concern that", "had harsh
/// words for"): the noun is in [`LIGHT_NOUNS`].
pub const LIGHT_VERBS: &[&str] = &[
    "make", "take", "express", "voice", "raise", "offer", "give", "issue", "deliver", "have", "level", "lodge", "pay",
    "draw",
];

/// Nouns (singular) that a light verb turns into a cue, with what
/// introduces their content: a preposition or "that" (the clause).
pub const LIGHT_NOUNS: &[(&str, &[&str])] = &[
    ("case", &["for", "against", "that"]),
    ("point", &["that", "about"]),
    ("clear", &["that"]),
    ("mention", &["of"]),
    ("secret", &["of"]),
    ("comment", &["about", "on", "that"]),
    ("remark", &["about", "on", "that"]),
    ("statement", &["about", "on", "that"]),
    ("argument", &["for", "against", "that"]),
    ("observation", &["about", "that"]),
    ("reference", &["to"]),
    ("joke", &["about"]),
    ("claim", &["that", "about"]),
    ("allegation", &["against", "that", "about"]),
    ("accusation", &["against", "that"]),
    ("defense", &["of"]),
    ("critique", &["of"]),
    ("criticism", &["of"]),
    ("issue", &["with"]),
    ("aim", &["at"]),
    ("swipe", &["at"]),
    ("shot", &["at"]),
    ("jab", &["at"]),
    ("dig", &["at"]),
    ("swing", &["at"]),
    ("whack", &["at"]),
    ("slam", &["at"]),
    ("exception", &["to"]),
    ("credit", &["for"]),
    ("stand", &["on", "against"]),
    ("position", &["on", "that"]),
    ("stance", &["on"]),
    ("concern", &["about", "over", "that", "for"]),
    ("confidence", &["that", "in"]),
    ("support", &["for", "to"]),
    ("interest", &["in"]),
    ("fear", &["that", "about", "of"]),
    ("alarm", &["about", "at", "over", "that"]),
    ("frustration", &["with", "over", "about", "at", "that"]),
    ("doubt", &["about", "that", "over"]),
    ("hope", &["that", "for"]),
    ("opposition", &["to"]),
    ("sympathy", &["for"]),
    ("displeasure", &["with", "at", "over"]),
    ("dismay", &["at", "over", "that"]),
    ("skepticism", &["about", "of", "over"]),
    ("regret", &["for", "over", "about", "that"]),
    ("outrage", &["at", "over"]),
    ("optimism", &["about", "that"]),
    ("disappointment", &["with", "in", "at", "over", "that"]),
    ("admiration", &["for"]),
    ("anger", &["at", "over"]),
    ("enthusiasm", &["for", "about"]),
    ("question", &["about", "over", "of"]),
    ("objection", &["to"]),
    ("praise", &["for"]),
    ("condolence", &["to", "for"]),
    ("apology", &["for", "to"]),
    ("warning", &["about", "against", "that", "to"]),
    ("complaint", &["about", "against", "with"]),
    ("assurance", &["that"]),
    ("endorsement", &["to", "of"]),
    ("nod", &["to"]),
    ("word", &["for", "about"]),
    ("thought", &["on", "about"]),
    ("rebuke", &["of", "to"]),
    ("tribute", &["to"]),
    ("preview", &["of"]),
    ("condemnation", &["of"]),
    ("reservation", &["about"]),
    ("attention", &["to"]),
    ("comparison", &["between", "to", "with"]),
];

/// The nouns of [`LIGHT_NOUNS`] that "have" makes a cue ("had harsh words
/// for", "has concerns about"; "has a shot at" is a chance, no view).
pub const HAVE_NOUNS: &[&str] =
    &["word", "concern", "doubt", "complaint", "fear", "reservation", "criticism", "praise", "question"];

/// The entry of [`LIGHT_NOUNS`] for a word (singular or plural).
pub fn light_noun(word: &str) -> Option<(&'static str, &'static [&'static str])> {
    let w = word.to_ascii_lowercase();
    LIGHT_NOUNS
        .iter()
        .find(|(n, _)| *n == w || w.strip_suffix('s') == Some(n) || w.strip_suffix("es") == Some(n))
        .copied()
}

/// Adjectives of attitude that state their subject's view, with what
/// introduces its content ("was critical of X", "is confident that ...",
/// "were skeptical of X").
pub const ADJ_CUES: &[(&str, &[&str])] = &[
    ("critical", &["of"]),
    ("supportive", &["of"]),
    ("skeptical", &["of", "about", "that"]),
    ("sceptical", &["of", "about", "that"]),
    ("wary", &["of", "about"]),
    ("proud", &["of", "that"]),
    ("angry", &["at", "about", "over", "with", "that"]),
    ("worried", &["about", "that"]),
    ("concerned", &["about", "that", "over"]),
    ("confident", &["that", "in", "about"]),
    ("optimistic", &["about", "that"]),
    ("pessimistic", &["about"]),
    ("fond", &["of"]),
    ("hostile", &["to", "toward", "towards"]),
    ("pleased", &["with", "that", "by"]),
    ("unhappy", &["with", "about", "that"]),
    ("happy", &["with", "about"]),
    ("upset", &["by", "about", "with", "over", "that"]),
    ("frustrated", &["with", "by", "over", "that"]),
    ("disappointed", &["with", "by", "in", "that"]),
    ("enthusiastic", &["about"]),
    ("convinced", &["that"]),
    ("dismissive", &["of"]),
    ("opposed", &["to"]),
    ("sympathetic", &["to", "toward", "towards"]),
    ("willing", &["to"]),
    ("unwilling", &["to"]),
    ("eager", &["to"]),
    ("reluctant", &["to"]),
];

/// Nouns of an undertaking or a place that do things but say nothing
/// ("the deal", "the plan", "the talks", "the port"): with a verb outside
/// the verbs of saying ("The plan adds four berths", "The discussions
/// will focus on trade") they are no source. In PolNeAR train such nouns
/// head a source (~40 of 19,800) with a verb of saying ("the plan calls
/// for", "the plan promises", "the bill would") or one outside the cue
/// lexicon ("the plan includes"), never with "add", "show", "focus" or a
/// verb of attitude.
pub fn is_inert_noun(word: &str) -> bool {
    matches!(
        word.to_ascii_lowercase().as_str(),
        "deal"
            | "deals"
            | "plan"
            | "plans"
            | "discussion"
            | "discussions"
            | "talks"
            | "negotiations"
            | "meeting"
            | "meetings"
            | "summit"
            | "project"
            | "projects"
            | "expansion"
            | "agreement"
            | "treaty"
            | "pact"
            | "accord"
            | "visit"
            | "trip"
            | "tour"
            | "festival"
            | "cinema"
            | "theater"
            | "theatre"
            | "museum"
            | "port"
            | "terminal"
            | "factory"
            | "plant"
            | "bill"
            | "budget"
            | "package"
    )
}

/// Verbs of trade and making that report no speech ("carmakers sell a
/// third of their cars in China"): no cue in PolNeAR train.
pub const NEVER_CUES: &[&str] =
    &["sell", "buy", "cost", "earn", "export", "import", "produce", "manufacture", "ship", "lease", "rent"];

/// Nouns of quantity that keep their "of" phrase in a speaker phrase
/// ("hundreds of students", "dozens of protesters", "a group of
/// lawmakers").
pub fn is_quantity_noun(word: &str) -> bool {
    matches!(
        word.to_ascii_lowercase().as_str(),
        "hundreds"
            | "thousands"
            | "dozens"
            | "scores"
            | "millions"
            | "tens"
            | "crowds"
            | "crowd"
            | "group"
            | "groups"
            | "number"
            | "handful"
            | "majority"
            | "minority"
            | "percent"
            | "some"
            | "many"
            | "most"
            | "several"
            | "all"
    )
}
