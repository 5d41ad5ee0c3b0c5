//! Actor coding: CAMEO actor codes (country + sector, `USAGOV`, `RUSMIL`,
//! `---REB`) for the phrases that fill an event's source and target, from
//! the entity layer (names, nationalities, roles, metonyms such as
//! "Washington" or "the Kremlin") or from PETRARCH dictionaries.

use crate::petrarch::Dictionaries;
use dateline_core::{Document, EntityKind, MentionKind, Span, Upos};
use dateline_entities::gazetteer::{GazKind, Gazetteer};
use std::sync::OnceLock;

/// The entity layer's gazetteer (countries, demonyms, capitals, known
/// organizations and people), loaded once.
fn gazetteer() -> &'static Gazetteer {
    static GAZ: OnceLock<Gazetteer> = OnceLock::new();
    GAZ.get_or_init(Gazetteer::load)
}

/// The team's supplement of actor names (`data/actors.tsv`): former and
/// regional international organizations, former country names, movements
/// known by one country. Each entry: lower-case words, case-sensitive form
/// (for short upper-case aliases), code.
type SupEntry = (Vec<String>, Option<String>, String);

fn supplement() -> &'static Vec<SupEntry> {
    static SUP: OnceLock<Vec<SupEntry>> = OnceLock::new();
    SUP.get_or_init(|| {
        let mut out = Vec::new();
        for line in include_str!("../data/actors.tsv").lines() {
            if line.starts_with('#') || line.trim().is_empty() {
                continue;
            }
            let Some((names, code)) = line.split_once('\t') else { continue };
            for n in names.split('|') {
                let words: Vec<String> = n.split_whitespace().map(str::to_lowercase).collect();
                let upper = n.len() <= 5 && n.chars().all(|c| c.is_ascii_uppercase() || c == '/');
                if !words.is_empty() {
                    out.push((words, upper.then(|| n.to_string()), code.trim().to_string()));
                }
            }
        }
        // Longest names first.
        out.sort_by_key(|(w, ..)| std::cmp::Reverse(w.len()));
        out
    })
}

/// The supplement's code of the name starting at `words[i]`, with its length.
fn supplement_at(words: &[&str], i: usize) -> Option<(String, usize)> {
    for (name, exact, code) in supplement() {
        let n = name.len();
        let Some(ws) = words.get(i..i + n) else { continue };
        let ok = match exact {
            Some(form) => n == 1 && (ws[0] == form || ws[0].strip_suffix("'s") == Some(form.as_str())),
            None => ws.iter().zip(name).all(|(w, x)| {
                let w = w.to_lowercase();
                w == *x || w.strip_suffix("'s").is_some_and(|b| b == x)
            }),
        };
        if ok {
            return Some((code.clone(), n));
        }
    }
    None
}

/// A coded actor.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Actor {
    /// CAMEO actor code.
    pub code: String,
    /// The entity it comes from, when the entity layer found it.
    pub entity: Option<u32>,
}

/// The CAMEO sector code a head noun names ("officials" = GOV).
pub fn sector_of(lemma: &str) -> Option<&'static str> {
    sector_of_lemma(lemma).or_else(|| lemma.strip_suffix('s').and_then(sector_of_lemma))
}

fn sector_of_lemma(lemma: &str) -> Option<&'static str> {
    Some(match lemma {
        "official" | "government" | "minister" | "ministry" | "president" | "diplomat" | "envoy" | "ambassador"
        | "leader" | "administration" | "cabinet" | "authority" | "delegation" | "negotiator" | "premier"
        | "spokesman" | "spokeswoman" | "spokesperson" | "secretary" | "chancellor" | "regime" | "king" => "GOV",
        "troop" | "soldier" | "army" | "military" | "force" | "navy" | "commander" | "general" | "jet" | "warplane"
        | "tank" | "artillery" | "forces" | "helicopter" | "aircraft" | "plane" | "warship" | "gunboat" | "drone"
        | "paratrooper" | "marine" | "gunship" | "serviceman" | "servicemen" => "MIL",
        "rebel" | "insurgent" | "militant" | "separatist" | "guerrilla" | "guerilla" | "militia" | "fighter"
        | "jihadist" | "militiaman" | "militiamen" => "REB",
        "police" | "policeman" | "officer" => "COP",
        "lawmaker" | "legislator" | "parliament" | "congress" | "senator" | "senate" | "legislature" => "LEG",
        "court" | "judge" | "prosecutor" | "judiciary" => "JUD",
        "opposition" | "dissident" | "activist" => "OPP",
        "protester" | "demonstrator" | "civilian" | "resident" | "villager" | "people" | "citizen" | "refugee"
        | "settler" | "prisoner" | "youth" | "national" => "CVL",
        // (As the PETRARCH agents dictionary codes them.)
        "worker" | "employee" | "miner" | "docker" | "dockworker" | "steelworker" => "LAB",
        "student" => "EDU",
        "company" | "firm" | "business" | "businessman" | "bank" | "investor" | "corporation" | "employer" => "BUS",
        "newspaper" | "media" | "journalist" | "reporter" | "television" | "agency" => "MED",
        "party" => "PTY",
        "union" | "unionist" | "labor" | "labour" | "trade-union" => "LAB",
        "teacher" | "professor" | "educator" => "EDU",
        "doctor" | "nurse" | "physician" | "paramedic" => "HLH",
        "church" | "clergy" | "cleric" | "bishop" | "imam" | "priest" | "rabbi" | "religious" | "clerical" => "REL",
        "fundamentalist" | "extremist" | "radical" | "islamist" => "RAD",
        "spy" | "intelligence" => "SPY",
        _ => return None,
    })
}

/// Codes the phrases of one document.
pub struct ActorCoder<'a> {
    doc: &'a Document,
    /// Entity (and mention kind) of each token.
    ent_at: Vec<Option<(u32, MentionKind)>>,
    /// The article's own country ([`dateline_entities::article_country`]).
    dominant: Option<String>,
    /// Each sentence's countries named as a place (see [`Place`]).
    places: Vec<Vec<Place>>,
    dicts: Option<&'a Dictionaries>,
    upper: Vec<String>,
    day: u32,
    /// The country of the wire dateline's place ("WASHINGTON, June 3
    /// (Reuters) -"), when the entity layer placed it.
    dateline_country: Option<String>,
}

/// A country named in a sentence, as the place of an actor or event.
#[derive(Debug, Clone)]
struct Place {
    country: String,
    /// The token it modifies ("Kenya" of "Police in Kenya", "Kenyan
    /// police", "Kenya's police").
    attached: Option<usize>,
    /// Named with a preposition of place ("in Kenya", "in Kenya's north").
    located: bool,
    /// Named as a partner or opponent ("the treaty with Colombia", "talks
    /// with Turkish officials", "a war against Russia"; not "charges
    /// against Chilean officials": the officials are the country's own).
    partner: bool,
    /// The sector of the noun it modifies ("Russian forces" MIL), and
    /// that noun.
    of_sector: Option<(&'static str, usize)>,
    /// Named as where someone or something goes ("deported ... to El
    /// Salvador").
    destination: bool,
    /// A destination one returns to ("without returning to Kyrgyzstan").
    homecoming: bool,
}

fn country_part(code: &str) -> Option<&str> {
    let c = code.get(..3)?;
    (c.chars().all(|ch| ch.is_ascii_uppercase()) && !matches!(c, "IGO" | "NGO" | "IMG" | "MNC" | "---")).then_some(c)
}

impl<'a> ActorCoder<'a> {
    /// Prepares the coder for a document.
    pub fn new(doc: &'a Document, dicts: Option<&'a Dictionaries>) -> ActorCoder<'a> {
        let mut ent_at = vec![None; doc.tokens.len()];
        for e in &doc.entities {
            for m in &e.mentions {
                for t in doc.tokens_in(m.span) {
                    if let Some(slot) = ent_at.get_mut(t) {
                        if slot.is_none() {
                            *slot = Some((e.id, m.kind));
                        }
                    }
                }
            }
        }
        // The article's own country, as the entity layer decides it for
        // "the Senate" or "President ...": lower-case state forces
        // ("police said", "the army shelled") are of it too.
        let dominant = dateline_entities::article_country(doc);
        // Without one, a country named as an actor's place ("Police in
        // Kenya", "Kenyan police", "Kenya's police") or as where its
        // sentence happens ("in Kenya", "in Kenya's north").
        let mut places: Vec<Vec<Place>> = vec![Vec::new(); doc.sentences.len()];
        for e in doc.entities.iter().filter(|e| matches!(e.kind, EntityKind::Gpe | EntityKind::Norp)) {
            let Some(c) = e.country.as_deref() else { continue };
            for m in &e.mentions {
                let Some(v) = doc.sentence_at(m.span.start).and_then(|k| places.get_mut(k)) else { continue };
                let toks = doc.tokens_in(m.span);
                // The mention's head: its token whose head is outside it.
                let Some(h) = toks
                    .clone()
                    .find(|&i| doc.tokens[i].head.map(|x| x as usize).is_none_or(|x| !toks.contains(&x) || x == i))
                else {
                    continue;
                };
                let up = doc.tokens[h].head.map(|x| x as usize).filter(|&x| x < doc.tokens.len() && x != h);
                let deprel = |i: usize| doc.tokens[i].deprel.as_deref().unwrap_or("");
                let locative_case = |i: usize| {
                    // (A preposition stands a few words before its noun.)
                    (i.saturating_sub(6)..i).any(|j| {
                        let t = &doc.tokens[j];
                        t.head == Some(i as _)
                            && deprel(j) == "case"
                            && matches!(
                                doc.slice(t.span).to_lowercase().as_str(),
                                "in" | "inside" | "across" | "throughout"
                            )
                    })
                };
                // "in Kenya", or "in Kenya's north" (the owner of a place).
                let case_of = |i: usize, words: &[&str]| {
                    (i.saturating_sub(6)..i).any(|j| {
                        let t = &doc.tokens[j];
                        t.head == Some(i as _)
                            && deprel(j) == "case"
                            && words.contains(&doc.slice(t.span).to_lowercase().as_str())
                    })
                };
                let partner = case_of(h, &["with", "against"])
                    || matches!(deprel(h), "amod" | "nmod:poss" | "compound")
                        && up.is_some_and(|u| case_of(u, &["with"]));
                let of_sector = match deprel(h) {
                    "amod" | "nmod:poss" | "compound" => up.and_then(|u| {
                        let t = &doc.tokens[u];
                        sector_of(&t.lemma.clone().unwrap_or_else(|| doc.slice(t.span).to_string()).to_lowercase())
                            .map(|x| (x, u))
                    }),
                    _ => None,
                };
                let located = locative_case(h)
                    || deprel(h) == "nmod:poss"
                        && up.is_some_and(|u| locative_case(u) && doc.tokens[u].upos != Some(Upos::PROPN));
                let attached = match deprel(h) {
                    "nmod" | "amod" | "nmod:poss" | "compound" => up,
                    _ => None,
                };
                let destination = case_of(h, &["to", "into"]);
                let homecoming = destination
                    && up.is_some_and(|u| {
                        doc.tokens[u].lemma.as_deref().is_some_and(|l| l.eq_ignore_ascii_case("return"))
                    });
                v.push(Place {
                    country: c.to_string(),
                    attached,
                    located,
                    partner,
                    of_sector,
                    destination,
                    homecoming,
                });
            }
        }
        let upper = match dicts {
            Some(_) => doc.tokens.iter().map(|t| doc.slice(t.span).to_uppercase()).collect(),
            None => Vec::new(),
        };
        let d = doc.article.date.date().to_string().replace('-', "");
        let day = d.get(..8).and_then(|s| s.parse().ok()).unwrap_or(0);
        let dateline_country = doc.sentences.iter().take(3).find_map(|s| {
            let words: Vec<&str> = s.tokens.clone().map(|t| doc.slice(doc.tokens[t].span)).collect();
            dateline_syntax::dateline_prefix(&words)?;
            let first = ent_at.get(s.tokens.start).copied().flatten()?.0;
            let e = doc.entity(first).filter(|e| matches!(e.kind, EntityKind::Gpe | EntityKind::Loc))?;
            Some(e.country.clone())
        });
        ActorCoder { doc, ent_at, dominant, places, dicts, upper, day, dateline_country: dateline_country.flatten() }
    }

    /// The country of an actor of no stated country at token `at`: the
    /// article's own, else, in an article without one, the one country
    /// named as the actor's place ("Police in Kenya", "Kenyan police",
    /// "Kenya's police"), else the one country its sentence names as
    /// where it happens ("in Kenya"; not for soldiers, rebels or spies),
    /// else the one country the sentence
    /// names at all (one-sentence reports: "President X resigned to allow
    /// Haiti's elections"), but not one named only as a partner ("the
    /// treaty with Colombia"), a state force's nationality ("Russian
    /// forces shelled the city, police said") or a counterpart's of the
    /// actor's sector `sector` ("the minister met Turkish officials").
    fn home(&self, at: usize, sector: Option<&str>) -> Option<String> {
        let sentence_places = || {
            self.doc.tokens.get(at).and_then(|t| self.doc.sentence_at(t.span.start)).and_then(|s| self.places.get(s))
        };
        if let Some(d) = &self.dominant {
            // "WASHINGTON ... - The administration has deported 200 people
            // to El Salvador", in an article naming El Salvador most: a
            // government whose sentence names the article's country only as
            // a destination or partner is the dateline's.
            let elsewhere = || {
                let named: Vec<&Place> = sentence_places().into_iter().flatten().filter(|p| &p.country == d).collect();
                !named.is_empty() && named.iter().all(|p| p.destination || p.partner)
            };
            if let Some(dc) = self.dateline_country.as_ref().filter(|dc| *dc != d) {
                if sector == Some("GOV") && elsewhere() {
                    return Some(dc.clone());
                }
            }
            return Some(d.clone());
        }
        let places = sentence_places()?;
        let one = |keep: &dyn Fn(&Place) -> bool| {
            let mut cs: Vec<&str> = places.iter().filter(|p| keep(p)).map(|p| p.country.as_str()).collect();
            cs.sort_unstable();
            cs.dedup();
            match cs.as_slice() {
                [c] => Some(c.to_string()),
                _ => None,
            }
        };
        // (Soldiers, rebels and spies may come from abroad: "killed four
        // soldiers in northern Syria" says nothing of theirs.)
        let may_be_foreign = sector.is_some_and(|s| matches!(s, "MIL" | "REB" | "SPY" | "INS"));
        let located = || if may_be_foreign { None } else { one(&|p| p.located) };
        one(&|p| p.attached == Some(at)).or_else(located).or_else(|| {
            // Else the one country the sentence names, unless named only
            // as a partner ("with Colombia"), a destination, a state force's nationality
            // ("Russian forces") or the nationality of a counterpart of the
            // actor's own kind ("the minister met Turkish officials").
            let c = one(&|_| true)?;
            let counterpart = |p: &Place| {
                // (A counterpart named after the actor, not the actor's own
                // title: "the Colombian Secretary of Energy Diego Ramos".)
                // ("President Prabowo, who cancelled a trip to China": nor,
                // for an actor that stays at home, as where one goes.)
                p.partner
                    || p.destination && !p.homecoming && !may_be_foreign
                    || p.of_sector.is_some_and(|(x, u)| u > at && (matches!(x, "MIL" | "COP") || Some(x) == sector))
            };
            places.iter().any(|p| !counterpart(p)).then_some(c)
        })
    }

    /// The entity of a token.
    pub fn entity_at(&self, tok: usize) -> Option<u32> {
        self.ent_at.get(tok).copied().flatten().map(|(e, _)| e)
    }

    /// Whether token `tok` is spelled `w` (any letter case).
    fn word_is(&self, tok: usize, w: &str) -> bool {
        self.doc.tokens.get(tok).is_some_and(|t| self.doc.slice(t.span).eq_ignore_ascii_case(w))
    }

    fn lemma(&self, tok: usize) -> String {
        self.doc
            .tokens
            .get(tok)
            .map(|t| t.lemma.clone().unwrap_or_else(|| self.doc.slice(t.span).to_lowercase()))
            .unwrap_or_default()
            .to_lowercase()
    }

    fn entity_code(&self, id: u32, sector: Option<&str>, at: usize) -> Option<Actor> {
        let e = self.doc.entity(id)?;
        // (Not "leader": the entity layer gives a leader a code only when a
        // country or coded organization is named with it, "Community leader
        // X" or the leader of an organization of no code has none.)
        let role_sector = || {
            e.roles.iter().find_map(|r| {
                let w = r.split_whitespace().last()?.to_lowercase();
                if matches!(w.as_str(), "leader" | "leaders") {
                    return None;
                }
                sector_of(&w)
            })
        };
        // "Bank Indonesia", "Reserve Bank of India", "the central bank": a
        // central bank ([`central_bank_country`]) the gazetteer does not
        // list is its country's government (as the listed ones are: Bank
        // of England GBRGOV, Federal Reserve USAGOV).
        // ("Central Bank of India" is a business, though the entity layer
        // codes it as a central bank.)
        let lower = e.name.to_lowercase();
        if e.kind == EntityKind::Org && NOT_CENTRAL_BANKS.contains(&lower.strip_prefix("the ").unwrap_or(&lower)) {
            let c = e.country.clone().unwrap_or_else(|| "---".into());
            return Some(Actor { code: format!("{c}BUS"), entity: Some(id) });
        }
        if e.kind == EntityKind::Org && e.code.as_deref().is_none_or(|c| c.len() <= 3) {
            if let Some(named) = central_bank_country(&e.name) {
                let c = named.or_else(|| e.country.clone()).or_else(|| self.home(at, Some("GOV")));
                return Some(Actor { code: format!("{}GOV", c.as_deref().unwrap_or("---")), entity: Some(id) });
            }
        }
        let known = if e.kind == EntityKind::Person && e.country.is_none() { self.known_by_surname(e) } else { None };
        let base = match known.or_else(|| e.code.clone()).or_else(|| e.country.clone()) {
            // An international official of no country ("Kofi Annan",
            // ---IGO) is the body's, not the article's country's.
            Some(c) if c.starts_with("---") && matches!(c.get(3..6), Some("IGO" | "NGO")) => c[3..].to_string(),
            // A person or group of no known country: the article's country.
            Some(c) if c.starts_with("---") => match &self.home(at, c.get(3..6)) {
                Some(d) => format!("{d}{}", &c[3..]),
                None => c,
            },
            Some(c) => c,
            // "Kenya Anti-Corruption Commission", "Nigerian Union of
            // Teachers": an organization named after its country.
            // "Lagos High Court", "Cairo Criminal Court": a court named
            // after a city is its country's judiciary.
            None if e.kind == EntityKind::Org && court_city_country(&e.name).is_some() => {
                format!("{}JUD", court_city_country(&e.name)?)
            }
            None if e.kind == EntityKind::Org && name_country(&e.name).is_some() => {
                let c = name_country(&e.name)?;
                format!("{c}{}", role_sector().or(sector).unwrap_or(""))
            }
            None if matches!(e.kind, EntityKind::Person | EntityKind::Org) => {
                let s = role_sector().or(sector)?;
                format!("{}{s}", self.home(at, Some(s)).unwrap_or_else(|| "---".into()))
            }
            None => return None,
        };
        let code = match (sector, e.kind) {
            (Some(s), EntityKind::Gpe | EntityKind::Norp | EntityKind::Loc) => match country_part(&base) {
                Some(c) => format!("{c}{s}"),
                None => format!("{base}{s}"),
            },
            _ => base,
        };
        Some(Actor { code, entity: Some(id) })
    }

    /// The code of a person the entity layer left without a country whose
    /// name is a well-known person's surname alone ("Putin", "President
    /// Reagan" = USAGOV): country and sector from the gazetteer's people,
    /// the sector of the person's own title first.
    fn known_by_surname(&self, e: &dateline_core::Entity) -> Option<String> {
        if e.code.as_deref().is_some_and(|c| !c.starts_with("---")) {
            return None;
        }
        let mut words = e.name.split_whitespace();
        let last = words.next_back()?;
        // A full name the gazetteer does not know is someone else.
        if words.next().is_some() {
            return None;
        }
        let (country, sector) = gazetteer().person_by_surname(last)?;
        let own = e.code.as_deref().and_then(|c| c.get(3..)).filter(|s| !s.is_empty());
        let sector = own.or(sector).unwrap_or("");
        Some(match country {
            Some(c) => format!("{c}{sector}"),
            None => format!("---{sector}"),
        })
    }

    /// Codes the phrase headed by `head` over `span`; `qualifier` is the
    /// modifier a coordinated reading keeps ("U.S." of "U.S. and Ukrainian
    /// officials"). Returns several actors for compound names.
    pub fn code_phrase(&self, head: usize, span: Span, qualifier: Option<usize>) -> Vec<Actor> {
        if let Some(d) = self.dicts {
            return self.code_with_dicts(d, span, qualifier);
        }
        let mut out = self.code_phrase_now(head, span, qualifier);
        // Countries as they were on the article's day: South Sudan was
        // part of Sudan until its independence on 2011-07-09.
        if self.day > 0 && self.day < 20_110_709 {
            for a in out.iter_mut() {
                if let Some(rest) = a.code.strip_prefix("SSD") {
                    a.code = format!("SDN{rest}");
                }
            }
        }
        out
    }

    fn code_phrase_now(&self, head: usize, span: Span, qualifier: Option<usize>) -> Vec<Actor> {
        let head_lemma = self.lemma(head);
        let mut sector = sector_of(&head_lemma).or_else(|| self.title_sector(span, head)).or_else(|| {
            // Trades that strike as workers do, named in the plural ("bus
            // drivers went on strike"; "the driver was accused" is one
            // person of no sector).
            const TRADES: &[&str] =
                &["driver", "trucker", "railworker", "autoworker", "machinist", "longshoreman", "stevedore"];
            let plural = self.doc.tokens.get(head).and_then(|t| t.xpos.as_deref()) == Some("NNS");
            (plural && TRADES.contains(&head_lemma.as_str())).then_some("LAB")
        });
        // "the attorney general", "the surgeon general": a title of two
        // words is not its head word's ("general" alone is a soldier).
        // ("attorney general" is parsed with either word as the head.)
        let pair = [head.checked_sub(1).map(|b| (b, head)), Some((head, head + 1))];
        let inside = self.doc.tokens_in(span);
        for (a, b) in pair.into_iter().flatten() {
            if !inside.contains(&a) || !inside.contains(&b) {
                continue;
            }
            let phrase = format!("{} {}", self.lemma(a), self.lemma(b));
            const SECTORS: [&str; 8] = ["GOV", "MIL", "REB", "COP", "OPP", "LEG", "JUD", "IGO"];
            let listed = gazetteer().role_sector(&phrase).and_then(|s| s.get(s.len().saturating_sub(3)..));
            if let Some(s) = listed.and_then(|s| SECTORS.iter().find(|&&x| x == s)) {
                sector = Some(s);
            }
        }
        // "Union leaders", "business leaders", "church leaders": a leader
        // (or official, representative) is the government's only when no
        // word before it names another sector; the word's sector wins.
        // So do workers (labor, as the PETRARCH agents code them): "aid
        // workers" are an NGO's, "health workers" the health sector's.
        if matches!(
            head_lemma.as_str(),
            "leader" | "official" | "representative" | "chief" | "head" | "member" | "worker"
        ) {
            let named = self.doc.tokens_in(span).filter(|&t| t < head).find_map(|t| {
                let lemma = self.lemma(t);
                match lemma.as_str() {
                    "aid" | "relief" | "humanitarian" | "charity" if head_lemma == "worker" => Some("NGO"),
                    "health" | "medical" | "hospital" | "healthcare" if head_lemma == "worker" => Some("HLH"),
                    // (A company's workers are labor, not the company.)
                    _ => sector_of(&lemma)
                        .filter(|s| matches!(*s, "LAB" | "BUS" | "REL" | "OPP" | "REB" | "MED" | "EDU" | "HLH" | "PTY"))
                        .filter(|s| *s != "BUS" || head_lemma != "worker"),
                }
            });
            if named.is_some() {
                sector = named;
            }
        }
        // "the central bank", "Kenya's reserve bank": a monetary authority
        // of the government, not a business.
        if head_lemma == "bank"
            && head > 0
            && self.doc.tokens_in(span).contains(&(head - 1))
            && matches!(self.lemma(head - 1).as_str(), "central" | "reserve")
        {
            sector = Some("GOV");
        }
        // "The agency sued": an agency is a government body unless named a
        // news, press or business one ("the news agency", "an advertising
        // agency").
        if matches!(head_lemma.as_str(), "agency" | "agencies") {
            let mods: Vec<String> = self.doc.tokens_in(span).filter(|&t| t < head).map(|t| self.lemma(t)).collect();
            sector = if mods.iter().any(|m| matches!(m.as_str(), "news" | "press" | "wire" | "newswire")) {
                Some("MED")
            } else if mods.iter().any(|m| {
                matches!(
                    m.as_str(),
                    "advertising" | "travel" | "talent" | "rating" | "ratings" | "credit" | "employment"
                )
            }) {
                Some("BUS")
            } else {
                Some("GOV")
            };
        }
        // "Chile's central bank cut ... The bank's next meeting": a bare
        // "the bank" after a central bank named earlier is that bank.
        if head_lemma == "bank" && sector != Some("GOV") {
            let before = self.doc.tokens_in(span).start..head;
            let bare = !before.is_empty() && before.clone().all(|t| self.word_is(t, "the"));
            // (The words before, not a lower-cased copy of the text before
            // the phrase for every "the bank".)
            if bare
                && (1..head).any(|t| {
                    (self.word_is(t - 1, "central") || self.word_is(t - 1, "reserve"))
                        && (self.word_is(t, "bank") || self.word_is(t, "banks"))
                })
            {
                sector = Some("GOV");
            }
        }
        // "the paramilitary Rapid Support Forces": irregular forces are no
        // state army; a state's paramilitary guards, police, rangers or
        // troops are ("Iran's paramilitary Revolutionary Guards").
        let words: Vec<String> =
            self.doc.tokens_in(span).map(|t| self.doc.slice(self.doc.tokens[t].span).to_lowercase()).collect();
        // "Chinese coast guard vessels", "the Philippine coast guard": a
        // coast guard is a state's maritime force, MIL as the PETRARCH
        // agents code a border guard; so are the navy's or police's
        // vessels ("Chinese navy ships").
        let coast_guard = words.iter().any(|w| w == "coastguard" || w == "coastguards")
            || words.windows(2).any(|w| w[0] == "coast" && w[1].starts_with("guard"));
        if coast_guard && (sector.is_none() || head_lemma == "guard") {
            sector = Some("MIL");
        } else if sector.is_none() && matches!(head_lemma.as_str(), "vessel" | "ship" | "boat" | "cutter") {
            sector = words.iter().find_map(|w| sector_of(w).filter(|s| matches!(*s, "MIL" | "COP")));
        }
        if sector == Some("MIL")
            && words.iter().any(|w| w == "paramilitary")
            && !words.iter().any(|w| STATE_FORCE.contains(&w.as_str()))
        {
            sector = Some("REB");
        }
        if let Some(q) = qualifier {
            if let Some(id) = self.entity_at(q) {
                return self.entity_code(id, sector, head).into_iter().collect();
            }
        }
        if let Some(a) = self.residence_code(head, span, sector) {
            return vec![a];
        }
        if let Some(a) = self.supplement_code(head, span, sector) {
            return vec![a];
        }
        // "hosted Ethiopian Prime Minister Abiy Ahmed" parsed with the
        // nationality as the head: the person named after it is the actor.
        // So is "Ontario Premier Doug Ford" read as one flat name headed by
        // the province: the person's own code, not the place's country.
        if let Some(e) = self
            .entity_at(head)
            .and_then(|id| self.doc.entity(id))
            .filter(|e| matches!(e.kind, EntityKind::Norp | EntityKind::Gpe))
        {
            let gpe = e.kind == EntityKind::Gpe;
            let flat_on_head = |t: usize| {
                self.doc.tokens[t].head == Some(head as u32)
                    && matches!(self.doc.tokens[t].deprel.as_deref(), Some("flat" | "compound"))
            };
            let person = self.doc.tokens_in(span).filter(|&t| t > head && (!gpe || flat_on_head(t))).find_map(|t| {
                let id = self.entity_at(t)?;
                let p = self.doc.entity(id).filter(|p| p.kind == EntityKind::Person)?;
                let code = p.code.clone().filter(|c| !c.starts_with("---"))?;
                (code.get(..3) == e.country.as_deref()).then_some(Actor { code, entity: Some(id) })
            });
            if let Some(a) = person {
                return vec![a];
            }
        }
        if let Some(id) = self.entity_at(head) {
            let e = self.doc.entity(id);
            let person_or_org = e.is_some_and(|e| matches!(e.kind, EntityKind::Person | EntityKind::Org));
            // "Nigerian junior foreign minister Dubem Oniya": a person of no
            // known country takes the nationality adjective of its phrase.
            if let Some(c) = e.filter(|_| person_or_org).and_then(|e| self.adjective_country(span, head, e)) {
                return vec![Actor { code: c, entity: Some(id) }];
            }
            // "The Ivory Coast's Supreme Court": an institution the gazetteer
            // places in one country, owned by another in the phrase.
            if let Some(e) = e.filter(|e| e.kind == EntityKind::Org) {
                if let Some((own, sector)) =
                    e.code.as_deref().filter(|c| c.len() > 3).and_then(|c| Some((country_part(c)?, &c[3..])))
                {
                    let other = self.doc.tokens_in(span).filter(|&t| t < head).find_map(|t| {
                        let x = self.doc.entity(self.entity_at(t).filter(|&x| x != id)?)?;
                        let c = x.country.clone().filter(|_| matches!(x.kind, EntityKind::Gpe | EntityKind::Norp))?;
                        (c != own).then_some(c)
                    });
                    if let Some(c) = other {
                        return vec![Actor { code: format!("{c}{sector}"), entity: Some(id) }];
                    }
                }
            }
            // A name heading its phrase keeps its own code; a nationality
            // or country modifying a sector noun gives country + sector.
            // (A name of no code or country still takes the sector of its
            // title, "Vice-President Moody Awori" = GOV.)
            if let Some(a) = self.entity_code(id, sector, head) {
                return vec![a];
            }
        }
        // An entity inside the phrase ("officials from Gondor", "U.S. officials");
        // coordinated ones before a sector head are a compound actor.
        let toks = self.doc.tokens_in(span);
        if sector.is_some() {
            let mut ids: Vec<u32> = Vec::new();
            let mut has_and = false;
            for t in toks.clone().filter(|&t| t < head) {
                if self.doc.tokens[t].upos == Some(Upos::CCONJ) {
                    has_and = true;
                }
                if let Some(id) = self.entity_at(t) {
                    if !ids.contains(&id) {
                        ids.push(id);
                    }
                }
            }
            if has_and && ids.len() >= 2 {
                let out: Vec<Actor> = ids.iter().filter_map(|&id| self.entity_code(id, sector, head)).collect();
                if out.len() >= 2 {
                    return out;
                }
            }
        }
        let head_entity = self.entity_at(head);
        let inside = toks
            .clone()
            .filter(|&t| !self.names_a_border(t))
            .filter_map(|t| self.entity_at(t))
            .filter(|id| Some(*id) != head_entity)
            .find(|id| {
                self.doc.entity(*id).is_some_and(|e| {
                    !matches!(e.kind, EntityKind::Misc)
                        && (e.code.is_some()
                            || e.country.is_some()
                            || e.kind == EntityKind::Org && name_country(&e.name).is_some())
                })
            });
        if let Some(id) = inside {
            let e = self.doc.entity(id);
            let person_or_org = e.is_some_and(|e| matches!(e.kind, EntityKind::Person | EntityKind::Org));
            if person_or_org && sector.is_some() {
                // "Trump's envoy": the person's country and the sector.
                if let Some(c) = e.and_then(|e| e.country.clone()) {
                    return vec![Actor { code: format!("{c}{}", sector.unwrap_or("")), entity: Some(id) }];
                }
            }
            return self.entity_code(id, sector, head).into_iter().collect();
        }
        if let Some(a) = self.gazetteer_code(toks.clone(), sector) {
            return vec![a];
        }
        if let Some(s) = sector {
            let is_pron = self.doc.tokens.get(head).and_then(|t| t.upos) == Some(Upos::PRON);
            if !is_pron {
                // "Western governments", "European diplomats": a region's
                // people (a nationality of no country), or governments in
                // the plural, are no one country's.
                // (A nationality the lists do not know, "Chechen refugees",
                // may still be the country's.)
                let regional = toks.clone().any(|t| {
                    self.entity_at(t).and_then(|id| self.doc.entity(id)).is_some_and(|e| {
                        matches!(e.kind, EntityKind::Norp | EntityKind::Loc)
                            && e.country.is_none()
                            && e.name.split_whitespace().next().is_some_and(|w| {
                                matches!(
                                    w.to_lowercase().as_str(),
                                    "western"
                                        | "eastern"
                                        | "european"
                                        | "african"
                                        | "west"
                                        | "east"
                                        | "arab"
                                        | "asian"
                                        | "gulf"
                                        | "nordic"
                                        | "scandinavian"
                                        | "balkan"
                                        | "latin"
                                        | "caribbean"
                                )
                            })
                    })
                }) || self.word_is(head, "governments");
                let country = if s == "REB" || regional { None } else { self.home(head, Some(s)) };
                return vec![Actor { code: format!("{}{s}", country.unwrap_or_else(|| "---".into())), entity: None }];
            }
        }
        Vec::new()
    }

    /// The code of a person or organization of no known country from a
    /// country adjective or name before it in its phrase ("Nigerian junior
    /// foreign minister Dubem Oniya" = NGAGOV, "Pakistan President Zia").
    fn adjective_country(&self, span: Span, head: usize, e: &dateline_core::Entity) -> Option<String> {
        if e.country.is_some() || e.code.as_deref().is_some_and(|c| !c.starts_with("---")) {
            return None;
        }
        let sector = match e.code.as_deref().and_then(|c| c.get(3..)).filter(|s| !s.is_empty()) {
            Some(s) => s.to_string(),
            None => e
                .roles
                .iter()
                .find_map(|r| r.split_whitespace().last().and_then(|w| sector_of(&w.to_lowercase())))?
                .to_string(),
        };
        let country = self.doc.tokens_in(span).filter(|&t| t < head).find_map(|t| {
            let id = self.entity_at(t).filter(|&x| x != e.id)?;
            let other = self.doc.entity(id)?;
            matches!(other.kind, EntityKind::Norp | EntityKind::Gpe).then(|| other.country.clone()).flatten()
        })?;
        Some(format!("{country}{sector}"))
    }

    /// A name of the team's supplement that heads the phrase or modifies
    /// its head ("European Community foreign ministers", "the Democratic
    /// People's Republic of Korea", "the Palestinian Islamic Jihad
    /// movement"), before the entity layer's reading of its parts.
    fn supplement_code(&self, head: usize, span: Span, sector: Option<&str>) -> Option<Actor> {
        let toks: Vec<usize> = self.doc.tokens_in(span).collect();
        // Words with a split-off possessive or apostrophe glued back on.
        let mut words: Vec<String> = Vec::new();
        let mut last_tok: Vec<usize> = Vec::new();
        let mut first_tok: Vec<usize> = Vec::new();
        for &t in &toks {
            let w = self.doc.slice(self.doc.tokens[t].span);
            if (w == "'" || w == "'s") && !words.is_empty() {
                if let Some(prev) = words.last_mut() {
                    prev.push_str(w);
                }
                if let Some(l) = last_tok.last_mut() {
                    *l = t;
                }
                continue;
            }
            words.push(w.to_string());
            last_tok.push(t);
            first_tok.push(t);
        }
        let refs: Vec<&str> = words.iter().map(String::as_str).collect();
        for i in 0..refs.len() {
            if !refs[i].chars().next().is_some_and(char::is_uppercase) {
                continue;
            }
            let Some((code, n)) = supplement_at(&refs, i) else { continue };
            let end = last_tok[i + n - 1];
            if first_tok[i] > head {
                continue;
            }
            // The name is the head, or stands right before it.
            let covers = end >= head || end + 1 == head || (end + 1..head).all(|t| !self.is_content_name(t));
            if !covers {
                continue;
            }
            let code = match (country_part(&code), sector) {
                (Some(c), Some(s)) if code.len() == 3 => format!("{c}{s}"),
                _ => code,
            };
            return Some(Actor { code, entity: None });
        }
        None
    }

    /// "Karen guerrilla strongholds on the Thai border", "camps near the
    /// eastern Thai border": a country that only names a border places
    /// the phrase; it does not say whose the phrase is.
    fn names_a_border(&self, t: usize) -> bool {
        let Some(h) = self.doc.tokens.get(t).and_then(|x| x.head).map(|h| h as usize) else { return false };
        h != t && matches!(self.lemma(h).as_str(), "border" | "borders" | "frontier" | "frontiers" | "boundary")
    }

    /// A token that names something on its own (a name or an entity).
    fn is_content_name(&self, t: usize) -> bool {
        self.entity_at(t).is_some() || self.doc.tokens.get(t).is_some_and(|x| x.upos == Some(Upos::PROPN))
    }

    /// The sector of a title before a name in its phrase
    /// ("Vice-President Moody Awori" = GOV) when the entity layer gave the
    /// name no role.
    fn title_sector(&self, span: Span, head: usize) -> Option<&'static str> {
        let g = gazetteer();
        let name = self.entity_at(head)?;
        let e = self.doc.entity(name)?;
        if !matches!(e.kind, EntityKind::Person | EntityKind::Org) || !e.roles.is_empty() {
            return None;
        }
        // "General Electric Co", "General Motors Corp": a company named
        // with a title word is a business, not a general's.
        let company = e.kind == EntityKind::Org
            && e.name
                .split_whitespace()
                .any(|w| COMPANY_WORDS.contains(&w.trim_end_matches('.').to_lowercase().as_str()));
        if company {
            return Some("BUS");
        }
        self.doc.tokens_in(span).filter(|&t| t <= head).find_map(|t| {
            let w = self.doc.slice(self.doc.tokens[t].span).to_lowercase();
            let phrase = w.replace('-', " ");
            let s = g.role_sector(&phrase).or_else(|| g.role_sector(w.rsplit('-').next().unwrap_or("")))?;
            sector_of(&s.to_lowercase()).or(match s {
                "GOV" => Some("GOV"),
                "MIL" => Some("MIL"),
                "REB" => Some("REB"),
                "COP" => Some("COP"),
                "OPP" => Some("OPP"),
                "LEG" => Some("LEG"),
                "JUD" => Some("JUD"),
                _ => None,
            })
        })
    }

    /// CAMEO codes an ethnic group by the country it lives in: "ethnic
    /// Albanians" in Macedonia are MKD, "the Albanians of southern Serbia"
    /// SRB. For a phrase with "ethnic" before a nationality, or headed by a
    /// nationality with a place of another country inside it, the country
    /// is that place, else the first place of another country named in the
    /// sentence.
    fn residence_code(&self, head: usize, span: Span, sector: Option<&str>) -> Option<Actor> {
        let toks = self.doc.tokens_in(span);
        let norp = |t: usize| {
            let id = self.entity_at(t)?;
            let e = self.doc.entity(id)?;
            (e.kind == EntityKind::Norp).then(|| (id, e.country.clone())).and_then(|(id, c)| Some((id, c?)))
        };
        let ethnic = toks
            .clone()
            .find(|&t| self.doc.slice(self.doc.tokens[t].span).eq_ignore_ascii_case("ethnic") && norp(t + 1).is_some());
        let (nid, own, within_only) = match ethnic {
            Some(t) => {
                let (id, c) = norp(t + 1)?;
                (id, c, false)
            }
            None => {
                let (id, c) = norp(head)?;
                (id, c, true)
            }
        };
        let place = |t: usize| {
            let id = self.entity_at(t).filter(|&x| x != nid)?;
            let e = self.doc.entity(id)?;
            let c = e.country.clone()?;
            (matches!(e.kind, EntityKind::Gpe | EntityKind::Loc) && c != own).then_some(c)
        };
        // ("Ethiopian Prime Minister Abiy Ahmed in Nairobi" headed by the
        // adjective: a person named in the phrase is no group residing.)
        let person = toks.clone().any(|t| {
            self.entity_at(t).and_then(|id| self.doc.entity(id)).is_some_and(|e| e.kind == EntityKind::Person)
        });
        if person && ethnic.is_none() {
            return None;
        }
        // ("Venezuelans to El Salvador": a destination is no residence.)
        let destination = |t: usize| {
            let mut s = t;
            while s > 0 && self.entity_at(s - 1).is_some() && self.entity_at(s - 1) == self.entity_at(t) {
                s -= 1;
            }
            s > 0 && {
                let w = self.doc.slice(self.doc.tokens[s - 1].span).to_lowercase();
                matches!(w.as_str(), "to" | "into" | "toward" | "towards")
            }
        };
        let inside =
            toks.clone().filter(|&t| t > head || ethnic.is_some()).filter(|&t| !destination(t)).find_map(place);
        let country = match inside {
            Some(c) => c,
            None if within_only => return None,
            None => {
                let s = self.doc.sentence_at(span.start).and_then(|s| self.doc.sentences.get(s))?;
                s.tokens.clone().find_map(place)?
            }
        };
        Some(Actor { code: format!("{country}{}", sector.unwrap_or("")), entity: None })
    }

    /// A name the entity layer left without a code ("Iraqi Kurds" as one
    /// group, an organization it did not link): the first gazetteer phrase
    /// in the tokens that names a country, a demonym, a city, a known
    /// organization or person with a code or country. Countries and
    /// demonyms take the head's sector ("Iraqi Kurds" = IRQ).
    fn gazetteer_code(&self, toks: std::ops::Range<usize>, sector: Option<&str>) -> Option<Actor> {
        let g = gazetteer();
        let words: Vec<&str> =
            toks.clone().filter_map(|t| self.doc.tokens.get(t).map(|x| self.doc.slice(x.span))).collect();
        for i in 0..words.len() {
            // Names are capitalized; lower-case words are not looked up.
            if !words[i].chars().next().is_some_and(char::is_uppercase) || self.names_a_border(toks.start + i) {
                continue;
            }
            // "the South China Sea": a natural place named after a country
            // (a LOC of no country of its own) is no actor.
            let in_loc = self.entity_at(toks.start + i).and_then(|id| self.doc.entity(id)).is_some_and(|e| {
                e.kind == EntityKind::Loc && e.country.is_none() && e.name.split_whitespace().count() > 1
            });
            if in_loc {
                continue;
            }
            // "Vietnamese-led forces", "US-led coalition": the leader's country.
            let split_led = words.get(i + 1) == Some(&"-") && words.get(i + 2) == Some(&"led");
            if let Some(lead) = words[i].strip_suffix("-led").or(split_led.then_some(words[i])) {
                if let Some(c) = g.lookup(&[lead]).iter().find_map(|e| {
                    matches!(e.kind, GazKind::Country | GazKind::Demonym).then(|| e.country.clone()).flatten()
                }) {
                    return Some(Actor { code: format!("{c}{}", sector.unwrap_or("")), entity: None });
                }
            }
            let plain: Vec<&str> = words[i..].iter().copied().filter(|w| *w != "'").collect();
            if let Some((code, _)) = supplement_at(&plain, 0) {
                let code = match (country_part(&code), sector) {
                    (Some(c), Some(s)) if code.len() == 3 => format!("{c}{s}"),
                    _ => code,
                };
                return Some(Actor { code, entity: None });
            }
            // "Morgan Stanley": a city's name inside a name, after one of
            // its capitalized words, is no place ("Bank of Tokyo" is).
            let t = toks.start + i;
            let inner = t > 0
                && self.entity_at(t).is_some_and(|id| {
                    self.entity_at(t - 1) == Some(id)
                        && self.doc.entity(id).is_some_and(|e| matches!(e.kind, EntityKind::Org | EntityKind::Person))
                })
                && self.doc.tokens.get(t - 1).is_some_and(|x| {
                    let w = self.doc.slice(x.span);
                    w.chars().next().is_some_and(char::is_uppercase) && w.chars().all(char::is_alphabetic)
                });
            for n in (1..=g.max_len().min(words.len() - i)).rev() {
                let Some(phrase) = words.get(i..i + n) else { continue };
                for e in g.lookup(phrase) {
                    let code = match e.kind {
                        GazKind::City if inner => continue,
                        GazKind::Country | GazKind::Demonym | GazKind::City | GazKind::Metonym => {
                            let Some(c) = e.country.clone() else { continue };
                            match (e.kind, sector) {
                                (GazKind::Country | GazKind::Demonym | GazKind::City, Some(s)) => format!("{c}{s}"),
                                _ => c,
                            }
                        }
                        GazKind::Org | GazKind::Person => match (&e.code, &e.country) {
                            (Some(c), _) if c.len() >= 3 => c.clone(),
                            (_, Some(c)) => c.clone(),
                            _ => continue,
                        },
                        _ => continue,
                    };
                    return Some(Actor { code, entity: None });
                }
            }
            // "The Bush administration": a well-known person's surname
            // modifying a sector noun names that person's government;
            // "Putin" alone (a proper noun the entity layer missed) is that
            // person.
            // The whole name, not a word of a longer one ("Carter Hawley
            // Hale", "Neil Bush").
            // (`t`: the token of `words[i]`.)
            let is_propn = |k: usize| self.doc.tokens.get(k).is_some_and(|x| x.upos == Some(Upos::PROPN));
            let proper = is_propn(t) && !is_propn(t + 1) && (t == 0 || !is_propn(t - 1));
            match (sector, g.person_by_surname(words[i])) {
                (Some(s), Some((Some(c), _))) if proper => {
                    return Some(Actor { code: format!("{c}{s}"), entity: None })
                }
                (None, Some((c, s))) if proper && words.len() == 1 => {
                    // An international official ("Annan") is the body's.
                    let code = match (c, s.unwrap_or("")) {
                        (Some(c), s) => format!("{c}{s}"),
                        (None, s @ ("IGO" | "NGO")) => s.to_string(),
                        (None, s) => format!("---{s}"),
                    };
                    return Some(Actor { code, entity: None });
                }
                _ => {}
            }
        }
        None
    }

    fn code_with_dicts(&self, d: &Dictionaries, span: Span, qualifier: Option<usize>) -> Vec<Actor> {
        let range = self.doc.tokens_in(span);
        // Words joined by underscores in the text ("Dol_Amroth") are
        // separate words for the dictionaries.
        let toks: Vec<String> = self
            .upper
            .get(range.clone())
            .unwrap_or(&[])
            .iter()
            .flat_map(|t| t.split('_').filter(|w| !w.is_empty()).map(str::to_string).collect::<Vec<_>>())
            .collect();
        let toks = toks.as_slice();
        // Actors with their token positions, and agents.
        let mut found: Vec<(usize, usize, Vec<String>)> = Vec::new();
        let mut agents: Vec<(String, bool)> = Vec::new();
        let mut agent_pos: Vec<(usize, usize)> = Vec::new();
        let mut i = 0;
        while i < toks.len() {
            // A temporal adjunct after a named actor ("Minas Tirith after a
            // 12-year rift, the official news agency...", a parse slip that
            // hangs the adjunct on the name) is no part of its phrase: its
            // agents do not qualify the actor.
            if !found.is_empty() && is_temporal_break(&toks[i]) {
                break;
            }
            if let Some((a, n)) = d.actors.match_at(toks, i) {
                let codes = d.actors.codes(a, self.day);
                if !codes.is_empty() {
                    found.push((i, i + n, codes));
                }
                i += n;
                continue;
            }
            if let Some((g, n)) = d.agents.match_at(toks, i) {
                let (_, code, prefix) = &d.agents.agents[g];
                agents.push((code.clone(), *prefix));
                agent_pos.push((i, i + n));
                i += n;
                continue;
            }
            i += 1;
        }
        // Coordinated agents ("lawmakers and officials") each make an
        // actor; adjacent ones ("MSF ... diplomat") combine into one code.
        let coordinated_agents = agent_pos.windows(2).any(|w| {
            toks.get(w[0].1..w[1].0)
                .is_some_and(|b| !b.is_empty() && b.iter().all(|x| matches!(x.as_str(), "," | "AND" | "OR")))
        });
        // The first actor and those coordinated with it ("Mordor, Rohan and Bree").
        let mut actors: Vec<Vec<String>> = Vec::new();
        let mut last_end = None;
        for (start, end, codes) in found {
            let joined = match last_end {
                None => true,
                Some(e) => toks[e..start].iter().all(|w| matches!(w.as_str(), "," | "AND" | "OR" | "THE" | "NOR")),
            };
            if !joined {
                break;
            }
            actors.push(codes);
            last_end = Some(end);
        }
        // A coordinated modifier reading keeps only its own actor.
        if let Some(q) = qualifier {
            if let Some(qi) = q.checked_sub(range.start) {
                if let Some((a, _)) = d.actors.match_at(toks, qi) {
                    actors = vec![d.actors.codes(a, self.day)];
                }
            }
        }
        let mut out = Vec::new();
        if actors.is_empty() {
            if agents.is_empty() {
                return out;
            }
            actors.push(vec!["---".to_string()]);
        }
        if coordinated_agents {
            for base in actors.iter().flatten() {
                for (g, prefix) in &agents {
                    let code = if *prefix { format!("{g}{base}") } else { format!("{base}{g}") };
                    out.push(Actor { code, entity: None });
                }
            }
            return out;
        }
        for base in actors.iter().flatten() {
            let mut pre = String::new();
            let mut post = String::new();
            for (g, prefix) in &agents {
                if *prefix {
                    pre.push_str(g);
                } else if !base.ends_with(g.as_str()) && !post.contains(g.as_str()) {
                    post.push_str(g);
                }
            }
            out.push(Actor { code: format!("{pre}{base}{post}"), entity: None });
        }
        out
    }

    /// True when the dictionaries are in use.
    pub fn uses_dictionaries(&self) -> bool {
        self.dicts.is_some()
    }
}

/// The country an organization's name starts with ("Kenya Anti-Corruption
/// Commission", "Nigerian Union of Teachers", "Sri Lanka Freedom Party"):
/// a country name or demonym of one to three words followed by more words.
/// Not when the country word names something else there: a US state
/// ("Georgia Bureau of Investigation"), a people ("Indian Health Service"),
/// a river or region ("Niger Delta Development Commission"), or when it
/// could be two countries ("Dominican": Dominica or the Dominican Republic).
fn name_country(name: &str) -> Option<String> {
    let words: Vec<&str> = name.split_whitespace().collect();
    (1..=3.min(words.len().saturating_sub(1))).rev().find_map(|n| {
        let first = words[0].to_ascii_lowercase();
        if matches!(first.as_str(), "georgia" | "indian" | "jordan" | "dominican" | "guinea" | "congo" | "congolese") {
            return None;
        }
        let next = words.get(n).map(|w| w.to_ascii_lowercase()).unwrap_or_default();
        if matches!(
            next.as_str(),
            "delta" | "valley" | "river" | "basin" | "coast" | "sea" | "gulf" | "state" | "county"
        ) {
            return None;
        }
        sole_country_of(&words[..n], |k| matches!(k, GazKind::Country | GazKind::Demonym))
    })
}

/// The one country the gazetteer gives `words` as an entry of a kind
/// `fits` accepts; none when it gives none or several.
fn sole_country_of(words: &[&str], fits: impl Fn(GazKind) -> bool) -> Option<String> {
    let mut countries =
        gazetteer().lookup(words).iter().filter(|e| fits(e.kind)).filter_map(|e| e.country.clone()).collect::<Vec<_>>();
    countries.sort();
    countries.dedup();
    match countries.as_slice() {
        [c] => Some(c.clone()),
        _ => None,
    }
}

/// The country of the city a court's name opens with ("Lagos High
/// Court", "Lagos State High Court", "Cairo Criminal Court"): one or two
/// words the gazetteer lists as a city of one country, in a name ending
/// in "Court" or "Tribunal".
fn court_city_country(name: &str) -> Option<String> {
    let words: Vec<&str> = name.split_whitespace().collect();
    let last = words.last()?.to_ascii_lowercase();
    if words.len() < 2 || !matches!(last.as_str(), "court" | "tribunal") {
        return None;
    }
    (1..=2.min(words.len() - 1)).rev().find_map(|n| sole_country_of(&words[..n], |k| k == GazKind::City))
}

/// Central banks named without "central" or "reserve" (facts): name and
/// country. ("Bank of America", "Bank of Ireland", "Bank of China",
/// "National Bank of Egypt", "Bank Austria", "Bank Negara Indonesia" are
/// businesses and are not here.)
const CENTRAL_BANKS: &[(&str, &str)] = &[
    ("bank indonesia", "IDN"),
    ("bank negara malaysia", "MYS"),
    ("bank of japan", "JPN"),
    ("bank of canada", "CAN"),
    ("bank of korea", "KOR"),
    ("bank of thailand", "THA"),
    ("bank of russia", "RUS"),
    ("bank of israel", "ISR"),
    ("bank of mexico", "MEX"),
    ("bank of ghana", "GHA"),
    ("bank of uganda", "UGA"),
    ("bank of tanzania", "TZA"),
    ("bank of zambia", "ZMB"),
    ("bank of botswana", "BWA"),
    ("bank of namibia", "NAM"),
    ("bank of mauritius", "MUS"),
    ("bank of sierra leone", "SLE"),
    ("bank of jamaica", "JAM"),
    ("bank of algeria", "DZA"),
    ("bank of albania", "ALB"),
    ("bank of italy", "ITA"),
    ("bank of france", "FRA"),
    ("bank of spain", "ESP"),
    ("bank of greece", "GRC"),
    ("bank of portugal", "PRT"),
    ("bank of finland", "FIN"),
    ("bank of england", "GBR"),
    ("bank of papua new guinea", "PNG"),
    ("bangladesh bank", "BGD"),
    ("state bank of pakistan", "PAK"),
    ("state bank of vietnam", "VNM"),
    ("nepal rastra bank", "NPL"),
    ("bundesbank", "DEU"),
    ("deutsche bundesbank", "DEU"),
    ("swiss national bank", "CHE"),
    ("norges bank", "NOR"),
    ("riksbank", "SWE"),
    ("sveriges riksbank", "SWE"),
    ("danmarks nationalbank", "DNK"),
    ("people's bank of china", "CHN"),
    ("national bank of ukraine", "UKR"),
    ("national bank of poland", "POL"),
    ("national bank of belgium", "BEL"),
    ("national bank of ethiopia", "ETH"),
    ("national bank of rwanda", "RWA"),
    ("national bank of serbia", "SRB"),
    ("national bank of romania", "ROU"),
    ("national bank of kazakhstan", "KAZ"),
    ("czech national bank", "CZE"),
    ("magyar nemzeti bank", "HUN"),
    ("bangko sentral ng pilipinas", "PHL"),
    ("banque de france", "FRA"),
    ("banca d'italia", "ITA"),
    ("banco de mexico", "MEX"),
];

/// Businesses named like a country's central bank.
const NOT_CENTRAL_BANKS: &[&str] = &["central bank of india"];

/// A central bank's name: one of [`CENTRAL_BANKS`], "the central bank"
/// (the article's: Some(None)), or "central"/"reserve" bank with a
/// country's name ("Central Bank of Nigeria", "Reserve Bank of
/// Australia", "the Nigerian Central Bank"), except the businesses of
/// [`NOT_CENTRAL_BANKS`] and banks of several countries ("Central Bank of
/// West African States"). Some(the country the name gives, if any) for
/// one.
fn central_bank_country(name: &str) -> Option<Option<String>> {
    let lower = name.to_lowercase();
    let lower = lower.strip_prefix("the ").unwrap_or(&lower).trim();
    if let Some((_, c)) = CENTRAL_BANKS.iter().find(|(n, _)| *n == lower) {
        return Some(Some(c.to_string()));
    }
    if lower == "central bank" {
        return Some(None);
    }
    if NOT_CENTRAL_BANKS.contains(&lower) {
        return None;
    }
    let words: Vec<&str> = name.split_whitespace().collect();
    let lw: Vec<String> = words.iter().map(|w| w.to_lowercase()).collect();
    let central = lw.windows(2).any(|w| matches!(w[0].as_str(), "central" | "reserve") && w[1] == "bank");
    if !central {
        return None;
    }
    let country = |ws: &[&str]| -> Option<String> {
        gazetteer()
            .lookup(ws)
            .iter()
            .filter(|e| matches!(e.kind, GazKind::Country | GazKind::Demonym))
            .find_map(|e| e.country.clone())
    };
    // (The country must be the rest of the name: "of West African States"
    // names no one country.)
    let rest: Vec<&str> = words
        .iter()
        .zip(&lw)
        .filter(|(_, l)| !matches!(l.as_str(), "the" | "central" | "reserve" | "bank" | "of"))
        .map(|(w, _)| *w)
        .collect();
    if rest.is_empty() || rest.len() > 3 {
        return None;
    }
    country(&rest).map(Some)
}

/// Words (upper case) that open a temporal adjunct or clause: after a
/// named actor, the words from here on are not part of its phrase.
fn is_temporal_break(word: &str) -> bool {
    matches!(word, "AFTER" | "BEFORE" | "SINCE" | "UNTIL" | "DURING" | "WHEN" | "WHILE")
}

/// Words that name a state's own armed or police force, paramilitary or not.
const STATE_FORCE: &[&str] = &[
    "guard",
    "guards",
    "police",
    "policemen",
    "rangers",
    "corps",
    "troops",
    "troop",
    "soldiers",
    "gendarmerie",
    "gendarmes",
    "constabulary",
    "frontier",
    "border",
    "army",
];

/// Words of a company's name ("Co", "Corp", "Inc", "Ltd", "Plc"...).
const COMPANY_WORDS: &[&str] = &[
    "co",
    "corp",
    "corporation",
    "inc",
    "incorporated",
    "ltd",
    "limited",
    "plc",
    "llc",
    "ag",
    "nv",
    "bv",
    "gmbh",
    "spa",
    "holdings",
    "motors",
    "company",
];

#[cfg(test)]
mod tests {
    use super::{is_temporal_break, sector_of, supplement_at};

    #[test]
    fn supplement_names() {
        let words = ["The", "European", "Community", "on", "Monday"];
        assert_eq!(supplement_at(&words, 1), Some(("IGOEEC".to_string(), 2)));
        assert_eq!(supplement_at(&words, 0), None);
        // Short upper-case aliases only as written.
        assert_eq!(supplement_at(&["EC"], 0).map(|x| x.0), Some("IGOEEC".to_string()));
        assert_eq!(supplement_at(&["ec"], 0), None);
        assert_eq!(supplement_at(&["UNITA's"], 0).map(|x| x.0), Some("AGOREB".to_string()));
    }

    #[test]
    fn temporal_words_end_a_dictionary_phrase() {
        assert!(is_temporal_break("AFTER"));
        assert!(is_temporal_break("UNTIL"));
        assert!(!is_temporal_break("OFFICIAL"));
    }

    #[test]
    fn sectors() {
        assert_eq!(sector_of("guerillas"), Some("REB"));
        assert_eq!(sector_of("gunship"), Some("MIL"));
        assert_eq!(sector_of("table"), None);
    }
}
