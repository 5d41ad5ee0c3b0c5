//! Clause-based argument selection: which clause triggers an event, and
//! which of its arguments are the source and the target. Works on the
//! syntax layer's clause view (subjects, agents of passives, objects,
//! obliques with their prepositions, coordination, inherited subjects,
//! relative clauses), so it does not depend on word order.

use crate::actors::{Actor, ActorCoder};
use crate::cameo;
use crate::context::{self, Context};
use crate::lexicon::{Features, Lexicon, Rule, TriggerPos, DEFAULT_TARGET_PREPS};
use crate::petrarch::Dictionaries;
use dateline_core::{Document, EntityKind, Event, EventMode, Span, Upos};
use dateline_syntax::{Arg, Clause};
use std::collections::HashMap;

/// What selected an event's code.
#[derive(Debug, Clone)]
struct Coding {
    code: String,
    /// The code of the reverse event (`[032:033]` in PETRARCH verbs).
    reverse: Option<String>,
    symmetric: bool,
    target_preps: Vec<String>,
    object_not_target: bool,
    trigger: Span,
    /// Pattern slots (token positions) for the source and the target.
    source_slot: Option<usize>,
    target_slot: Option<usize>,
    /// Complement clauses consumed by the rule.
    consumed: Vec<usize>,
    /// Oblique event nouns the rule's `obl=` names ("went on strike"):
    /// a day hung on them dates the event when it has none of its own.
    event_obliques: Vec<usize>,
    /// The pattern marks a compound actor acting on itself (`%`).
    reciprocal: bool,
}

pub(crate) struct Coder<'a> {
    doc: &'a Document,
    clauses: Vec<Clause>,
    by_pred: HashMap<usize, usize>,
    /// Indices of the clauses of each sentence, by predicate.
    by_sentence: Vec<Vec<usize>>,
    children: Vec<Vec<usize>>,
    actors: ActorCoder<'a>,
    lexicon: &'a Lexicon,
    dicts: Option<&'a Dictionaries>,
    /// Per token: a mediation participle modifying a noun, or in its
    /// agent (computed once per document).
    mediator: Vec<bool>,
}

fn xpos_of(doc: &Document, i: usize) -> &str {
    doc.tokens.get(i).and_then(|t| t.xpos.as_deref()).unwrap_or("")
}

fn rel(doc: &Document, i: usize) -> &str {
    doc.tokens.get(i).and_then(|t| t.deprel.as_deref()).unwrap_or("")
}

impl<'a> Coder<'a> {
    pub(crate) fn new(doc: &'a Document, lexicon: &'a Lexicon, dicts: Option<&'a Dictionaries>) -> Coder<'a> {
        let n = doc.tokens.len();
        let mut children = vec![Vec::new(); n];
        for (i, t) in doc.tokens.iter().enumerate() {
            if let Some(h) = t.head.map(|h| h as usize).filter(|&h| h < n && h != i) {
                children[h].push(i);
            }
        }
        let mut clauses = dateline_syntax::clauses(doc);
        if dicts.is_none() {
            let extra = verbless_repairs(doc, &clauses, lexicon);
            clauses.extend(extra);
            conjoined_modifier_repairs(doc, &children, &mut clauses, lexicon);
            speaker_participle_repairs(doc, &mut clauses);
        } else {
            // PETRARCH reads a passive only from its "by" agent; without one
            // the surface subject is the source ("The Philippines was
            // criticized over its dispute with Eriador" = PHL -> ERI).
            for c in clauses.iter_mut() {
                let by = c.obliques.iter().any(|o| {
                    o.prep.is_some_and(|p| {
                        doc.tokens.get(p).is_some_and(|t| doc.slice(t.span).eq_ignore_ascii_case("by"))
                    })
                });
                let finite = !c.auxiliaries.is_empty() && c.subjects.iter().any(|a| !a.inherited);
                if c.voice == dateline_syntax::Voice::Passive && c.agents.is_empty() && !by && finite {
                    c.voice = dateline_syntax::Voice::Active;
                }
            }
        }
        let by_pred = clauses.iter().enumerate().map(|(k, c)| (c.predicate, k)).collect();
        let mut by_sentence = vec![Vec::new(); doc.sentences.len()];
        for (k, c) in clauses.iter().enumerate() {
            if let Some(s) = doc.tokens.get(c.predicate).and_then(|t| doc.sentence_at(t.span.start)) {
                by_sentence[s].push(k);
            }
        }
        let mediator = mediator_tokens(doc, &clauses);
        Coder {
            doc,
            clauses,
            by_pred,
            by_sentence,
            children,
            actors: ActorCoder::new(doc, dicts),
            lexicon,
            dicts,
            mediator,
        }
    }

    fn lemma(&self, i: usize) -> String {
        self.doc
            .tokens
            .get(i)
            .map(|t| t.lemma.clone().unwrap_or_else(|| self.doc.slice(t.span).to_string()))
            .unwrap_or_default()
            .to_lowercase()
    }

    fn word(&self, i: usize) -> String {
        self.doc.tokens.get(i).map(|t| self.doc.slice(t.span).to_lowercase()).unwrap_or_default()
    }

    fn kids(&self, i: usize) -> &[usize] {
        self.children.get(i).map_or(&[], |v| v.as_slice())
    }

    /// The clauses of the sentence of token `i`.
    fn sentence_clauses(&self, i: usize) -> impl Iterator<Item = &Clause> {
        let s = self.doc.tokens.get(i).and_then(|t| self.doc.sentence_at(t.span.start));
        s.and_then(|s| self.by_sentence.get(s)).into_iter().flatten().map(|&k| &self.clauses[k])
    }

    /// The clauses above `k` (its governors), nearest first.
    fn chain(&self, k: usize) -> Vec<usize> {
        let mut out = Vec::new();
        let c = &self.clauses[k];
        let mut cur = self.reported_object_slip(c).or_else(|| c.governor.as_ref().map(|g| g.0));
        while let Some(p) = cur {
            // A relative clause's governor is a noun: go on to its predicate.
            // A relative or noun-attached clause stops at its noun.
            let Some(&gk) = self.by_pred.get(&p) else { break };
            if out.contains(&gk) || out.len() > 8 {
                break;
            }
            out.push(gk);
            cur = self.clauses[gk].governor.as_ref().map(|g| g.0);
        }
        out
    }

    /// "Israel said its jets struck Hamas targets" read with "its jets" as
    /// the object of "said" and "struck" as a participle hung on it: the
    /// speech verb, when clause `c` is such a verb right after that noun.
    fn reported_object_slip(&self, c: &Clause) -> Option<usize> {
        let (g, r) = c.governor.as_ref()?;
        if r != "acl" || rel(self.doc, *g) != "obj" || *g + 1 != c.predicate {
            return None;
        }
        let h = self.doc.tokens.get(*g)?.head? as usize;
        speech_verb(&self.lemma(h)).then_some(h)
    }

    fn np_span(&self, i: usize) -> Span {
        let Some(t) = self.doc.tokens.get(i) else { return Span::new(0, 0) };
        let (mut a, mut b) = (t.span.start, t.span.end);
        let mut stack = vec![i];
        let mut seen = 0;
        while let Some(x) = stack.pop() {
            seen += 1;
            if seen > self.doc.tokens.len() {
                break;
            }
            for &c in self.kids(x) {
                let r = rel(self.doc, c);
                let base = r.split(':').next().unwrap_or(r);
                if matches!(base, "conj" | "cc" | "punct" | "acl" | "appos" | "parataxis" | "advcl" | "ccomp" | "case")
                    && x == i
                    || matches!(base, "conj" | "cc" | "acl" | "parataxis" | "advcl" | "ccomp")
                {
                    continue;
                }
                // "a supply boat ..., according to the coast guard": the
                // source of a report hung on a noun is no part of its phrase.
                if self.kids(c).iter().any(|&k| rel(self.doc, k) == "case" && self.word(k) == "according") {
                    continue;
                }
                let ct = &self.doc.tokens[c];
                a = a.min(ct.span.start);
                b = b.max(ct.span.end);
                stack.push(c);
            }
        }
        Span::new(a, b)
    }

    /// Resolves relative and personal pronouns to the phrase they stand for.
    fn resolve(&self, head: usize, span: Span) -> (usize, Span) {
        let Some(t) = self.doc.tokens.get(head) else { return (head, span) };
        if t.upos != Some(Upos::PRON) || self.actors.entity_at(head).is_some() {
            return (head, span);
        }
        let w = self.word(head);
        if matches!(w.as_str(), "who" | "which" | "that" | "whom") {
            let mut cur = t.head.map(|h| h as usize);
            for _ in 0..4 {
                let Some(p) = cur else { break };
                let up = self.doc.tokens.get(p).and_then(|x| x.head).map(|h| h as usize);
                if let Some(ante) = up {
                    let is_nominal =
                        matches!(self.doc.tokens.get(ante).and_then(|x| x.upos), Some(Upos::NOUN | Upos::PROPN));
                    if rel(self.doc, p).starts_with("acl") || (is_nominal && ante < head) {
                        return (ante, self.np_span(ante));
                    }
                }
                cur = up;
            }
            return self.antecedent_before(head).unwrap_or((head, span));
        }
        let want: &[EntityKind] = match w.as_str() {
            "he" | "she" | "him" | "her" | "his" => &[EntityKind::Person],
            "it" | "its" => &[EntityKind::Gpe, EntityKind::Org],
            "they" | "them" | "their" => &[EntityKind::Gpe, EntityKind::Org, EntityKind::Norp, EntityKind::Person],
            _ => return (head, span),
        };
        // "police said they detained", "the institute said it would":
        // the subject of a reported clause is its speaker when they agree.
        if let Some(x) = self.speaker_of_subject(head, &w) {
            return x;
        }
        // An object pronoun never stands for its own clause's subject,
        // the subject a controlled verb shares with its governor included
        // ("Mali's junta moved to expel it": not Mali).
        let own_subjects: Vec<Span> = match (rel(self.doc, head), t.head.and_then(|h| self.by_pred.get(&(h as usize))))
        {
            ("obj" | "iobj" | "obl", Some(&k)) if self.dicts.is_none() => {
                self.clauses[k].subjects.iter().map(|a| a.span).collect()
            }
            _ => Vec::new(),
        };
        let own_subject = |i: usize| own_subjects.iter().any(|s| s.contains(self.doc.tokens[i].span));
        // The subject of the sentence's first clause, else the nearest
        // earlier mention of a fitting entity.
        let sent = self.doc.sentence_at(t.span.start);
        if let Some(s) = sent.and_then(|s| self.doc.sentences.get(s)) {
            for c in &self.clauses {
                if c.predicate < s.tokens.start || c.predicate >= s.tokens.end || c.predicate > head {
                    continue;
                }
                // An object pronoun whose own subject is that clause's
                // stands for what that subject acted on ("accused the
                // British embassy of spying and moved to expel it").
                let own = c.actors().iter().any(|a| own_subject(a.head));
                let patients = c.patients().iter().filter(|a| own && a.head < head && !a.span.contains(t.span));
                for a in c.actors().iter().chain(patients) {
                    // (Not the phrase of the pronoun itself: "Its leader";
                    // nor, for an object pronoun, its own verb's subject:
                    // "Washington warned it to stop".)
                    if a.head == head || t.head == Some(a.head as u32) || own_subject(a.head) {
                        continue;
                    }
                    // ("Israeli troops killed its leader": plural troops
                    // are no "it".)
                    let plural = matches!(xpos_of(self.doc, a.head), "NNS" | "NNPS")
                        || conj_count(self, a.head) > 1
                        || matches!(self.lemma(a.head).as_str(), "police" | "people");
                    if matches!(w.as_str(), "it" | "its") && plural {
                        continue;
                    }
                    if let Some(e) = self.actors.entity_at(a.head).and_then(|id| self.doc.entity(id)) {
                        // ("Prabowo said they would be released": one
                        // person is not "they".)
                        let one_person = e.kind == EntityKind::Person
                            && matches!(w.as_str(), "they" | "them" | "their")
                            && conj_count(self, a.head) < 2;
                        if want.contains(&e.kind) && !one_person {
                            return (a.head, a.span);
                        }
                    }
                    // "Iraq's interim government announced that it ...":
                    // a non-person subject that codes as an actor.
                    let codes = !self.actors.code_phrase(a.head, a.span, None).is_empty();
                    if codes && !want.contains(&EntityKind::Person) && self.actors.entity_at(a.head).is_none() {
                        return (a.head, a.span);
                    }
                }
                break;
            }
        }
        // (Nor, for an object pronoun, its own verb's subject.)
        for i in (0..head).rev().take(200) {
            if own_subject(i) {
                continue;
            }
            if let Some(e) = self.actors.entity_at(i).and_then(|id| self.doc.entity(id)) {
                if want.contains(&e.kind) && rel(self.doc, i) != "nmod:poss" {
                    return (i, self.doc.tokens[i].span);
                }
            }
        }
        (head, span)
    }

    /// The speaker a subject pronoun of a reported clause stands for
    /// ("police said they detained", "the institute said it would
    /// investigate", "the RSF denied the claim, saying its fighters"): the
    /// nearest actor of the speech clause above, when it agrees with the
    /// pronoun (they: a plural noun, a group or a country; it: a singular
    /// noun or an organization or place, not a person; he and she: a
    /// person).
    fn speaker_of_subject(&self, pron: usize, w: &str) -> Option<(usize, Span)> {
        let r = rel(self.doc, pron);
        let subject = r.starts_with("nsubj");
        let possessive = r == "nmod:poss";
        // "Israel said it arrested 20 people" read with "it" as the object
        // of "said" (and subject of "arrested" as a controlled complement).
        // Not the addressee of "told it to halt", "warned it to stop".
        let speech_object = r == "obj"
            && self.doc.tokens.get(pron)?.head.is_some_and(|h| {
                matches!(
                    self.lemma(h as usize).as_str(),
                    "say" | "claim" | "announce" | "report" | "deny" | "state" | "confirm" | "admit" | "insist"
                )
            })
            && self.kids(self.doc.tokens.get(pron)?.head? as usize).iter().any(|&x| rel(self.doc, x) == "xcomp");
        if !subject && !possessive && !speech_object {
            return None;
        }
        // The clause of the pronoun (of its noun, for a possessive).
        let mut k = self.doc.tokens.get(pron)?.head.map(|h| h as usize)?;
        if possessive {
            if !rel(self.doc, k).starts_with("nsubj") && rel(self.doc, k) != "obj" {
                return None;
            }
            k = self.doc.tokens.get(k)?.head.map(|h| h as usize)?;
        }
        let &ck = self.by_pred.get(&k)?;
        let mut c = &self.clauses[ck];
        // Up through conjoined verbs ("said it had ... and had shot down",
        // "said they arrested ... and they seized"), not past one whose own
        // subject is another noun ("Hamas said ..., and Israel said its
        // forces": Israel's statement is its own). A pronoun subject, or
        // the pronoun's own noun ("and its troops seized"), does not stop
        // the climb.
        let pspan = self.doc.tokens.get(pron)?.span;
        for _ in 0..3 {
            let own_noun = c.subjects.iter().any(|a| {
                !a.inherited
                    && !a.span.contains(pspan)
                    && self.doc.tokens.get(a.head).is_some_and(|t| t.upos != Some(Upos::PRON))
            });
            match &c.governor {
                Some((g, r)) if r == "conj" && !own_noun => c = &self.clauses[*self.by_pred.get(g)?],
                _ => break,
            }
        }
        // The clause itself when it is the speech ("saying its fighters"
        // with "its fighters" read as the object of "saying").
        let (gk, gc) = if (possessive || speech_object) && speech_verb(&c.lemma) {
            (*self.by_pred.get(&c.predicate)?, c)
        } else {
            let (g, r) = c.governor.as_ref()?;
            if !matches!(r.as_str(), "ccomp" | "parataxis") {
                return None;
            }
            let &gk = self.by_pred.get(g)?;
            (gk, &self.clauses[gk])
        };
        if !speech_verb(&gc.lemma) {
            return None;
        }
        let speakers = self.clause_actors(gk);
        let sp = speakers
            .iter()
            .filter(|a| a.head != pron && self.doc.tokens.get(a.head).is_some_and(|t| t.upos != Some(Upos::PRON)))
            .min_by_key(|a| a.head.abs_diff(gc.predicate))?;
        let plural_or_group = conj_count(self, sp.head) > 1;
        let xpos = xpos_of(self.doc, sp.head);
        let kind = self.actors.entity_at(sp.head).and_then(|id| self.doc.entity(id)).map(|e| e.kind);
        let lemma = self.lemma(sp.head);
        let person_noun = PERSON_NOUNS.contains(&lemma.as_str());
        let agrees = match w {
            "they" | "their" => {
                plural_or_group
                    || matches!(xpos, "NNS" | "NNPS")
                    || matches!(lemma.as_str(), "police" | "people")
                    || matches!(kind, Some(EntityKind::Norp))
            }
            "it" | "its" => {
                !plural_or_group
                    && matches!(xpos, "NN" | "NNP")
                    && !person_noun
                    && !matches!(lemma.as_str(), "police" | "people")
                    && matches!(kind, None | Some(EntityKind::Org | EntityKind::Gpe))
            }
            "he" | "she" | "his" | "her" => {
                !plural_or_group && (kind == Some(EntityKind::Person) || kind.is_none() && person_noun)
            }
            _ => false,
        };
        if !agrees {
            return None;
        }
        // (An actor only: "the report said it" names no one.)
        if self.actors.code_phrase(sp.head, sp.span, sp.qualifier).is_empty() && kind.is_none() {
            return None;
        }
        Some((sp.head, sp.span))
    }

    /// The noun phrase just before a relative pronoun (", Ukraine, which").
    fn antecedent_before(&self, pron: usize) -> Option<(usize, Span)> {
        let s = self.doc.sentence_at(self.doc.tokens.get(pron)?.span.start)?;
        let start = self.doc.sentences.get(s)?.tokens.start;
        let mut i = pron;
        while i > start {
            i -= 1;
            match self.doc.tokens[i].upos {
                Some(Upos::PUNCT) => continue,
                Some(Upos::NOUN | Upos::PROPN) => {
                    // Climb from a name part to the head of its phrase.
                    let mut h = i;
                    while matches!(rel(self.doc, h), "compound" | "flat" | "flat:name") {
                        match self.doc.tokens[h].head {
                            Some(x) if (x as usize) < self.doc.tokens.len() => h = x as usize,
                            _ => break,
                        }
                    }
                    return Some((h, self.np_span(h)));
                }
                _ => return None,
            }
        }
        None
    }

    /// A clause's actors with the repairs the parse needs: a purpose or
    /// controlled clause without a subject takes its governor's; a finite
    /// verb parsed as a reduced relative ("which troops invaded") takes the
    /// noun it hangs on as subject.
    fn clause_actors(&self, k: usize) -> Vec<Arg> {
        let c = &self.clauses[k];
        // "Rebuked by Eriador, Osgiliath ...": a participle with a "by"
        // agent but no subject of its own is passive: the agent acts.
        let own: Vec<Arg> =
            if c.subjects.is_empty() && !c.agents.is_empty() { c.agents.clone() } else { c.actors().to_vec() };
        let own = self.nearest_subject(c.predicate, own);
        if let Some((g, r)) = &c.governor {
            let xpos = xpos_of(self.doc, c.predicate);
            let passive = c.voice == dateline_syntax::Voice::Passive;
            // A participle with an object hung on the sentence's root noun
            // is a slip for a main verb ("Chile praised Peru's efforts").
            let root_gov = rel(self.doc, *g) == "root";
            // "Vietnamese-led forces launched rocket fire ..., sources said":
            // the noun is read as a subject of the later speech verb.
            let fronted = rel(self.doc, *g) == "nsubj"
                && self.doc.tokens.get(*g).and_then(|t| t.head).is_some_and(|h| h as usize > c.predicate);
            // "Israel said its jets struck Hamas targets" read with "its
            // jets" as the object of "said" and "struck" hung on it: the
            // noun right before the verb is its subject.
            let reported = self.reported_object_slip(c).is_some();
            if own.is_empty()
                && r == "acl"
                && (xpos == "VBD" || xpos == "VBN")
                && !passive
                && (c.objects.is_empty() || root_gov || fronted || reported)
            {
                // With the noun's conjuncts ("Danish media and government").
                return self
                    .with_conjuncts(*g)
                    .into_iter()
                    .map(|h| Arg { head: h, span: self.np_span(h), qualifier: None, inherited: true })
                    .collect();
            }
            // "since Russia invaded": an adverbial clause with an inherited
            // subject but a name right before its verb.
            if own.iter().all(|a| a.inherited) && !own.is_empty() && c.predicate > 0 {
                let prev = c.predicate - 1;
                let glued = own.iter().any(|a| a.span.end >= self.doc.tokens[prev].span.end);
                if glued && self.actors.entity_at(prev).is_some() && !own.iter().any(|a| a.head == prev) {
                    return vec![Arg {
                        head: prev,
                        span: self.doc.tokens[prev].span,
                        qualifier: None,
                        inherited: false,
                    }];
                }
            }
            // "hosted X on Wednesday after clashes near the frontier killed
            // 12 people" read with "clashes" as the object of "after" and
            // "killed" as a conjunct of "hosted" with no "and": the
            // subordinate clause's subject is that noun, not the main
            // clause's.
            if let Some(x) = self.subordinate_subject_slip(c) {
                return vec![Arg { head: x, span: self.np_span(x), qualifier: None, inherited: false }];
            }
            // "Salaheddine Sidhoum, ..., staged a hunger strike" read as a
            // parenthetical hanging on the name.
            let nominal_gov = matches!(self.doc.tokens.get(*g).and_then(|t| t.upos), Some(Upos::PROPN | Upos::NOUN));
            if own.is_empty() && r == "parataxis" && nominal_gov && *g < c.predicate {
                let mut h = *g;
                while matches!(rel(self.doc, h), "compound" | "flat" | "flat:name") {
                    match self.doc.tokens[h].head.map(|x| x as usize) {
                        Some(x) if x < self.doc.tokens.len() && x != h => h = x,
                        _ => break,
                    }
                }
                return vec![Arg { head: h, span: self.np_span(h), qualifier: None, inherited: true }];
            }
            if own.is_empty() && passive {
                for o in &c.obliques {
                    for &d in self.kids(o.head) {
                        if rel(self.doc, d).starts_with("nmod") && self.prep_of(d).as_deref() == Some("by") {
                            return vec![Arg { head: d, span: self.np_span(d), qualifier: None, inherited: false }];
                        }
                    }
                }
            }
            // "Bangladesh has once again outright rejected": the auxiliary
            // read as the main verb with the real verb as its complement.
            let aux_gov = self.by_pred.get(g).is_some_and(|&gk| {
                matches!(self.clauses[gk].lemma.as_str(), "have" | "be") && self.clauses[gk].objects.is_empty()
            });
            if own.is_empty() && r == "ccomp" && aux_gov && *g < c.predicate {
                if let Some(&gk) = self.by_pred.get(g) {
                    return self.clauses[gk].actors().to_vec();
                }
            }
            // "issued a declaration demanding that ...": a gerund on the
            // object of a clause is done by that clause's subject.
            // "demonstrators protesting election results": a gerund on a
            // noun that names an actor is done by that noun.
            if own.is_empty() && r == "acl" && xpos == "VBG" {
                let span = self.np_span(*g);
                if !self.actors.code_phrase(*g, span, None).is_empty() {
                    return vec![Arg { head: *g, span, qualifier: None, inherited: true }];
                }
            }
            if own.is_empty() && r == "acl" && xpos == "VBG" && rel(self.doc, *g) == "obj" {
                if let Some(&gk) = self.owner(*g).and_then(|p| self.by_pred.get(&p)) {
                    if gk != k {
                        return self.clauses[gk].actors().to_vec();
                    }
                }
            }
            // "Zambia extradited a militant to Britain, an official said"
            // read with "Zambia" as a second subject of "said": a subject
            // of the speech verb before the fronted statement is its own.
            if own.is_empty() && r == "ccomp" && *g > c.predicate {
                if let Some(&gk) = self.by_pred.get(g) {
                    let gc = &self.clauses[gk];
                    let front: Vec<Arg> =
                        gc.subjects.iter().filter(|a| a.head < c.predicate && !a.inherited).cloned().collect();
                    if !front.is_empty() && gc.subjects.len() > front.len() {
                        return front;
                    }
                }
            }
            // A clausal subject after its predicate is a purpose clause read
            // as one ("who was in Quito on Friday to negotiate with X").
            let late_csubj = r == "csubj" && *g < c.predicate;
            // "X ordered the arrest of Y, who is accused of ..." with the
            // relative clause read as an adverbial one: an agentless
            // passive with a subject of its own has no doer to inherit.
            // (Only a relative pronoun: "struck a house in Rafah, where
            // five people were killed" is the strike's.)
            let own_passive = passive
                && c.subjects
                    .iter()
                    .any(|a| !a.inherited && matches!(self.word(a.head).as_str(), "who" | "which" | "that"))
                && r != "conj";
            if own.is_empty() && !own_passive && (matches!(r.as_str(), "advcl" | "xcomp" | "conj") || late_csubj) {
                // A conjunct hung on a noun ("on Thursday and promised")
                // shares the subject of the predicate above that noun.
                // "Marcel is due to meet", "is likely to visit": an adjective
                // of no clause of its own controls with its subject.
                let adjectival = matches!(self.doc.tokens.get(*g).and_then(|t| t.upos), Some(Upos::ADJ));
                // Only an adjective of control: with "hard", "important"
                // the subject is the verb's object ("Iran's offer is hard to
                // reject") or the expletive "it".
                let control = CONTROL_ADJ.contains(&self.lemma(*g).as_str());
                if !self.by_pred.contains_key(g) && adjectival && matches!(r.as_str(), "advcl" | "xcomp") {
                    let subj: Vec<Arg> = self
                        .kids(*g)
                        .iter()
                        .copied()
                        .filter(|&m| control && rel(self.doc, m) == "nsubj")
                        .filter(|&m| !self.word(m).eq_ignore_ascii_case("it"))
                        .flat_map(|m| self.with_conjuncts(m))
                        .map(|m| Arg { head: m, span: self.np_span(m), qualifier: None, inherited: true })
                        .collect();
                    if !subj.is_empty() {
                        return subj;
                    }
                    // With the adjective's copula misread: the phrase right
                    // before "is due".
                    let be = g.checked_sub(1).filter(|&b| self.doc.tokens[b].upos == Some(Upos::AUX));
                    if control {
                        if let Some((h, span)) = be.and_then(|b| self.antecedent_before(b)) {
                            if self.doc.tokens[h].upos != Some(Upos::PRON) {
                                return vec![Arg { head: h, span, qualifier: None, inherited: true }];
                            }
                        }
                    }
                }
                let gp = if self.by_pred.contains_key(g) { Some(*g) } else { self.owner(*g) };
                // "Chile's proposal was difficult to accept", "It is
                // important to meet": no doer from a tough adjective's clause.
                let tough = adjectival && !control && matches!(r.as_str(), "advcl" | "xcomp");
                if let Some(&gk) = gp.and_then(|p| self.by_pred.get(&p)).filter(|_| !tough) {
                    if gk != k {
                        // (Not the clause itself, when it is read as a subject.)
                        let actors: Vec<Arg> =
                            self.clauses[gk].actors().iter().filter(|a| a.head != c.predicate).cloned().collect();
                        // (An infinitive's doer it only inherits, "ordered
                        // the ambassador to leave, accusing ...": the
                        // participle is still the first clause's doing.)
                        let inherited_only = !actors.is_empty() && actors.iter().all(|a| a.inherited);
                        if (actors.is_empty() || inherited_only) && r == "advcl" {
                            // The governing clause's subject as repaired
                            // ("Russian forces shelled X, killing three
                            // civilians, officials said" with "Russian
                            // forces" read as a second subject of "said":
                            // the forces kill, not the officials).
                            let repaired: Vec<Arg> =
                                self.clause_actors(gk).into_iter().filter(|a| a.head != c.predicate).collect();
                            if !repaired.is_empty() && !inherited_only {
                                return repaired;
                            }
                            if let Some(up) = self.participle_doer(c.predicate, gk, k) {
                                return up;
                            }
                        }
                        return actors;
                    }
                }
            }
        }
        // A parse slip: "European Community foreign ministers agreed",
        // "Russian aircraft including helicopter gunships killed" read as a
        // noun with a relative clause whose subject is the rest of the
        // phrase. With no relative word, the subject starts at that noun's
        // phrase.
        if let Some((g, r)) = &c.governor {
            let nominal = matches!(self.doc.tokens.get(*g).and_then(|t| t.upos), Some(Upos::NOUN | Upos::PROPN));
            let rel_word = (*g + 1..c.predicate).any(|t| {
                matches!(self.word(t).as_str(), "who" | "which" | "that" | "whom" | "whose")
                    || self.doc.tokens[t].upos == Some(Upos::PUNCT)
            });
            // (As a plain `acl` too when the noun is the sentence's root and
            // the verb finite: "Colombian Secretary of Energy Diego Ramos rejected").
            let root_noun =
                rel(self.doc, *g) == "root" && matches!(xpos_of(self.doc, c.predicate), "VBD" | "VBZ" | "VBP");
            if (r == "acl:relcl" || r == "acl" && root_noun)
                && nominal
                && !rel_word
                && !own.is_empty()
                && own.iter().all(|a| !a.inherited)
            {
                let first = own.iter().map(|a| a.span.start).min().unwrap_or(0);
                let g_end = self.doc.tokens[*g].span.end;
                let between = self.doc.tokens_in(Span::new(g_end, first)).count();
                // With the noun as the sentence's root there is no other
                // verb it could be the subject of ("the head of a row
                // between X called for ...").
                if first >= g_end && (between <= 1 || root_noun) {
                    let mut start = self.np_span(*g).start;
                    // "Russian aircraft" with the adjective read as the root.
                    let mut t = self.doc.tokens_in(Span::new(start, start + 1)).start;
                    while t > 0
                        && matches!(self.doc.tokens[t - 1].upos, Some(Upos::ADJ | Upos::PROPN | Upos::DET))
                        && self.doc.sentence_at(self.doc.tokens[t - 1].span.start)
                            == self.doc.sentence_at(self.doc.tokens[t].span.start)
                    {
                        t -= 1;
                        start = self.doc.tokens[t].span.start;
                    }
                    let mut out = own.clone();
                    for a in out.iter_mut() {
                        if a.span.start == first {
                            a.span = Span::new(start, a.span.end);
                        }
                    }
                    return out;
                }
            }
        }
        // A parse slip: "Chile praised Peru's efforts" with "praised" read
        // as a bare participle and "Chile" as an oblique without a
        // preposition. Such a nominal before the verb is its subject.
        let xpos = xpos_of(self.doc, c.predicate);
        if own.is_empty() && xpos == "VBN" && c.auxiliaries.is_empty() && c.voice != dateline_syntax::Voice::Passive {
            let bare = c.obliques.iter().find(|o| {
                o.prep.is_none()
                    && o.head < c.predicate
                    && o.deprel.starts_with("obl")
                    && matches!(self.doc.tokens.get(o.head).and_then(|t| t.upos), Some(Upos::PROPN | Upos::NOUN))
                    && !self.actors.code_phrase(o.head, self.np_span(o.head), None).is_empty()
            });
            if let Some(o) = bare {
                return vec![Arg { head: o.head, span: self.np_span(o.head), qualifier: None, inherited: false }];
            }
        }
        own
    }

    /// The subject read off the surface when the parse gave a finite active
    /// predicate none ("About 500 Bolivian miners protested" with the
    /// number phrase read as an oblique, "The Palestinians reject" with the
    /// verb hung on the noun): the noun phrase right before the verb (past
    /// adverbs and time expressions), from the last preposition, comma,
    /// conjunction or verb before it.
    fn linear_subject(&self, c: &Clause) -> Option<Arg> {
        let p = c.predicate;
        if c.voice == dateline_syntax::Voice::Passive || !c.subjects.is_empty() || !c.agents.is_empty() {
            return None;
        }
        // A bare participle counts unless it hangs on a noun ("troops
        // stationed there"); a controlled or conjoined verb under another
        // verb has that verb's subject.
        let gov_rel = c.governor.as_ref().map(|g| g.1.as_str()).unwrap_or("");
        let finite = matches!(xpos_of(self.doc, p), "VBD" | "VBZ" | "VBP")
            || !c.auxiliaries.is_empty()
            || xpos_of(self.doc, p) == "VBN" && !gov_rel.starts_with("acl");
        let under_verb = c.governor.as_ref().is_some_and(|g| self.by_pred.contains_key(&g.0));
        if !finite || under_verb && matches!(gov_rel, "xcomp" | "conj") {
            return None;
        }
        let pt = self.doc.tokens.get(p)?;
        let sent = self.doc.sentences.get(self.doc.sentence_at(pt.span.start)?)?;
        let in_time = |k: usize| self.doc.times.iter().any(|t| t.span.contains(self.doc.tokens[k].span));
        let first = c.auxiliaries.iter().copied().filter(|&a| a < p).min().unwrap_or(p);
        let mut k = first;
        while k > sent.tokens.start && (self.doc.tokens[k - 1].upos == Some(Upos::ADV) || in_time(k - 1)) {
            k -= 1;
        }
        let head = k.checked_sub(1).filter(|&h| h >= sent.tokens.start)?;
        if !matches!(self.doc.tokens[head].upos, Some(Upos::NOUN | Upos::PROPN)) || in_time(head) {
            return None;
        }
        let np = |t: &dateline_core::Token| {
            matches!(t.upos, Some(Upos::DET | Upos::ADJ | Upos::NOUN | Upos::PROPN | Upos::NUM | Upos::PART))
                || t.xpos.as_deref() == Some("HYPH")
        };
        let mut start = head;
        while start > sent.tokens.start && np(&self.doc.tokens[start - 1]) {
            start -= 1;
        }
        let span = Span::new(self.doc.tokens[start].span.start, self.doc.tokens[head].span.end);
        Some(Arg { head, span, qualifier: None, inherited: false })
    }

    /// True when a violent event (CAMEO roots 18 to 20) has a natural cause
    /// or an accident as its subject ("Drought has killed 40% of the
    /// herds", "the storm destroyed two bridges"): no one did it, so it is
    /// no event between actors.
    fn natural_cause(&self, c: &Clause, code: &str) -> bool {
        let violent = code.get(..2).and_then(|r| r.parse::<u8>().ok()).is_some_and(|r| (18..=20).contains(&r));
        if !violent {
            return false;
        }
        let natural = |h: usize| NATURAL_CAUSES.contains(&self.lemma(h).as_str());
        // "A fire at a textile factory killed 16 workers": a fire no one is
        // named as setting or firing ("Israeli fire", "the army's fire" are
        // an actor's). (A blast counts as violence, as PLOVER codes it.)
        // Not a weapon's fire ("Artillery fire killed five") nor fire from
        // someone ("fire from troops").
        let accident = |h: usize| {
            matches!(self.lemma(h).as_str(), "fire" | "collapse" | "stampede")
                && !self.kids(h).iter().any(|&m| {
                    let r = rel(self.doc, m);
                    matches!(r, "amod" | "compound" | "nmod:poss") && !self.code_token(m).is_empty()
                        || matches!(r, "amod" | "compound")
                            && matches!(
                                self.lemma(m).as_str(),
                                "artillery"
                                    | "rocket"
                                    | "mortar"
                                    | "sniper"
                                    | "tank"
                                    | "gun"
                                    | "gunboat"
                                    | "machine-gun"
                                    | "cannon"
                                    | "missile"
                                    | "shell"
                                    | "small-arms"
                                    | "naval"
                                    | "enemy"
                                    | "friendly"
                                    | "hostile"
                                    | "heavy"
                            )
                        || r.starts_with("nmod")
                            && self
                                .kids(m)
                                .iter()
                                .any(|&k| rel(self.doc, k) == "case" && matches!(self.word(k).as_str(), "from" | "by"))
                })
        };
        if c.subjects.iter().any(|a| !a.inherited && (natural(a.head) || accident(a.head))) {
            return true;
        }
        // "A magnitude 6.8 earthquake struck eastern Turkey, killing at
        // least 41 people": a participle with no subject of its own hung on
        // a natural cause, or on a clause whose subject is one.
        if c.subjects.iter().any(|a| !a.inherited) {
            return false;
        }
        let Some((g, _)) = &c.governor else { return false };
        natural(*g)
            || self.by_pred.get(g).is_some_and(|&gk| {
                let gc = &self.clauses[gk];
                gc.subjects.iter().any(|a| natural(a.head))
                    || gc.subjects.is_empty() && gc.governor.as_ref().is_some_and(|(h, _)| natural(*h))
            })
    }

    /// One predicate has one subject: of two subjects that are not
    /// coordinated and lie apart across a comma ("Ecuador has sold weapons to
    /// Chile for years, the Peruvian defence minister charged" with "Chile"
    /// and "minister" read as subjects of "charged"), the one nearer the predicate is its own
    /// (with its conjuncts).
    fn nearest_subject(&self, p: usize, own: Vec<Arg>) -> Vec<Arg> {
        let roots: Vec<usize> =
            own.iter().map(|a| a.head).filter(|&h| rel(self.doc, h) != "conj").fold(Vec::new(), |mut v, h| {
                if !v.contains(&h) {
                    v.push(h);
                }
                v
            });
        if roots.len() < 2 {
            return own;
        }
        let dist = |h: usize| p.abs_diff(h);
        // "The Lagos High Court sentenced" read with "The Lagos" and "High
        // Court" as two subjects: parts of one name are one subject, at its
        // part nearest the verb.
        let mention = |h: usize| {
            let id = self.actors.entity_at(h)?;
            let t = self.doc.tokens.get(h)?.span;
            self.doc.entity(id)?.mentions.iter().map(|m| m.span).find(|m| m.contains(t))
        };
        // "Residents of Eldorado do Sul accused" read with "Residents of
        // Eldorado" and "Sul" as two subjects: a subject whose head lies in
        // a name another subject's phrase begins is the rest of that
        // phrase, not an actor of its own.
        let tail = own.iter().position(|a| {
            mention(a.head).is_some_and(|m| {
                own.iter()
                    .any(|b| b.head != a.head && !b.span.contains(m) && b.span.end > m.start && b.span.start < m.start)
            })
        });
        if let Some(i) = tail {
            let m = mention(own[i].head).unwrap_or(own[i].span);
            let mut rest: Vec<Arg> = own.iter().enumerate().filter(|&(j, _)| j != i).map(|(_, a)| a.clone()).collect();
            for b in rest.iter_mut() {
                if b.span.end > m.start && b.span.start < m.start {
                    b.span = Span::new(b.span.start, b.span.end.max(m.end));
                }
            }
            return self.nearest_subject(p, rest);
        }
        if let Some(m) = mention(roots[0]) {
            if own.iter().all(|a| mention(a.head) == Some(m)) {
                let span = own.iter().fold(m, |x, a| Span::new(x.start.min(a.span.start), x.end.max(a.span.end)));
                if let Some(near) = own.iter().min_by_key(|a| dist(a.head)) {
                    return vec![Arg { span, ..near.clone() }];
                }
            }
        }
        let Some(&near) = roots.iter().min_by_key(|&&h| dist(h)) else { return own };
        let group = self.with_conjuncts(near);
        let keep: Vec<Arg> = own.iter().filter(|a| group.contains(&a.head)).cloned().collect();
        let near_span = keep.iter().map(|a| a.span).reduce(|x, y| Span::new(x.start.min(y.start), x.end.max(y.end)));
        let Some(near_span) = near_span else { return own };
        // Every other subject must lie across a comma from the kept one.
        let others: Vec<Span> = own.iter().filter(|a| !group.contains(&a.head)).map(|a| a.span).collect();
        let before = others.iter().filter(|x| x.end <= near_span.start).map(|x| x.end).max();
        let after = others.iter().filter(|x| x.start >= near_span.end).map(|x| x.start).min();
        let mut gaps = Vec::new();
        if let Some(e) = before {
            gaps.push(Span::new(e, near_span.start));
        }
        if let Some(st) = after {
            gaps.push(Span::new(near_span.end, st));
        }
        let overlapping = others.iter().any(|x| x.end > near_span.start && x.start < near_span.end);
        let apart = !overlapping
            && !gaps.is_empty()
            && gaps.iter().all(|&gap| {
                let toks = self.doc.tokens_in(gap);
                let comma = toks.clone().any(|t| self.doc.slice(self.doc.tokens[t].span) == ",");
                let words = toks.clone().any(|t| !matches!(self.doc.tokens[t].upos, Some(Upos::PUNCT | Upos::CCONJ)));
                let coordinated = toks.clone().any(|t| self.doc.tokens[t].upos == Some(Upos::CCONJ));
                comma && words && !coordinated
            });
        if apart {
            keep
        } else {
            own
        }
    }

    /// The object a reduced relative stands for: the relative pronoun
    /// before its subject ("Ukraine, which Russian troops invaded").
    fn reduced_relative_object(&self, k: usize) -> Vec<Actor> {
        let c = &self.clauses[k];
        let Some((g, r)) = &c.governor else { return Vec::new() };
        if r != "acl" || !c.patients().is_empty() {
            return Vec::new();
        }
        let start = self.np_span(*g).start;
        let pron = (0..*g).rev().find(|&i| self.doc.tokens[i].span.end <= start);
        match pron {
            Some(p) if matches!(self.word(p).as_str(), "which" | "that" | "whom") => {
                self.antecedent_before(p).map(|(h, s)| self.actors.code_phrase(h, s, None)).unwrap_or_default()
            }
            _ => Vec::new(),
        }
    }

    /// The phrase of `i` with the conjuncts nested inside it ("ties with
    /// Mordor, Rohan and Bree"), for dictionary coding.
    fn deep_span(&self, i: usize, base: Span) -> Span {
        let (mut a, mut b) = (base.start, base.end);
        let mut stack: Vec<usize> = self.kids(i).to_vec();
        let mut seen = 0;
        while let Some(x) = stack.pop() {
            seen += 1;
            if seen > self.doc.tokens.len() {
                break;
            }
            let r = rel(self.doc, x);
            let top = self.doc.tokens[x].head.map(|h| h as usize) == Some(i);
            if top && matches!(r, "conj" | "cc" | "punct" | "appos" | "parataxis" | "advcl" | "ccomp")
                || r.starts_with("acl")
            {
                continue;
            }
            let t = self.doc.tokens[x].span;
            a = a.min(t.start);
            b = b.max(t.end);
            stack.extend(self.kids(x).iter().copied());
        }
        Span::new(a, b)
    }

    fn code_arg(&self, a: &Arg) -> Vec<Actor> {
        if self.dicts.is_some() && a.qualifier.is_none() {
            let (h, s) = self.resolve(a.head, a.span);
            return self.actors.code_phrase(h, self.deep_span(h, s), None);
        }
        let (h, s) = self.resolve(a.head, a.span);
        let q = if h == a.head { a.qualifier } else { None };
        // "A group of Yoruba leaders", "one third of ethnic Albanian
        // guerrillas", "a member of the Syrian parliament": a collective or
        // partitive noun stands for the phrase after its "of".
        if q.is_none() && PARTITIVE.contains(&self.lemma(h).as_str()) {
            let of = self
                .kids(h)
                .iter()
                .copied()
                .find(|&m| rel(self.doc, m).starts_with("nmod") && self.prep_of(m).as_deref() == Some("of"));
            if let Some(m) = of {
                let out: Vec<Actor> = self.with_conjuncts(m).into_iter().flat_map(|x| self.code_token(x)).collect();
                if !out.is_empty() {
                    return out;
                }
            }
        }
        // "The two leaders signed an agreement" after "X hosted Y": the two
        // persons (countries) named last before it, each its own actor.
        if q.is_none() {
            if let Some(pair) = self.the_two(h) {
                return pair;
            }
        }
        // "Sequeira's coalition partner, the Green Left party": an
        // apposition naming an organization is the phrase's actor, not the
        // owner of a relational noun (partner, ally, rival).
        if q.is_none() && self.actors.entity_at(h).is_none() {
            if let Some(org) = self.org_apposition(h) {
                return org;
            }
        }
        let mut out = self.actors.code_phrase(h, s, q);
        // "Kenzo Oshima, the United Nations Emergency Relief Coordinator":
        // a name of no known affiliation takes that of its apposition.
        if q.is_none() && out.iter().all(|x| x.code.starts_with("---")) {
            if let Some((m, span)) = self.apposition(h) {
                let a = self.actors.code_phrase(m, span, None);
                if !a.is_empty() && a.iter().all(|x| !x.code.starts_with("---")) {
                    return a;
                }
            }
        }
        // "its troops", "their government": an agent of no country owned by
        // a pronoun takes the country of the pronoun's antecedent.
        let poss = self
            .kids(h)
            .iter()
            .copied()
            .find(|&m| rel(self.doc, m) == "nmod:poss" && self.doc.tokens[m].upos == Some(Upos::PRON));
        if let Some(owner) = self.owned_group(h) {
            return owner;
        }
        if let Some(p) = poss {
            // "China's foreign ministry said ... its coast guard had taken
            // measures" in a Philippine article: a phrase naming no
            // country of its own took the article's by default; the
            // pronoun's antecedent says whose it is.
            let named = self.doc.tokens_in(s).any(|t| t != p && self.actors.entity_at(t).is_some());
            let by_default = !named && out.len() == 1 && out[0].entity.is_none();
            if out.iter().any(|x| x.code.starts_with("---")) || by_default {
                let (ah, aspan) = self.resolve(p, self.doc.tokens[p].span);
                if ah != p {
                    let country = self.actors.code_phrase(ah, aspan, None).iter().find_map(|x| {
                        x.code
                            .get(..3)
                            .filter(|c| c.chars().all(|ch| ch.is_ascii_uppercase()) && *c != "---")
                            .map(str::to_string)
                    });
                    if let Some(c) = country {
                        for x in out.iter_mut().filter(|x| x.code.starts_with("---") || by_default) {
                            x.code = format!("{c}{}", &x.code[3..]);
                        }
                    }
                }
            }
        }
        out
    }

    /// "the two leaders", "both presidents", "the two countries": the two
    /// last persons (for people) or countries (for "countries", "nations")
    /// with a code named before `h` in its sentence or the two before it,
    /// each coded as itself.
    fn the_two(&self, h: usize) -> Option<Vec<Actor>> {
        let lemma = self.lemma(h);
        let kind = match lemma.as_str() {
            "leader" | "president" | "minister" | "premier" | "head" | "leaders" | "presidents" | "ministers" => {
                EntityKind::Person
            }
            "country" | "nation" | "countries" | "nations" => EntityKind::Gpe,
            _ => return None,
        };
        if xpos_of(self.doc, h) != "NNS" {
            return None;
        }
        let two = self.kids(h).iter().any(|&m| {
            let w = self.word(m);
            rel(self.doc, m) == "nummod" && w == "two" || rel(self.doc, m) == "det" && w == "both"
        });
        if !two {
            return None;
        }
        let start = self.doc.tokens[h].span.start;
        let s = self.doc.sentence_at(start)?;
        let from = self.doc.sentences.get(s.saturating_sub(2))?.tokens.start;
        let from = self.doc.tokens.get(from)?.span.start;
        // The entities by their last mention before `h`.
        let mut named: Vec<(usize, u32)> = self
            .doc
            .entities
            .iter()
            .filter(|e| e.kind == kind && e.code.as_deref().is_some_and(|c| !c.starts_with("---")))
            .filter_map(|e| {
                let m = e.mentions.iter().rfind(|m| m.span.start >= from && m.span.end <= start)?;
                Some((m.span.start, e.id))
            })
            .collect();
        if named.len() < 2 {
            return None;
        }
        named.sort_unstable();
        let out: Vec<Actor> = named[named.len() - 2..]
            .iter()
            .filter_map(|&(_, id)| {
                let e = self.doc.entity(id)?;
                Some(Actor { code: e.code.clone()?, entity: Some(id) })
            })
            .collect();
        (out.len() == 2 && out[0].code != out[1].code).then_some(out)
    }

    /// See [`Coder::clause_actors`]: the noun an "after"/"before"/"since"
    /// phrase of the governing verb ends on right before a finite
    /// conjunct with an inherited subject and no coordinator.
    fn subordinate_subject_slip(&self, c: &Clause) -> Option<usize> {
        let (g, r) = c.governor.as_ref()?;
        let p = c.predicate;
        if r != "conj" || *g >= p || !c.subjects.iter().all(|a| a.inherited) {
            return None;
        }
        if !matches!(xpos_of(self.doc, p), "VBD" | "VBZ" | "VBP") {
            return None;
        }
        if (*g + 1..p).any(|t| matches!(self.doc.tokens[t].upos, Some(Upos::CCONJ))) {
            return None;
        }
        let prev = p.checked_sub(1)?;
        if !matches!(self.doc.tokens[prev].upos, Some(Upos::NOUN | Upos::PROPN)) {
            return None;
        }
        // Up from the noun to the phrase hung on the governing verb.
        let mut x = prev;
        for _ in 0..6 {
            let h = self.doc.tokens[x].head? as usize;
            let object_of_g = rel(self.doc, h) == "obj" && self.doc.tokens[h].head == Some(*g as u32);
            if h == *g || object_of_g && rel(self.doc, x).starts_with("nmod") {
                break;
            }
            if h <= *g || h >= p {
                return None;
            }
            x = h;
        }
        // (Hung on the verb, or on its object: "will not withdraw its
        // troops until Hamas frees the hostages".)
        let on_verb = self.doc.tokens[x].head == Some(*g as u32) && rel(self.doc, x).starts_with("obl");
        let on_object = rel(self.doc, x).starts_with("nmod")
            && self.doc.tokens[x].head.is_some_and(|o| {
                rel(self.doc, o as usize) == "obj" && self.doc.tokens[o as usize].head == Some(*g as u32)
            });
        if !on_verb && !on_object {
            return None;
        }
        let subordinator = self.kids(x).iter().any(|&m| {
            rel(self.doc, m) == "case"
                && matches!(self.word(m).as_str(), "after" | "before" | "since" | "until" | "following")
        });
        subordinator.then_some(x)
    }

    /// Whether clause `c` is a present tense introduced by "before",
    /// "until" or "till" (its marker, or the case of the phrase the parse
    /// hung its subject in): an event awaited, not one that happened.
    fn awaited(&self, c: &Clause) -> bool {
        if c.tense != dateline_syntax::Tense::Present || c.perfect {
            return false;
        }
        let awaiting = |m: usize| matches!(self.word(m).as_str(), "before" | "until" | "till");
        let marked = self.kids(c.predicate).iter().any(|&m| rel(self.doc, m) == "mark" && awaiting(m));
        let slip = self
            .subordinate_subject_slip(c)
            .is_some_and(|x| self.kids(x).iter().any(|&m| rel(self.doc, m) == "case" && awaiting(m)));
        marked || slip
    }

    /// The first apposition of `h`, with its phrase.
    fn apposition(&self, h: usize) -> Option<(usize, Span)> {
        let m = self.kids(h).iter().copied().find(|&m| rel(self.doc, m) == "appos")?;
        Some((m, self.np_span(m)))
    }

    /// The actor of an apposition of a relational noun `h` ("partner",
    /// "ally") whose own head is an organization. Not "a former World Bank
    /// official" (a person) nor an apposition of "envoy" or "minister".
    fn org_apposition(&self, h: usize) -> Option<Vec<Actor>> {
        if !RELATIONAL_NOUNS.contains(&self.lemma(h).as_str()) {
            return None;
        }
        let (m, span) = self.apposition(h)?;
        let is_org = |t: usize| {
            self.actors.entity_at(t).and_then(|id| self.doc.entity(id)).is_some_and(|e| e.kind == EntityKind::Org)
        };
        // (Or a name on a noun of an organization: "the Green Left party".)
        let named = || {
            ORG_NOUNS.contains(&self.lemma(m).as_str())
                && self.kids(m).iter().any(|&x| matches!(rel(self.doc, x), "compound" | "amod" | "flat") && is_org(x))
        };
        if !is_org(m) && !named() {
            return None;
        }
        Some(self.actors.code_phrase(m, span, None)).filter(|a| !a.is_empty())
    }

    /// "its fighters" (the RSF's), "their members": an organization's own
    /// generic people are that organization.
    /// So are its heads and spokespeople: "its leader" speaks for it.
    /// The owner is what the pronoun stands for when that is an
    /// organization, else (the pronoun standing for nothing, or for a
    /// place named with "in") the nearest organization named in this or
    /// the previous sentence; "the group's leader" (an organization noun
    /// of no name of its own) is that nearest organization's too, and
    /// "the leader of" an organization is that organization's. The
    /// head of an organization of no code, or of none found, is no actor
    /// at all: "Gunmen killed its leader" names no government.
    fn owned_group(&self, h: usize) -> Option<Vec<Actor>> {
        let lemma = self.lemma(h);
        let is_head = ORG_HEADS.contains(&lemma.as_str());
        if !GROUP_MEMBERS.contains(&lemma.as_str()) && !is_head {
            return None;
        }
        let is_org = |t: usize| {
            self.actors.entity_at(t).and_then(|id| self.doc.entity(id)).is_some_and(|e| e.kind == EntityKind::Org)
        };
        // "the leader of Al-Shabaab": a head of a named organization.
        if is_head {
            let of = self.kids(h).iter().copied().find(|&m| {
                rel(self.doc, m).starts_with("nmod") && self.prep_of(m).as_deref() == Some("of") && is_org(m)
            });
            if let Some(m) = of {
                return Some(self.actors.code_phrase(m, self.np_span(m), None));
            }
        }
        let p = self.kids(h).iter().copied().find(|&m| {
            rel(self.doc, m) == "nmod:poss" && (self.doc.tokens[m].upos == Some(Upos::PRON) || self.org_noun_owner(m))
        })?;
        let ante = if self.doc.tokens[p].upos == Some(Upos::PRON) {
            let (ah, aspan) = self.resolve(p, self.doc.tokens[p].span);
            if ah != p && is_org(ah) {
                Some((ah, aspan))
            } else if self.word(p) == "its" && (ah == p || self.locative(ah)) {
                self.nearest_org(p)
            } else {
                // ("Iran ... its leader": a country's own.)
                return None;
            }
        } else {
            self.nearest_org(p)
        };
        let its = matches!(self.word(p).as_str(), "its") || self.doc.tokens[p].upos != Some(Upos::PRON);
        match ante {
            Some((ah, aspan)) => {
                let code = self.actors.code_phrase(ah, aspan, None);
                if !code.is_empty() {
                    Some(code)
                } else {
                    is_head.then(Vec::new)
                }
            }
            None => (is_head && its).then(Vec::new),
        }
    }

    /// "the group's", "the movement's": a definite organization noun with
    /// no name of its own, standing for one named before.
    fn org_noun_owner(&self, m: usize) -> bool {
        let t = &self.doc.tokens[m];
        if t.upos != Some(Upos::NOUN)
            || !ORG_NOUNS.contains(&self.lemma(m).as_str())
            || self.actors.entity_at(m).is_some()
        {
            return false;
        }
        let kids = self.kids(m);
        kids.iter().any(|&k| rel(self.doc, k) == "det" && matches!(self.word(k).as_str(), "the" | "this" | "that"))
            && !kids.iter().any(|&k| {
                matches!(rel(self.doc, k), "compound" | "flat" | "amod" | "nmod") && self.actors.entity_at(k).is_some()
            })
    }

    /// The nearest organization the entity layer found before token `i`,
    /// in its sentence or the one before.
    fn nearest_org(&self, i: usize) -> Option<(usize, Span)> {
        let s = self.doc.sentence_at(self.doc.tokens.get(i)?.span.start)?;
        let from = self.doc.sentences.get(s.saturating_sub(1))?.tokens.start;
        (from..i).rev().find_map(|t| {
            let e = self.doc.entity(self.actors.entity_at(t)?)?;
            let span = e.mentions.iter().map(|m| m.span).find(|m| m.contains(self.doc.tokens[t].span));
            (e.kind == EntityKind::Org).then(|| (t, span.unwrap_or(self.doc.tokens[t].span)))
        })
    }

    fn code_token(&self, i: usize) -> Vec<Actor> {
        let (h, s) = self.resolve(i, self.np_span(i));
        self.actors.code_phrase(h, s, None)
    }

    /// Heads of `i` and its conjuncts.
    fn with_conjuncts(&self, i: usize) -> Vec<usize> {
        let mut out = vec![i];
        let mut k = 0;
        while k < out.len() && out.len() < 16 {
            let x = out[k];
            for &c in self.kids(x) {
                if rel(self.doc, c) == "conj" && !out.contains(&c) {
                    out.push(c);
                }
            }
            k += 1;
        }
        out
    }

    fn prep_of(&self, i: usize) -> Option<String> {
        self.kids(i).iter().find(|&&c| rel(self.doc, c) == "case").map(|&c| self.word(c))
    }

    fn features(&self, c: &Clause) -> Features {
        let mut f = Features::default();
        for a in c.patients() {
            // "tons of food aid", "part of its military aid": the measured noun counts too.
            let mut heads = vec![a.head];
            for &m in self.kids(a.head) {
                if rel(self.doc, m) == "nmod" && matches!(self.prep_of(m).as_deref(), Some("of" | "in")) {
                    heads.push(m);
                }
            }
            // "paused intelligence sharing" with the gerund read as a
            // modifier of "intelligence": the gerund is the noun named.
            if let Some(g) = self.gerund_after(a.head) {
                f.objects.push(self.word(g));
            }
            // "called Manalo": a person named is `@person` to the rules.
            if a.head > c.predicate
                && self
                    .actors
                    .entity_at(a.head)
                    .and_then(|id| self.doc.entity(id))
                    .is_some_and(|e| e.kind == EntityKind::Person)
            {
                f.objects.push("@person".to_string());
            }
            for h in heads {
                f.objects.push(self.lemma(h));
                for &m in self.kids(h) {
                    let r = rel(self.doc, m);
                    if r == "compound" {
                        f.objects.push(self.lemma(m));
                    }
                    if matches!(r, "amod" | "compound" | "nmod:npmod") {
                        f.modifiers.push(self.lemma(m));
                    }
                }
            }
        }
        for o in &c.obliques {
            if let Some(p) = o.prep {
                f.preps.push(self.word(p));
                f.phrases.push((self.word(p), self.lemma(o.head)));
            }
            f.obliques.push(self.lemma(o.head));
        }
        for &x in &c.complements {
            if rel(self.doc, x) == "xcomp" {
                f.xcomps.push(self.lemma(x));
            }
        }
        // "paused intelligence sharing": a gerund read as a complement.
        for x in self.gerund_complements(c) {
            f.objects.push(self.word(x));
        }
        for a in &c.subjects {
            f.subjects.push(self.lemma(a.head));
            for &m in self.kids(a.head) {
                if matches!(rel(self.doc, m), "compound" | "nmod:poss") {
                    f.subjects.push(self.lemma(m));
                }
            }
            // "Thousands of dock workers walked out": a subject headed by a
            // quantity is also the people it counts.
            if self.is_quantity_head(a.head) {
                for &m in self.kids(a.head) {
                    if rel(self.doc, m) == "nmod" && self.kids(m).iter().any(|&k| self.lemma(k) == "of") {
                        f.subjects.push(self.lemma(m));
                        for &k in self.kids(m) {
                            if rel(self.doc, k) == "compound" {
                                f.subjects.push(self.lemma(k));
                            }
                        }
                    }
                }
            }
        }
        f
    }

    /// A word that counts the phrase of its "of" ("thousands", "dozens",
    /// "some", "200"), so that the lexicon's `subj=` reads what is counted.
    fn is_quantity_head(&self, i: usize) -> bool {
        const QUANTITIES: &[&str] =
            &["thousand", "hundred", "dozen", "score", "million", "some", "many", "most", "all", "majority", "number"];
        self.doc.tokens[i].upos == Some(Upos::NUM) || QUANTITIES.contains(&self.lemma(i).as_str())
    }

    /// Gerunds that stand for the predicate's object: a gerund complement
    /// ("paused intelligence sharing" read with "sharing" as `xcomp`), or
    /// one read as an adverbial clause right after the predicate, with no
    /// subject or subordinator of its own and only its own modifiers
    /// between ("paused intelligence sharing" with "sharing" as `advcl`).
    fn gerund_complements(&self, c: &Clause) -> Vec<usize> {
        let p = c.predicate;
        let vbg = |x: usize| xpos_of(self.doc, x) == "VBG";
        let mut out: Vec<usize> =
            c.complements.iter().copied().filter(|&x| rel(self.doc, x) == "xcomp" && vbg(x)).collect();
        for &x in self.kids(p) {
            if x <= p || rel(self.doc, x) != "advcl" || !vbg(x) || out.contains(&x) {
                continue;
            }
            let own = |m: &usize| matches!(rel(self.doc, *m), "nsubj" | "nsubj:pass" | "mark" | "expl");
            if self.kids(x).iter().any(own) {
                continue;
            }
            let adjacent = (p + 1..x).all(|k| {
                self.doc.tokens[k].head.map(|h| h as usize) == Some(x)
                    && matches!(rel(self.doc, k), "compound" | "amod" | "det" | "nmod:poss")
            });
            if adjacent {
                out.push(x);
            }
        }
        out
    }

    /// A gerund right after a noun and hung on it as a modifier with no
    /// words of its own before the next phrase ("intelligence sharing"):
    /// the compound noun a parse split.
    fn gerund_after(&self, noun: usize) -> Option<usize> {
        let g = noun + 1;
        let t = self.doc.tokens.get(g)?;
        let hung = t.head.map(|h| h as usize) == Some(noun) && rel(self.doc, g).starts_with("acl");
        let bare =
            self.kids(g).iter().all(|&c| !matches!(rel(self.doc, c), "obj" | "nsubj" | "mark" | "ccomp" | "xcomp"));
        (hung && bare && t.xpos.as_deref() == Some("VBG")).then_some(g)
    }

    /// The verb's particle: its `compound:prt`, or a particle word read as
    /// an adverb right after it ("walked out" with "out" as `advmod`).
    fn particle(&self, p: usize) -> Option<usize> {
        self.kids(p).iter().copied().find(|&c| rel(self.doc, c) == "compound:prt").or_else(|| {
            self.kids(p).iter().copied().find(|&c| {
                c == p + 1
                    && rel(self.doc, c) == "advmod"
                    && matches!(self.lemma(c).as_str(), "out" | "off" | "up" | "down" | "back" | "away")
            })
        })
    }

    fn lexicon_coding(&self, c: &Clause) -> Option<(Coding, &'a Rule)> {
        let f = self.features(c);
        let lemma = c.lemma.to_lowercase();
        let prt = self.particle(c.predicate);
        let mut rule = None;
        if let Some(p) = prt {
            rule = f.best(self.lexicon.rules(TriggerPos::Verb, &format!("{lemma} {}", self.word(p))));
        }
        let rule = rule
            .or_else(|| f.best(self.lexicon.rules(TriggerPos::Verb, &lemma)))
            .or_else(|| f.best(self.lexicon.rules(TriggerPos::Verb, &self.word(c.predicate))))
            .or_else(|| {
                // A participle the lemmatizer left as it is ("retaken").
                participle_stems(&self.word(c.predicate))
                    .iter()
                    .find_map(|w| f.best(self.lexicon.rules(TriggerPos::Verb, w)))
            })
            .filter(|r| !r.codes_nothing())?;
        let pt = self.doc.tokens.get(c.predicate)?.span;
        let mut trigger = pt;
        if let Some(p) = prt.and_then(|p| self.doc.tokens.get(p)) {
            trigger.end = trigger.end.max(p.span.end);
        }
        if !rule.obj.is_empty() {
            // Up to the object's head: what the parse hangs after it ("to
            // Kyiv", "on Monday") is no part of the trigger.
            if let Some(o) = c.patients().iter().find(|a| a.span.start >= pt.end) {
                let mut last = o.head;
                while self
                    .kids(o.head)
                    .iter()
                    .any(|&m| m == last + 1 && matches!(rel(self.doc, m), "flat" | "flat:name" | "compound" | "fixed"))
                {
                    last += 1;
                }
                let mut end = self.doc.tokens.get(last).map_or(o.span.end, |t| t.span.end.min(o.span.end));
                if end <= pt.end {
                    end = o.span.end;
                }
                if let Some(g) = self.gerund_after(o.head).filter(|g| rule.obj.contains(&self.word(*g))) {
                    end = end.max(self.doc.tokens[g].span.end);
                }
                trigger.end = trigger.end.max(end);
            }
            // "paused intelligence sharing": the gerund the rule matched.
            for x in self.gerund_complements(c) {
                let t = &self.doc.tokens[x];
                if x > c.predicate && rule.obj.contains(&self.word(x)) {
                    trigger.end = trigger.end.max(t.span.end);
                }
            }
        }
        // "went on strike at the plant on Monday": the noun the rule's
        // `obl=` names is the event, and a day the parse hung under it
        // is the event's.
        let event_obliques: Vec<usize> = c
            .obliques
            .iter()
            .map(|o| o.head)
            .filter(|&h| !rule.obl.is_empty() && Features::has(std::slice::from_ref(&self.lemma(h)), &rule.obl))
            .collect();
        let consumed = if rule.xcomp.is_empty() {
            Vec::new()
        } else {
            c.complements.iter().copied().filter(|&x| rule.xcomp.contains(&self.lemma(x))).collect()
        };
        Some((
            Coding {
                code: rule.code.clone(),
                reverse: None,
                symmetric: rule.symmetric,
                target_preps: rule.target_preps.clone(),
                object_not_target: rule.object_not_target,
                trigger,
                source_slot: None,
                target_slot: None,
                consumed,
                event_obliques,
                reciprocal: false,
            },
            rule,
        ))
    }

    fn dict_coding(&self, d: &Dictionaries, c: &Clause) -> Option<Coding> {
        let p = c.predicate;
        let upper: Vec<String> = self.doc.tokens.iter().map(|t| self.doc.slice(t.span).to_uppercase()).collect();
        let sent = self.doc.sentence_at(self.doc.tokens.get(p)?.span.start)?;
        let range = self.doc.sentences.get(sent)?.tokens.clone();
        let toks = &upper[range.clone()];
        let v = p.checked_sub(range.start)?;
        let surface = toks.get(v)?.clone();
        let lemma = c.lemma.to_uppercase();
        // Phrasal forms first.
        let mut found: Option<(usize, usize, usize, Option<String>)> = None;
        for key in [&surface, &lemma] {
            for ph in d.verbs.phrasal.get(key).into_iter().flatten() {
                let bs = v.checked_sub(ph.before.len());
                let ok_before = bs.is_some_and(|bs| toks[bs..v].iter().zip(&ph.before).all(|(t, w)| t == w));
                let ok_after = toks
                    .get(v + 1..v + 1 + ph.after.len())
                    .is_some_and(|s| s.iter().zip(&ph.after).all(|(t, w)| t == w || t.starts_with(w.as_str())));
                if ok_before && ok_after {
                    found = Some((ph.entry, bs.unwrap_or(v), v + 1 + ph.after.len(), ph.code.clone()));
                    break;
                }
            }
            if found.is_some() {
                break;
            }
        }
        if found.is_none() {
            let e = d.verbs.forms.get(&surface).or_else(|| d.verbs.forms.get(&lemma)).copied()?;
            found = Some((e, v, v + 1, None));
        }
        let (entry_idx, vs, ve, own) = found?;
        let entry = d.verbs.entries.get(entry_idx)?;
        let more = d.verbs.more_blocks.get(&entry_idx).into_iter().flatten().filter_map(|&i| d.verbs.entries.get(i));
        let in_np: Vec<bool> = range
            .clone()
            .map(|i| {
                matches!(self.doc.tokens[i].upos, Some(Upos::DET | Upos::ADJ | Upos::NOUN | Upos::PROPN | Upos::NUM))
            })
            .collect();
        let mut best: Option<(usize, &crate::petrarch::Pattern, Option<usize>, Option<usize>)> = None;
        for pat in entry.patterns.iter().chain(more.flat_map(|e| e.patterns.iter())) {
            // PETRARCH codes: three or four digits, maybe a letter ("174K");
            // placeholders such as "+++" or "xxy" disable a pattern.
            let numeric = pat.code.split(':').all(|c| {
                (3..=5).contains(&c.len())
                    && c.chars().take(3).all(|ch| ch.is_ascii_digit())
                    && c.chars().skip(3).all(|ch| ch.is_ascii_alphanumeric())
            });
            if !numeric {
                continue;
            }
            if let Some((score, s, t)) = d.verbs.match_pattern_np(pat, toks, vs, ve, &in_np) {
                if best.as_ref().is_none_or(|b| score > b.0) {
                    best = Some((score, pat, s, t));
                }
            }
        }
        let (code, ss, ts, reciprocal) = match best {
            Some((_, pat, s, t)) => {
                // "% HAVE *": the compound subject acts on itself; after the
                // verb ("* WITH %") the compound is the target.
                let compound = pat.pre.iter().any(|(e, _)| *e == crate::petrarch::Elem::Compound);
                (pat.code.clone(), s, t, compound)
            }
            None => (own.unwrap_or_else(|| entry.code.clone()), None, None, false),
        };
        let (code, reverse) = match code.split_once(':') {
            Some((a, b)) => (a.to_string(), Some(b.to_string())),
            None => (code, None),
        };
        let valid = |c: &str| {
            (3..=5).contains(&c.len())
                && c.chars().take(3).all(|ch| ch.is_ascii_digit())
                && c.chars().skip(3).all(|ch| ch.is_ascii_alphanumeric())
        };
        if !valid(&code) {
            return None;
        }
        let reverse = reverse.filter(|r| valid(r));
        let t0 = self.doc.tokens.get(range.start + vs)?.span;
        let t1 = self.doc.tokens.get(range.start + ve - 1)?.span;
        Some(Coding {
            code,
            reverse,
            symmetric: false,
            target_preps: DEFAULT_TARGET_PREPS.iter().map(|s| s.to_string()).collect(),
            object_not_target: false,
            trigger: Span::new(t0.start, t1.end),
            source_slot: ss.map(|s| s + range.start),
            target_slot: ts.map(|t| t + range.start),
            consumed: Vec::new(),
            event_obliques: Vec::new(),
            reciprocal,
        })
    }

    /// "A missionary was arrested in Lebanon": a coercive act in the
    /// passive with no agent is, as CAMEO codes it, by the authorities of
    /// the country where it happened.
    fn passive_authority(&self, c: &Clause, code: &str) -> Vec<Actor> {
        if c.voice != dateline_syntax::Voice::Passive || !c.agents.is_empty() || cameo::root_of(code) != Some(17) {
            return Vec::new();
        }
        for o in &c.obliques {
            if !o.prep.is_some_and(|p| matches!(self.word(p).as_str(), "in" | "at")) {
                continue;
            }
            let Some(e) = self.actors.entity_at(o.head).and_then(|id| self.doc.entity(id)) else { continue };
            if matches!(e.kind, EntityKind::Gpe) {
                if let Some(country) = &e.country {
                    return vec![Actor { code: country.clone(), entity: None }];
                }
            }
        }
        Vec::new()
    }

    /// "Police said the man is accused of smuggling weapons": an
    /// accusation in the passive with no agent, reported by a verb of
    /// saying, is the speaker's (the police, of the article's country
    /// when it has one).
    fn reporter_source(&self, c: &Clause, code: &str) -> Vec<Actor> {
        if c.voice != dateline_syntax::Voice::Passive || !c.agents.is_empty() || !code.starts_with("112") {
            return Vec::new();
        }
        let above = c.governor.as_ref().and_then(|(g, r)| {
            let &gk = self.by_pred.get(g)?;
            (matches!(r.as_str(), "ccomp" | "parataxis") && speech_verb(&self.clauses[gk].lemma)).then_some(gk)
        });
        let Some(gk) = above.or_else(|| self.trailing_speech(c)) else { return Vec::new() };
        let mut out: Vec<Actor> = Vec::new();
        for a in self.clause_actors(gk) {
            for x in self.code_arg(&a) {
                if !out.contains(&x) {
                    out.push(x);
                }
            }
        }
        out
    }

    /// "The driver was accused of smuggling guns, police said on Monday"
    /// with "said" hung inside the statement (on "guns"): the speech
    /// clause after a comma at the end of `c`, under it, with a subject
    /// of its own and no complement.
    fn trailing_speech(&self, c: &Clause) -> Option<usize> {
        self.sentence_clauses(c.predicate)
            .filter(|o| o.predicate > c.predicate && speech_verb(&o.lemma) && o.complements.is_empty())
            .find(|o| {
                let first = o.subjects.iter().filter(|a| !a.inherited).map(|a| self.doc.tokens_in(a.span).start).min();
                let comma = first.and_then(|i| i.checked_sub(1)).is_some_and(|b| self.word(b) == ",");
                // Under `c` in the parse.
                let mut cur = self.doc.tokens[o.predicate].head.map(|h| h as usize);
                let mut under = false;
                for _ in 0..16 {
                    let Some(x) = cur else { break };
                    if x == c.predicate {
                        under = true;
                        break;
                    }
                    cur = self.doc.tokens.get(x).and_then(|t| t.head).map(|h| h as usize);
                }
                comma && under
            })
            .and_then(|o| self.by_pred.get(&o.predicate).copied())
    }

    /// "A roadside bomb outside the Iraqi city of Basra killed three
    /// soldiers": violence done by a weapon with no named user (a bomb,
    /// an explosion, a mine) is, as CAMEO codes it, by the country where it
    /// happened: the first place with a country in the weapon's phrase or
    /// the clause's place phrases.
    fn weapon_site_source(&self, c: &Clause, code: &str) -> Vec<Actor> {
        if !matches!(cameo::root_of(code), Some(18..=20)) {
            return Vec::new();
        }
        let doer = if c.voice == dateline_syntax::Voice::Passive { c.agents.first() } else { c.subjects.first() };
        let Some(doer) = doer else { return Vec::new() };
        if !WEAPONS.contains(&self.lemma(doer.head).as_str()) {
            return Vec::new();
        }
        let place_country = |t: usize| {
            let e = self.doc.entity(self.actors.entity_at(t)?)?;
            // Places only: a nationality in the phrase ("outside the Israeli
            // embassy in Buenos Aires") names the target, not the site.
            matches!(e.kind, EntityKind::Gpe | EntityKind::Loc).then(|| e.country.clone()).flatten()
        };
        let mut toks: Vec<usize> = self.doc.tokens_in(doer.span).collect();
        for o in &c.obliques {
            if o.prep.is_some_and(|p| matches!(self.word(p).as_str(), "in" | "at" | "near" | "outside" | "inside")) {
                toks.extend(self.doc.tokens_in(o.span));
            }
        }
        toks.into_iter()
            .find_map(place_country)
            .map(|country| vec![Actor { code: country, entity: None }])
            .unwrap_or_default()
    }

    /// The country of the place an event happened in, from the clause's
    /// "in" or "at" phrases (a city, region or country).
    fn place_country(&self, c: &Clause) -> Option<String> {
        c.obliques.iter().filter(|o| o.prep.is_some_and(|p| matches!(self.word(p).as_str(), "in" | "at"))).find_map(
            |o| {
                self.doc.tokens_in(o.span).find_map(|t| {
                    let e = self.doc.entity(self.actors.entity_at(t)?)?;
                    matches!(e.kind, EntityKind::Gpe | EntityKind::Loc).then(|| e.country.clone()).flatten()
                })
            },
        )
    }

    /// The first actor named at or after token `from` in its sentence.
    fn actor_from(&self, from: usize, backwards: bool, end: Option<usize>) -> Vec<Actor> {
        let Some(t) = self.doc.tokens.get(from) else { return Vec::new() };
        let Some(s) = self.doc.sentence_at(t.span.start).and_then(|s| self.doc.sentences.get(s)) else {
            return Vec::new();
        };
        let order: Vec<usize> =
            if backwards { (s.tokens.start..=from).rev().collect() } else { (from..s.tokens.end).collect() };
        for i in order {
            if end.is_some_and(|e| self.doc.tokens[i].span.end > e) {
                break;
            }
            // "..., according to state media": the source of a report is
            // no actor of the event it reports.
            if !backwards && self.dicts.is_none() && self.word(i) == "according" && self.word(i + 1) == "to" {
                break;
            }
            let mut h = i;
            while matches!(rel(self.doc, h), "compound" | "flat" | "flat:name" | "amod" | "det" | "nmod:desc") {
                match self.doc.tokens[h].head.map(|x| x as usize) {
                    Some(x) if x < self.doc.tokens.len() && x != h => h = x,
                    _ => break,
                }
            }
            // (Nor a phrase a stranded word hangs on past the end: "the"
            // of "condemned the raid, ... and Israel said" hung on "said".)
            if end.is_some_and(|e| self.doc.tokens[h].span.end > e) {
                continue;
            }
            // Forward, a place named with a locative preposition is where
            // it happened, not whom it was done to ("urged both sides to
            // return to talks in Jeddah").
            if !backwards && self.dicts.is_none() && self.locative(h) {
                continue;
            }
            // "agreed to respect a ceasefire brokered by Moscow": the agent
            // of a participle modifying a noun acts in that participle's
            // event (a mediator), and is no target of the main one.
            if !backwards && self.dicts.is_none() && self.modifier_agent(i) {
                continue;
            }
            let span = Span::new(self.doc.tokens[i].span.start, self.np_span(h).end.max(self.doc.tokens[i].span.end));
            // (With a possessive pronoun's owner: "its fighters".)
            // (A group owned by an organization, "its fighters", is that
            // organization: no target of a later event of its own. Its
            // head is a person acted on: "arrested its leader".)
            let owned = if self.dicts.is_none() { self.owned_group(h) } else { None };
            if owned.is_some() && !backwards && GROUP_MEMBERS.contains(&self.lemma(h).as_str()) {
                continue;
            }
            let a = owned.unwrap_or_else(|| self.actors.code_phrase(h, span, None));
            if !a.is_empty() {
                let mut out = a;
                for x in self.with_conjuncts(h).into_iter().skip(1) {
                    out.extend(self.code_token(x));
                }
                return out;
            }
        }
        Vec::new()
    }

    /// True when token `i` is a participle of mediation modifying a noun
    /// that has an agent ("a ceasefire brokered by Moscow", "talks hosted
    /// by Qatar"), or in that agent (see [`mediator_tokens`]). (The agent
    /// of other participles can be the target: "an inquiry into crimes
    /// committed by Croat forces".)
    fn modifier_agent(&self, i: usize) -> bool {
        self.mediator.get(i).copied().unwrap_or(false)
    }

    /// True when `h` is introduced by a preposition of place ("in
    /// Jeddah", "near the border") and names a place.
    fn locative(&self, h: usize) -> bool {
        let place = self
            .actors
            .entity_at(h)
            .and_then(|e| self.doc.entity(e))
            .is_some_and(|e| matches!(e.kind, EntityKind::Gpe | EntityKind::Loc));
        place
            && self
                .prep_of(h)
                .is_some_and(|p| matches!(p.as_str(), "in" | "near" | "inside" | "outside" | "across" | "throughout"))
    }

    fn targets(&self, c: &Clause, coding: &Coding) -> Vec<Actor> {
        if let Some(slot) = coding.target_slot {
            let t = self.actor_from(slot, slot < c.predicate, None);
            if !t.is_empty() {
                return t;
            }
        }
        let mut out = Vec::new();
        if self.dicts.is_some() {
            return self.dict_targets(c);
        }
        for a in c.patients() {
            // "condemned the raid and Israel said" with "raid" read as a
            // participle and "said" as the object: a finite verb is no
            // object.
            if self.finite_verb(a.head) {
                continue;
            }
            // "hosted Ethiopian Prime Minister Abiy Ahmed" read as the
            // conjuncts "Ethiopian" and "Prime Minister Abiy Ahmed": one
            // name split, whose later part is the actor.
            let split = c.patients().iter().any(|b| {
                b.head > a.head
                    && rel(self.doc, b.head) == "conj"
                    && self.doc.tokens[b.head].head == Some(a.head as u32)
                    && (a.head + 1..b.head).all(|t| {
                        !matches!(self.doc.tokens[t].upos, Some(Upos::CCONJ | Upos::PUNCT))
                            && self.doc.tokens[t].head.is_some_and(|x| x as usize > a.head)
                    })
            });
            if split {
                continue;
            }
            // "paused intelligence sharing": an object the trigger names with
            // its gerund is the thing acted on, not an actor.
            let named = self.gerund_after(a.head).and_then(|g| self.doc.tokens.get(g)).is_some_and(|g| {
                coding.trigger.contains(g.span) && coding.trigger.contains(self.doc.tokens[a.head].span)
            });
            if named {
                continue;
            }
            // An indirect object is a recipient even when the direct object
            // is the thing given ("give Tanzania a grant").
            if !coding.object_not_target || rel(self.doc, a.head) == "iobj" {
                out.extend(self.code_arg(a));
            }
        }
        if !out.is_empty() {
            return out;
        }
        let preps = &coding.target_preps;
        // Obliques of the predicate, then prepositional modifiers of its objects.
        let mut cands: Vec<usize> = c.obliques.iter().map(|o| o.head).collect();
        // One level down: "called for sanctions against Nigeria".
        let nested: Vec<usize> = c
            .obliques
            .iter()
            .flat_map(|o| self.kids(o.head).iter().copied())
            .filter(|&m| rel(self.doc, m).starts_with("nmod") && !rel(self.doc, m).ends_with("poss"))
            .collect();
        let mut gerunds: Vec<usize> =
            c.complements.iter().copied().filter(|&x| xpos_of(self.doc, x) == "VBG").collect();
        gerunds.extend(self.gerund_complements(c).into_iter().filter(|x| !c.complements.contains(x)));
        for x in gerunds {
            if let Some(&xk) = self.by_pred.get(&x) {
                cands.extend(self.clauses[xk].obliques.iter().map(|o| o.head));
            }
        }
        for a in c.patients() {
            for &m in self.kids(a.head) {
                if rel(self.doc, m).starts_with("nmod") && !rel(self.doc, m).ends_with("poss") {
                    cands.push(m);
                }
            }
        }
        cands.extend(nested);
        // A rule's own target prepositions are in order of preference
        // ("complained to the UN over Israeli raids": over before to).
        let explicit = preps.iter().map(String::as_str).ne(DEFAULT_TARGET_PREPS.iter().copied());
        if explicit {
            // Among the predicate's own obliques; nested phrases stay after.
            let rank =
                |h: &usize| self.prep_of(*h).and_then(|p| preps.iter().position(|x| *x == p)).unwrap_or(preps.len());
            let own = c.obliques.len().min(cands.len());
            cands[..own].sort_by_key(rank);
        }
        for h in cands {
            let Some(p) = self.prep_of(h) else { continue };
            if !preps.contains(&p) {
                continue;
            }
            if c.voice == dateline_syntax::Voice::Passive && p == "by" {
                continue;
            }
            for x in self.with_conjuncts(h) {
                out.extend(self.code_token(x));
            }
            if !out.is_empty() {
                return out;
            }
        }
        // A preposition right after the verb whose phrase the parser hung
        // elsewhere ("to meet with Crown Prince ..., will not").
        let p = c.predicate;
        for i in p + 1..(p + 3).min(self.doc.tokens.len()) {
            let t = &self.doc.tokens[i];
            if t.upos == Some(Upos::ADP) {
                if preps.contains(&self.word(i)) {
                    if let Some(h) = t.head.map(|h| h as usize).filter(|&h| h > i) {
                        if !c.obliques.iter().any(|o| o.head == h) {
                            for x in self.with_conjuncts(h) {
                                out.extend(self.code_token(x));
                            }
                        }
                    }
                }
                break;
            }
            if t.upos != Some(Upos::ADV) {
                break;
            }
        }
        out
    }

    /// The last resort for a target, as PETRARCH does: the first actor named
    /// after the predicate within its clause ("expelled two Russian
    /// diplomats" = RUS, "praised Haiti's efforts", "aid to Mozambique"),
    /// other than the source itself.
    fn after_predicate_target(&self, c: &Clause, coding: &Coding, sources: &[Actor]) -> Vec<Actor> {
        // A fronted statement ("Zambia extradited X to Britain, an official
        // said") runs up to the speaker, whatever span the parse gave it.
        let mut end = self.linear_end(c);
        if let Some((g, r)) = &c.governor {
            if r == "ccomp" && *g > c.predicate {
                if let Some(&gk) = self.by_pred.get(g) {
                    let speaker =
                        self.clauses[gk].subjects.iter().filter(|a| a.head > c.predicate).map(|a| a.span.start).min();
                    let limit = speaker.unwrap_or(self.doc.tokens[*g].span.start);
                    end = end.max(limit);
                }
            }
        }
        // "welcomed the announcement but said her party would ...": a
        // later conjoined clause is no part of this one.
        if let Some(start) = self.later_conjunct_start(c) {
            end = end.min(start);
        }
        // "opposed the decision and would take measures to protect Chinese
        // companies": a later conjunct sharing the subject, after an object
        // of this clause's own, is no part of it either.
        // Not after a time read as the object ("met Sunday and decided"),
        // nor after a stranded preposition ("established ties with and
        // opened an embassy in Tehran": the phrase after is shared).
        let is_time = |h: usize| {
            let sp = self.doc.tokens[h].span;
            self.doc.times.iter().any(|t| t.span.contains(sp))
        };
        let last_patient = c.patients().iter().map(|a| a.head).filter(|&h| h > c.predicate).max();
        if let Some(last) = last_patient.filter(|&h| !is_time(h)) {
            let cc = self
                .sentence_clauses(c.predicate)
                .filter(|o| {
                    o.predicate > last && o.governor.as_ref().is_some_and(|(g, r)| r == "conj" && *g == c.predicate)
                })
                .filter_map(|o| self.kids(o.predicate).iter().copied().find(|&k| rel(self.doc, k) == "cc" && k > last))
                .filter(|&k| k > 0 && self.doc.tokens[k - 1].upos != Some(Upos::ADP))
                .min();
            if let Some(k) = cc {
                end = end.min(self.doc.tokens[k].span.start);
            }
        }
        // "condemned the raid, called for calm and Israel said" read with
        // "said" as a complement of "condemned": that conjunct is no part
        // of this clause either.
        if let Some(start) = self.misread_conjuncts(c).into_iter().map(|(_, start)| start).min() {
            end = end.min(start);
        }
        // (Or read as the object: "condemned the raid and Israel said".)
        for a in c.patients().iter().filter(|a| self.finite_verb(a.head)) {
            let subject_start = self.doc.tokens_in(a.span).start..a.head;
            let and = subject_start.rev().find(|&i| {
                self.doc.tokens[i].upos == Some(Upos::CCONJ) && matches!(self.word(i).as_str(), "and" | "but")
            });
            if let Some(i) = and.filter(|&i| i > c.predicate) {
                end = end.min(self.doc.tokens[i].span.start);
            }
        }
        // "arrested 41 people on Tuesday after protests against
        // lawmakers' allowances turned violent": a circumstance after the
        // predicate names no one it was done to.
        let circumstance =
            (c.predicate + 1..self.doc.tokens.len()).take_while(|&i| self.doc.tokens[i].span.start < end).find(|&i| {
                matches!(self.doc.tokens[i].upos, Some(Upos::ADP | Upos::SCONJ))
                    && matches!(self.word(i).as_str(), "after" | "amid" | "following")
            });
        if let Some(i) = circumstance {
            end = end.min(self.doc.tokens[i].span.start);
        }
        // After an object the trigger names with its gerund ("paused
        // intelligence sharing with X"): that object is no actor.
        let from = c
            .patients()
            .iter()
            .filter_map(|a| self.gerund_after(a.head))
            .filter(|&g| self.doc.tokens.get(g).is_some_and(|t| coding.trigger.contains(t.span)))
            .max()
            .map_or(c.predicate + 1, |g| g + 1);
        let mut found = self.actor_from(from, false, Some(end));
        // "would withdraw some troops from the area": an object that is the
        // thing done (the rule's `notgt`) naming no one's actor, only a
        // sector noun given a guessed country, is no last-resort target
        // either ("expelled two Danish diplomats" still is DNK's).
        if coding.object_not_target && !found.is_empty() && found.iter().all(|a| a.entity.is_none()) {
            let guessed = c.patients().iter().find(|a| {
                a.head > c.predicate
                    && !self.finite_verb(a.head)
                    && self.doc.tokens_in(a.span).all(|t| self.actors.entity_at(t).is_none())
                    && self.code_token(a.head).iter().map(|x| &x.code).eq(found.iter().map(|x| &x.code))
            });
            if let Some(a) = guessed {
                let after = self.doc.tokens_in(a.span).end;
                found = self.actor_from(after, false, Some(end));
            }
        }
        found
            .into_iter()
            .filter(|t| !sources.iter().any(|s| s.entity.is_some() && s.entity == t.entity || s.code == t.code))
            .collect()
    }

    /// Whether entity `e` is named in clause `c` only after its predicate
    /// and right after one of `words` (a determiner between): "to El
    /// Salvador", "according to the commission".
    fn named_only_after(&self, c: &Clause, e: u32, words: &[&str]) -> bool {
        let Some(ent) = self.doc.entity(e) else { return false };
        let mut named = false;
        for m in ent.mentions.iter().filter(|m| c.span.contains(m.span)) {
            let toks = self.doc.tokens_in(m.span);
            if toks.start <= c.predicate {
                return false;
            }
            let mut i = toks.start;
            while i > c.predicate + 1 && self.doc.tokens[i - 1].upos == Some(Upos::DET) {
                i -= 1;
            }
            let before = self.word(i - 1);
            let two = if i >= 2 { format!("{} {before}", self.word(i - 2)) } else { before.clone() };
            if !words.contains(&before.as_str()) && !words.contains(&two.as_str()) {
                return false;
            }
            named = true;
        }
        named
    }

    /// Targets as PETRARCH finds them: the object, else the first actor in
    /// the prepositional phrases, else the first actor after the verb.
    fn dict_targets(&self, c: &Clause) -> Vec<Actor> {
        let mut out = Vec::new();
        for a in c.patients() {
            out.extend(self.code_arg(a));
        }
        if !out.is_empty() {
            return out;
        }
        let passive = c.voice == dateline_syntax::Voice::Passive || !c.agents.is_empty();
        let pred_start = self.doc.tokens[c.predicate].span.start;
        let subj_start = c.subjects.iter().map(|a| a.span.start).min().unwrap_or(pred_start);
        for o in &c.obliques {
            if passive && o.prep.is_some_and(|p| self.word(p) == "by") {
                continue;
            }
            // A fronted adverbial before the subject ("five years after
            // Calenardhon crowds ..., a Bree official said") names no target.
            if o.span.end <= subj_start && o.span.end <= pred_start {
                continue;
            }
            for x in self.with_conjuncts(o.head) {
                let span = if x == o.head { o.span } else { self.np_span(x) };
                out.extend(self.actors.code_phrase(x, span, None));
            }
            if !out.is_empty() {
                return out;
            }
        }
        for a in c.patients() {
            for &m in self.kids(a.head) {
                if rel(self.doc, m).starts_with("nmod") && !rel(self.doc, m).ends_with("poss") {
                    for x in self.with_conjuncts(m) {
                        out.extend(self.actors.code_phrase(x, self.deep_span(x, self.np_span(x)), None));
                    }
                    if !out.is_empty() {
                        return out;
                    }
                }
            }
        }
        self.actor_from(c.predicate + 1, false, Some(self.linear_end(c)))
    }

    /// "welcomed the announcement" after "The government announced ...":
    /// a definite noun naming an earlier statement or act ("the
    /// announcement", "the decision"), with no owner or modifier of its
    /// own, is by the subject of the nearest earlier clause of its verb in
    /// this or the previous sentence; that doer is the target.
    fn announcer_target(&self, c: &Clause, sources: &[Actor]) -> Vec<Actor> {
        let Some(a) = c.patients().first() else { return Vec::new() };
        let Some(&(_, verb)) = NOMINALIZATIONS.iter().find(|(n, _)| *n == self.lemma(a.head)) else {
            return Vec::new();
        };
        let kids = self.kids(a.head);
        let definite =
            kids.iter().any(|&m| rel(self.doc, m) == "det" && matches!(self.word(m).as_str(), "the" | "this"));
        let owned = kids
            .iter()
            .any(|&m| matches!(rel(self.doc, m), "nmod" | "nmod:poss" | "compound" | "amod" | "acl" | "acl:relcl"));
        if !definite || owned {
            return Vec::new();
        }
        let Some(here) = self.doc.sentence_at(self.doc.tokens[c.predicate].span.start) else { return Vec::new() };
        // (This and the previous sentence; not "did not announce", "may
        // announce".)
        let earlier = self.by_sentence[here.saturating_sub(1)..=here]
            .iter()
            .flatten()
            .copied()
            .filter(|&k| {
                let o = &self.clauses[k];
                o.predicate < c.predicate
                    && o.lemma == verb
                    && !o.negated()
                    && o.modality == dateline_syntax::Modality::Asserted
            })
            .max_by_key(|&k| self.clauses[k].predicate);
        let Some(k) = earlier else { return Vec::new() };
        // (Not the event's own source: "Kenya's government announced ...
        // the government defended the announcement".)
        let same = |x: &Actor, s: &Actor| {
            x.code == s.code
                || x.entity.is_some() && x.entity == s.entity
                || (s.code.starts_with("---") || x.code.starts_with("---"))
                    && x.code.get(3..).is_some_and(|r| !r.is_empty() && Some(r) == s.code.get(3..))
        };
        let out: Vec<Actor> = self.clause_actors(k).iter().flat_map(|s| self.code_arg(s)).collect();
        out.into_iter().filter(|x| !sources.iter().any(|s| same(x, s))).collect()
    }

    /// Where the first subject of its own in a clause conjoined to `c`
    /// after its objects, or in a clause under that conjunct, begins:
    /// "welcomed the announcement but said her party would ...". Not a
    /// verb sharing the object or oblique ("established ties with and
    /// opened an embassy in Tehran").
    fn later_conjunct_start(&self, c: &Clause) -> Option<usize> {
        let last_patient = c.patients().iter().map(|a| a.head).max().unwrap_or(c.predicate);
        // UD hangs every conjunct on the first: "condemned the raid, urged
        // restraint and Israel said": for "urged", the later conjuncts of
        // "condemned" count too.
        let first = c.governor.as_ref().filter(|(_, r)| r == "conj").map(|(g, _)| *g);
        let conjuncts: Vec<usize> = self
            .sentence_clauses(c.predicate)
            .filter(|o| {
                o.governor.as_ref().is_some_and(|(g, r)| {
                    r == "conj" && (*g == c.predicate || Some(*g) == first && o.predicate > c.predicate)
                })
            })
            .filter(|o| o.predicate > last_patient)
            .map(|o| o.predicate)
            .collect();
        if conjuncts.is_empty() {
            return None;
        }
        self.sentence_clauses(c.predicate)
            .filter(|q| {
                let Some(&k) = self.by_pred.get(&q.predicate) else { return false };
                conjuncts.contains(&q.predicate)
                    || self.chain(k).iter().any(|&g| conjuncts.contains(&self.clauses[g].predicate))
            })
            .flat_map(|q| q.subjects.iter().filter(|a| !a.inherited && a.head > last_patient).map(|a| a.span.start))
            .min()
    }

    /// A finite verb (past or present tense), which heads no noun phrase.
    fn finite_verb(&self, i: usize) -> bool {
        self.doc.tokens.get(i).is_some_and(|t| t.upos == Some(Upos::VERB))
            && matches!(xpos_of(self.doc, i), "VBD" | "VBZ" | "VBP")
    }

    /// Clausal complements of `c` the parse made of a later conjunct: a
    /// `ccomp` or `parataxis` whose own subject (or, without one, its
    /// predicate) comes right after "and" or "but" ("Egypt condemned the
    /// raid, called for calm and Israel said it would respond", with
    /// "said" hung on "condemned"). With where the conjunction stands.
    fn misread_conjuncts(&self, c: &Clause) -> Vec<(usize, usize)> {
        self.sentence_clauses(c.predicate)
            .filter(|o| {
                o.predicate > c.predicate
                    && o.governor
                        .as_ref()
                        .is_some_and(|(g, r)| *g == c.predicate && matches!(r.as_str(), "ccomp" | "parataxis"))
            })
            .filter_map(|o| {
                let first = o.subjects.iter().filter(|a| !a.inherited).map(|a| self.doc.tokens_in(a.span).start).min();
                let before = first.unwrap_or(o.predicate).checked_sub(1)?;
                let t = &self.doc.tokens[before];
                (before > c.predicate
                    && t.upos == Some(Upos::CCONJ)
                    && matches!(self.word(before).as_str(), "and" | "but"))
                .then_some((o.predicate, t.span.start))
            })
            .collect()
    }

    /// Where a clause ends for a target read off the surface: its span,
    /// or, for a predicate the parse gave nothing after it ("... on
    /// Thursday and promised aid to X" with "aid" hung on the first verb),
    /// the next comma, semicolon or verb with a subject of its own.
    fn linear_end(&self, c: &Clause) -> usize {
        let p = c.predicate;
        let Some(pt) = self.doc.tokens.get(p) else { return c.span.end };
        if c.span.end > pt.span.end {
            return c.span.end;
        }
        let Some(s) = self.doc.sentence_at(pt.span.start).and_then(|s| self.doc.sentences.get(s)) else {
            return c.span.end;
        };
        // Up to a comma, a subordinator ("promised aid after Chile
        // protested" ends at "aid"; not the "to" of an infinitive, which UD
        // also marks `mark`), or a later predicate with a subject of its own.
        let mut end = pt.span.end;
        for i in p + 1..s.tokens.end.min(self.doc.tokens.len()) {
            let t = &self.doc.tokens[i];
            let finite = self.by_pred.get(&i).is_some_and(|&k| self.clauses[k].subjects.iter().any(|a| !a.inherited));
            if matches!(self.doc.slice(t.span), "," | ";" | ":") || t.upos == Some(Upos::SCONJ) || finite {
                break;
            }
            end = t.span.end;
        }
        end
    }

    /// "X ordered the ambassador to leave, accusing Paris of ...": a
    /// participle set off by a comma and hung on a non-finite verb of no
    /// doer (an infinitive inside the object) is the doing of the first
    /// clause above that has one, up to three clauses up.
    fn participle_doer(&self, p: usize, gk: usize, k: usize) -> Option<Vec<Arg>> {
        let comma = p.checked_sub(1).is_some_and(|b| self.word(b) == ",");
        if xpos_of(self.doc, p) != "VBG" || !comma {
            return None;
        }
        let mut cur = gk;
        for _ in 0..3 {
            let cl = &self.clauses[cur];
            if !matches!(xpos_of(self.doc, cl.predicate), "VB" | "VBG" | "VBN") {
                return None;
            }
            let (g, _) = cl.governor.as_ref()?;
            let up = if self.by_pred.contains_key(g) { Some(*g) } else { self.owner(*g) };
            let next = *up.and_then(|u| self.by_pred.get(&u))?;
            if next == k || next == cur {
                return None;
            }
            let actors: Vec<Arg> = self.clauses[next].actors().iter().filter(|a| a.head != p).cloned().collect();
            if !actors.is_empty() {
                return Some(actors);
            }
            cur = next;
        }
        None
    }

    /// The nearest predicate above token `i` (itself excluded).
    fn owner(&self, i: usize) -> Option<usize> {
        let mut cur = self.doc.tokens.get(i)?.head.map(|h| h as usize);
        for _ in 0..64 {
            let p = cur?;
            if self.by_pred.contains_key(&p) {
                return Some(p);
            }
            cur = self.doc.tokens.get(p)?.head.map(|h| h as usize);
        }
        None
    }

    /// Arguments the parser split without a conjunction between them
    /// ("Dagolath's first Deputy" + "Prime Minister Telemar") are one phrase.
    fn merge_split_args(&self, mut args: Vec<Arg>) -> Vec<Arg> {
        args.sort_by_key(|a| a.span.start);
        let mut out: Vec<Arg> = Vec::new();
        for a in args {
            if let Some(last) = out.last_mut() {
                if a.qualifier.is_none() && last.qualifier.is_none() && a.span.start >= last.span.end {
                    let between = self.doc.tokens_in(Span::new(last.span.end, a.span.start));
                    let joined = between.clone().all(|t| {
                        !matches!(self.doc.tokens[t].upos, Some(Upos::CCONJ | Upos::PUNCT | Upos::VERB | Upos::AUX))
                    });
                    if joined && between.len() <= 2 {
                        last.span = Span::new(last.span.start, a.span.end);
                        last.head = a.head;
                        continue;
                    }
                }
            }
            out.push(a);
        }
        out
    }

    /// Sentences not to code: `None` when nothing is discarded, every
    /// sentence for a story discard.
    fn discarded_sentences(&self) -> Option<Vec<usize>> {
        let d = self.dicts?;
        if d.discards.phrases.is_empty() {
            return None;
        }
        let mut out = Vec::new();
        for (i, s) in self.doc.sentences.iter().enumerate() {
            let toks: Vec<String> = s
                .tokens
                .clone()
                .filter_map(|t| self.doc.tokens.get(t))
                .map(|t| self.doc.slice(t.span).to_uppercase())
                .collect();
            match d.discards.find(&toks) {
                Some(true) => return Some((0..self.doc.sentences.len()).collect()),
                Some(false) => out.push(i),
                None => {}
            }
        }
        Some(out)
    }

    /// "said it would allow", "is willing to withdraw": a conditional or a
    /// readiness adjective states an intent, as CAMEO codes it.
    fn stated_intent(&self, c: &Clause, chain: &[&Clause]) -> bool {
        let would = c.auxiliaries.iter().any(|&a| matches!(self.word(a).as_str(), "would" | "'d"));
        let ready = chain.first().is_some_and(|g| {
            matches!(g.lemma.as_str(), "willing" | "ready" | "prepared" | "determined" | "eager")
                && c.governor.as_ref().is_some_and(|(_, r)| r == "xcomp")
        });
        (would || ready) && !c.negated()
    }

    /// "agreed to provide aid to Romania": the target of a controlled
    /// complement is the target of the event that governs it.
    fn complement_target(&self, c: &Clause) -> Vec<Actor> {
        for &x in &c.complements {
            if rel(self.doc, x) != "xcomp" {
                continue;
            }
            let Some(&xk) = self.by_pred.get(&x) else { continue };
            let xc = &self.clauses[xk];
            let coding = self.lexicon_coding(xc).map(|(coding, _)| coding).unwrap_or_else(|| self.plain_coding());
            let t = self.targets(xc, &coding);
            if !t.is_empty() {
                return t;
            }
        }
        Vec::new()
    }

    fn intent_aux(&self, c: &Clause) -> bool {
        c.auxiliaries.iter().any(|&a| matches!(self.word(a).as_str(), "will" | "would" | "wo" | "'ll" | "shall"))
    }

    /// "demanded that China drop barriers": the subject of a clausal
    /// complement is the target of a verbal event.
    fn complement_subject(&self, c: &Clause) -> Vec<Actor> {
        for &x in &c.complements {
            if rel(self.doc, x) != "ccomp" {
                continue;
            }
            // (Not a later conjunct read as a complement: "condemned the
            // raid, called for calm and Israel said".)
            if self.misread_conjuncts(c).iter().any(|&(p, _)| p == x) {
                continue;
            }
            if let Some(&xk) = self.by_pred.get(&x) {
                let mut out = Vec::new();
                for a in self.clauses[xk].subjects.iter().filter(|a| !a.inherited) {
                    out.extend(self.code_arg(a));
                }
                if !out.is_empty() {
                    return out;
                }
            }
        }
        Vec::new()
    }

    fn sources(&self, k: usize, coding: &Coding) -> Vec<Actor> {
        let c = &self.clauses[k];
        if let Some(slot) = coding.source_slot {
            let s = self.actor_from(slot, slot < c.predicate, None);
            if !s.is_empty() {
                return s;
            }
        }
        let mut out: Vec<Actor> = Vec::new();
        let mut args = self.clause_actors(k);
        if self.dicts.is_some() {
            args = self.merge_split_args(args);
        }
        let mut first_base: Option<String> = None;
        let coordinated_group = args.len() >= 2 && args.iter().any(|a| rel(self.doc, a.head) == "conj");
        // Countries a later conjunct names before its own head ("Rebels
        // and Ukrainian troops"): they modify that conjunct alone.
        let mut own_bases: Vec<String> = Vec::new();
        for (i, a) in args.into_iter().enumerate() {
            let conj = rel(self.doc, a.head) == "conj";
            if self.dicts.is_some() && conj && i > 0 {
                let (h, s) = self.resolve(a.head, a.span);
                let head_end = self.doc.tokens[h].span.end;
                if h == a.head && s.start < head_end && head_end <= s.end {
                    let pre = Span::new(s.start, head_end);
                    for x in self.actors.code_phrase(h, pre, None) {
                        if !x.code.starts_with("---") && x.code.len() >= 6 {
                            own_bases.extend(x.code.get(..x.code.len() - 3).map(str::to_string));
                        }
                    }
                }
            }
            for mut x in self.code_arg(&a) {
                // "Danish media and government": an agent conjunct of no
                // country shares the first conjunct's actor (DNKMED, DNKGOV).
                if self.dicts.is_some() && conj && x.code.starts_with("---") && x.code.len() > 3 {
                    if let Some(b) = &first_base {
                        x.code = format!("{b}{}", &x.code[3..]);
                    }
                }
                if first_base.is_none() && !x.code.starts_with("---") && x.code.len() >= 6 {
                    first_base = x.code.get(..x.code.len() - 3).map(str::to_string);
                }
                if !out.contains(&x) {
                    out.push(x);
                }
            }
        }
        // "Farmers and traders in Lima and Quito": a coordinated
        // agent of no country shares the countries its conjuncts name,
        // whichever conjunct the parse hung them on, except a country a
        // later conjunct names before its head ("Police and Gondor
        // soldiers": the police are of no country).
        if self.dicts.is_some() && coordinated_group {
            let bases: Vec<String> = out
                .iter()
                .filter(|x| !x.code.starts_with("---") && x.code.len() >= 6)
                .filter_map(|x| x.code.get(..x.code.len() - 3).map(str::to_string))
                .filter(|b| !own_bases.contains(b))
                .fold(Vec::new(), |mut v, b| {
                    if !v.contains(&b) {
                        v.push(b);
                    }
                    v
                });
            if !bases.is_empty() {
                let mut fixed: Vec<Actor> = Vec::new();
                for x in out {
                    let bare = x.code.strip_prefix("---").filter(|r| r.len() == 3).map(str::to_string);
                    match bare {
                        Some(sector) => {
                            for b in &bases {
                                let a = Actor { code: format!("{b}{sector}"), entity: x.entity };
                                if !fixed.contains(&a) {
                                    fixed.push(a);
                                }
                            }
                        }
                        None if !fixed.contains(&x) => fixed.push(x),
                        None => {}
                    }
                }
                out = fixed;
            }
        }
        if out.is_empty() && self.dicts.is_none() {
            if let Some(a) = self.linear_subject(c) {
                out = self.code_arg(&a);
            }
        }
        // An unknown-country agent duplicating a known one ("---GOV" beside
        // "GONGOV") adds nothing.
        let known: Vec<String> = out.iter().filter(|a| !a.code.starts_with("---")).map(|a| a.code.clone()).collect();
        out.retain(|a| {
            !a.code.starts_with("---") || a.code.len() <= 3 || !known.iter().any(|k| k.ends_with(&a.code[3..]))
        });
        out
    }

    pub(crate) fn run(&self) -> Vec<Event> {
        let ctx_triggers: Vec<usize> = self
            .clauses
            .iter()
            .map(|c| c.predicate)
            .chain(
                (0..self.doc.tokens.len())
                    .filter(|&i| !self.lexicon.rules(TriggerPos::Noun, &self.lemma(i)).is_empty()),
            )
            .collect();
        let ctx = Context::new(self.doc, &ctx_triggers);
        let mut events = Vec::new();
        let mut consumed: Vec<usize> = Vec::new();
        let mut eventful: Vec<usize> = Vec::new();
        let discarded = self.discarded_sentences();
        for (k, c) in self.clauses.iter().enumerate() {
            if consumed.contains(&c.predicate) {
                continue;
            }
            if discarded.as_ref().is_some_and(|d| self.doc.sentence_at(c.span.start).is_none_or(|s| d.contains(&s))) {
                continue;
            }
            let coding = match self.dicts {
                Some(d) => self.dict_coding(d, c),
                None => self.lexicon_coding(c).map(|(coding, _)| coding),
            };
            let Some(coding) = coding else { continue };
            // "called the minister a liar", "called the president to ask":
            // naming or a call with a purpose stated is no phone call.
            if self.dicts.is_none()
                && coding.code == "041"
                && c.lemma == "call"
                && self.kids(c.predicate).iter().any(|&k| {
                    let r = rel(self.doc, k);
                    let time = self.doc.times.iter().any(|t| t.span.contains(self.doc.tokens[k].span));
                    matches!(r, "xcomp" | "iobj" | "ccomp") || matches!(r, "obl:unmarked" | "obl:npmod") && !time
                })
            {
                continue;
            }
            if self.dicts.is_none() && self.natural_cause(c, &coding.code) {
                continue;
            }
            consumed.extend(coding.consumed.iter().copied());
            let mut sources = self.sources(k, &coding);
            if sources.is_empty() && self.dicts.is_none() {
                sources = self.passive_authority(c, &coding.code);
            }
            if sources.is_empty() && self.dicts.is_none() {
                sources = self.reporter_source(c, &coding.code);
            }
            let mut by_site = false;
            if sources.is_empty() && self.dicts.is_none() {
                sources = self.weapon_site_source(c, &coding.code);
                by_site = !sources.is_empty();
            }
            let mut targets = if coding.reciprocal { Vec::new() } else { self.targets(c, &coding) };
            if targets.is_empty() && !coding.reciprocal {
                targets = self.reduced_relative_object(k);
            }
            if targets.is_empty() && self.dicts.is_none() {
                targets = self.announcer_target(c, &sources);
            }
            if targets.is_empty() && self.dicts.is_none() {
                targets = self.complement_subject(c);
            }
            if targets.is_empty() && self.dicts.is_none() {
                targets = self.complement_target(c);
            }
            // Not for reciprocal verbs with a compound subject, whose events
            // run between its members ("met in Riyadh").
            let mutual_subject = (coding.symmetric || coding.reciprocal) && sources.len() >= 2;
            if targets.is_empty() && self.dicts.is_none() && !coding.reciprocal && !mutual_subject {
                targets = self.after_predicate_target(c, &coding, &sources);
            }
            if targets.is_empty() && self.dicts.is_none() {
                targets = self.decision_maker(c, &coding.code, &sources, &events);
            }
            if targets.is_empty() && self.dicts.is_none() {
                targets = domestic_target(&coding.code, &sources);
            }
            // "deported more than 200 people to El Salvador": where the
            // deported are sent is no target of the deportation.
            if self.dicts.is_none() && coding.code == "174" {
                targets.retain(|t| !t.entity.is_some_and(|e| self.named_only_after(c, e, &["to", "into"])));
            }
            // "..., according to the Kenya National Commission on Human
            // Rights": the source of a report is never its target.
            if self.dicts.is_none() {
                targets.retain(|t| !t.entity.is_some_and(|e| self.named_only_after(c, e, &["according to"])));
            }
            // (A country coded for where a bomb went off says nothing of
            // whose the victims are.)
            // "shelled Armenian positions, killing four soldiers": a
            // gerund's victims of no stated country are of the country its
            // governing event was against.
            if self.dicts.is_none() && !targets.is_empty() && targets.iter().all(|t| t.code.starts_with("---")) {
                if let Some(country) = self.governing_target_country(c) {
                    for t in targets.iter_mut() {
                        if t.code.len() > 3 {
                            t.code = format!("{country}{}", &t.code[3..]);
                        }
                    }
                }
            }
            // "called his Philippine counterpart": a counterpart is of the
            // source's own office (a government's, for a minister).
            if self.dicts.is_none()
                && c.patients().iter().any(|a| a.head > c.predicate && self.lemma(a.head) == "counterpart")
            {
                let sector = sources.iter().find_map(|s| s.code.get(3..6).filter(|x| x.len() == 3)).map(str::to_string);
                if let Some(sector) = sector {
                    for t in targets.iter_mut().filter(|t| t.code.len() == 3 && t.code != "IGO" && t.code != "NGO") {
                        t.code = format!("{}{sector}", t.code);
                    }
                }
            }
            if self.dicts.is_none() && !by_site {
                same_country_targets(&mut targets, &sources);
            }
            if self.dicts.is_none() {
                same_country_sources(&mut sources, &targets, &coding.code);
                // "Prisoners rioted at a jail in Dili": a group of no
                // stated country acting in a named place is of that place's
                // country (rebels, soldiers, police and spies excepted: they
                // may come from abroad, "foreign troops killed ... in X").
                if let Some(country) = self.place_country(c) {
                    for a in sources.iter_mut().chain(targets.iter_mut()) {
                        if let Some(sector) = a.code.strip_prefix("---").filter(|s| {
                            !s.is_empty() && !matches!(*s, "REB" | "IGO" | "NGO" | "MIL" | "COP" | "SPY" | "INS")
                        }) {
                            a.code = format!("{country}{sector}");
                        }
                    }
                }
            }
            let chain_idx = self.chain(k);
            let chain: Vec<&Clause> = chain_idx.iter().map(|&g| &self.clauses[g]).collect();
            let (mut mode, mut negated) = context::mode(c, &chain, self.doc);
            // "is due to meet", "is scheduled to visit": a plan.
            let planned_by = c.governor.as_ref().is_some_and(|(g, r)| {
                matches!(r.as_str(), "advcl" | "xcomp")
                    && !self.by_pred.contains_key(g)
                    && PLANNED_ADJ.contains(&self.lemma(*g).as_str())
            });
            if mode == EventMode::Asserted && planned_by && !negated {
                mode = EventMode::Planned;
            }
            // "before workers go on strike", "until Hamas frees the
            // hostages": a present tense after "before" or "until" has not
            // happened yet.
            if mode == EventMode::Asserted && self.dicts.is_none() && self.awaited(c) {
                mode = EventMode::Planned;
            }
            // "X fired ..., the coast guard said in a statement" (the
            // attribution read as a parataxis of "fired"), "..., according
            // to the coast guard": reported.
            if mode == EventMode::Asserted && self.dicts.is_none() && self.attributed(c) {
                mode = EventMode::Reported;
            }
            // "accused the army of shelling a hospital": what an accusation
            // charges is claimed, not asserted by the article.
            if mode == EventMode::Asserted && self.dicts.is_none() && self.accused_content(c, &chain) {
                mode = EventMode::Reported;
            }
            // Date and place pass down to purpose and controlled clauses only.
            let mut inherit: Vec<&Clause> = Vec::new();
            let mut cur = c;
            for g in &chain {
                let purpose = cur.governor.as_ref().is_some_and(|(g, r)| {
                    matches!(r.as_str(), "xcomp" | "advcl") || r == "csubj" && *g < cur.predicate
                });
                if !purpose {
                    break;
                }
                inherit.push(g);
                cur = g;
            }
            let date = ctx
                .own_date(c.predicate)
                .or_else(|| coding.event_obliques.iter().find_map(|&o| ctx.own_date(o)))
                .or_else(|| ctx.setting_date(c))
                .or_else(|| self.object_participle_date(&ctx, c))
                .or_else(|| inherit.iter().find_map(|g| ctx.own_date(g.predicate)))
                .unwrap_or_else(|| context::default_date(self.doc, mode));
            let location = ctx.location(c).or_else(|| inherit.iter().find_map(|g| ctx.location(g)));
            let mut code = coding.code.clone();
            if self.dicts.is_none() && (mode == EventMode::Planned || self.stated_intent(c, &chain)) {
                code = cameo::intent_code(&code);
            }
            // "will not accept", "would not meet": a refusal, stated as fact.
            if self.dicts.is_none() && negated && self.intent_aux(c) {
                if let Some(r) = cameo::refusal_code(&code) {
                    code = r.to_string();
                    mode = EventMode::Asserted;
                    negated = false;
                }
            }
            // Killing and attacking by armed groups and people rather than
            // state forces is assault (18), not military force (19).
            let violence = matches!(c.lemma.as_str(), "kill" | "attack" | "shoot" | "wound" | "murder");
            if self.dicts.is_none()
                && code == "190"
                && violence
                && !sources.is_empty()
                && sources.iter().all(|s| non_state(&s.code))
            {
                code = "180".to_string();
            }
            // Killing or attacking by bombs and blades (suicide and car
            // bombs, explosive devices, machetes) is unconventional violence
            // whoever the actor: a bombing (183) or an assault (180).
            if self.dicts.is_none() && code == "190" && violence {
                let lemmas: Vec<String> = self.doc.tokens_in(c.span).map(|i| self.lemma(i)).collect();
                let has = |ws: &[&str]| lemmas.iter().any(|l| ws.contains(&l.as_str()));
                if has(&["bomb", "bombing", "bomber", "explosive", "suicide"]) {
                    code = "183".to_string();
                } else if has(&["machete", "knife", "axe"]) {
                    code = "180".to_string();
                }
            }
            let mut pairs: Vec<(Option<&Actor>, Option<&Actor>, String)> = Vec::new();
            // Reciprocal events need a reciprocal verb or a coordinated
            // subject ("Gondor and Osgiliath renewed ties").
            let coordinated = self.clause_actors(k).iter().any(|a| rel(self.doc, a.head) == "conj");
            let mutual = coding.symmetric || coding.reciprocal || self.dicts.is_some() && coordinated;
            if targets.is_empty() && mutual && sources.len() >= 2 {
                for s in &sources {
                    for t in &sources {
                        if s.code != t.code {
                            pairs.push((Some(s), Some(t), code.clone()));
                        }
                    }
                }
            } else {
                for s in &sources {
                    for t in &targets {
                        // Same-country events are events too (a government
                        // arresting its citizens); the same entity, or the
                        // same actor ("denied ..., saying its fighters"), is not.
                        let same =
                            s.entity.is_some() && s.entity == t.entity || s.code == t.code && self.dicts.is_some();
                        if !same {
                            pairs.push((Some(s), Some(t), code.clone()));
                            if let Some(r) = &coding.reverse {
                                pairs.push((Some(t), Some(s), r.clone()));
                            }
                        }
                    }
                }
                if self.dicts.is_none() {
                    if targets.is_empty() {
                        for s in &sources {
                            pairs.push((Some(s), None, code.clone()));
                        }
                    }
                    if sources.is_empty() {
                        for t in &targets {
                            pairs.push((None, Some(t), code.clone()));
                        }
                    }
                }
            }
            if !pairs.is_empty() {
                eventful.push(c.predicate);
            }
            for (s, t, code) in pairs {
                events.push(make_event(c.span, coding.trigger, &code, s, t, &date, &location, mode, negated));
            }
        }
        if self.dicts.is_none() {
            self.demand_statements(&ctx, &mut eventful, &mut events);
            self.noun_events(&ctx, &eventful, &mut events);
            self.diplomatic_protests(&mut events);
        }
        // An asserted event dated by its own words to a day after the
        // article's ("called a strike for Friday") has not happened yet:
        // it is planned.
        // So is one during a holiday of several days that starts after
        // it; one told as done during a period still under way happened
        // by the article's day.
        let today = self.doc.article.date.date().to_string();
        for e in &mut events {
            let first = e.date.as_deref().map(|d| d.split_once('/').map_or(d, |(a, _)| a));
            let later = first.is_some_and(|d| d.len() == 10 && d.as_bytes()[4] == b'-' && d > today.as_str());
            if e.mode == EventMode::Asserted && later {
                e.mode = EventMode::Planned;
            }
            if let Some(d) = e.date.as_deref().and_then(|d| context::clipped_period(d, &today, e.mode)) {
                e.date = Some(d);
            }
        }
        events.sort_by_key(|e| (e.span.start, e.trigger.start));
        if self.dicts.is_none() {
            self.scene_places(&ctx, &mut events);
        }
        events.dedup_by(|a, b| {
            a.trigger == b.trigger && a.code == b.code && a.source == b.source && a.target == b.target
        });
        if self.dicts.is_some() {
            // PETRARCH codes each (source, target, code) once per sentence.
            let mut seen = std::collections::HashSet::new();
            events.retain(|e| {
                let sent = self.doc.sentence_at(e.trigger.start);
                seen.insert((sent, e.source.clone(), e.target.clone(), e.code.clone()))
            });
        }
        events
    }

    /// The place of events that name none: the scene of the story so far,
    /// the last place a clause before the event happened in (else the
    /// dateline's city), for events between actors of that place's
    /// country or of no known country ("marched in Santiago ..., and
    /// police said they detained 43 protesters"). Not for planned events
    /// nor for events dated in another year.
    fn scene_places(&self, ctx: &Context, events: &mut [Event]) {
        let country_of_name = |name: &str| {
            self.doc
                .entities
                .iter()
                .find(|e| matches!(e.kind, EntityKind::Gpe | EntityKind::Loc) && e.name == name)
                .and_then(|e| e.country.clone())
        };
        // (position, place, its country, from the dateline)
        let mut marks: Vec<(usize, String, Option<String>, bool)> = Vec::new();
        if let Some((at, name, country)) = self.dateline_place() {
            marks.push((at, name, country, true));
        }
        for c in &self.clauses {
            if let Some(p) = ctx.location(c) {
                let country = country_of_name(&p);
                marks.push((self.doc.tokens[c.predicate].span.start, p, country, false));
            }
        }
        marks.sort_by_key(|m| m.0);
        let text = &self.doc.article.text;
        // Where a blank line starts, once: a place named before one is not
        // of the paragraphs after it.
        let breaks: Vec<usize> =
            text.match_indices('\n').map(|(i, _)| i).filter(|&i| text[i + 1..].starts_with('\n')).collect();
        let year = self.doc.article.date.date().to_string().get(..4).unwrap_or("").to_string();
        // (sentence, source) of each event: a place named in another
        // sentence carries over only to an event of the same doer.
        let doers: Vec<(Option<usize>, String)> =
            events.iter().filter_map(|e| Some((self.doc.sentence_at(e.trigger.start), e.source.clone()?))).collect();
        for e in events.iter_mut() {
            if e.location.is_some() || e.mode == EventMode::Planned {
                continue;
            }
            if !e.date.as_deref().is_some_and(|d| d == "FUTURE_REF" || d.starts_with(&year)) {
                continue;
            }
            // The dateline sets the scene of the whole story; a place named
            // in the text, of its paragraph only.
            let mut scene: Option<(&str, &str, usize, bool)> = None;
            for (at, name, country, dateline) in &marks {
                if *at > e.trigger.start {
                    break;
                }
                let first_break = breaks.partition_point(|&b| b < *at);
                let same_paragraph = breaks.get(first_break).is_none_or(|&b| b + 2 > e.trigger.start);
                if !dateline && !same_paragraph {
                    continue;
                }
                match (country, scene) {
                    (Some(c), _) => scene = Some((name, c, *at, *dateline)),
                    (None, Some((_, c, _, _))) => scene = Some((name, c, *at, *dateline)),
                    (None, None) => {}
                }
            }
            let Some((name, country, at, dateline)) = scene else { continue };
            // An event of no known doer takes a place named in its own
            // sentence only.
            let same_sentence = self.doc.sentence_at(at) == self.doc.sentence_at(e.trigger.start);
            if e.source.is_none() && !same_sentence {
                continue;
            }
            // "Police arrested 41 people in Makassar. President Prabowo
            // ordered the military to act": a place named in an earlier
            // sentence is not the scene of another doer's event.
            // Only a government's own act ("ordered the army"); police
            // using water cannon on the rally named before keep its place.
            let government = e.source.as_ref().is_some_and(|s| s.ends_with("GOV"));
            if !dateline
                && !same_sentence
                && government
                && !doers.iter().any(|(s, src)| *s == self.doc.sentence_at(at) && e.source.as_ref() == Some(src))
            {
                continue;
            }
            let domestic = [&e.source, &e.target]
                .into_iter()
                .flatten()
                .all(|code| code.starts_with("---") || code.get(..3) == Some(country));
            // The dateline's city, only for an event of an actor of its
            // country ("Police said they arrested five" after a LONDON
            // dateline and a story of Nigeria is not in London).
            let of_country = [&e.source, &e.target].into_iter().flatten().any(|code| code.get(..3) == Some(country));
            if domestic && (e.source.is_some() || e.target.is_some()) && (!dateline || of_country) {
                e.location = Some(name.to_string());
            }
        }
    }

    /// "The foreign ministry summoned China's ambassador to protest ...,
    /// and said it would file a diplomatic protest": a government's
    /// protest is no protest against its own country; its target is the
    /// country whose envoy it summoned in that sentence, else none.
    fn diplomatic_protests(&self, events: &mut [Event]) {
        let summons: Vec<(Option<usize>, String, String)> = events
            .iter()
            .filter(|e| self.doc.slice(e.trigger).to_lowercase().starts_with("summon"))
            .filter_map(|e| Some((self.doc.sentence_at(e.trigger.start), e.source.clone()?, e.target.clone()?)))
            .collect();
        for e in events.iter_mut() {
            // ("would file a diplomatic protest": a complaint filed with no
            // one named is one to the country summoned too.)
            let filed =
                e.code == "111" && e.target.is_none() && self.doc.slice(e.trigger).to_lowercase().contains("protest");
            if cameo::root_of(&e.code) != Some(14) && !filed || e.target_entity.is_some() {
                continue;
            }
            let Some(s) = &e.source else { continue };
            let t = match &e.target {
                Some(t) => t.as_str(),
                None => s.get(..3).unwrap_or(""),
            };
            if t.len() != 3 || s.len() < 6 || !s.starts_with(t) || !s[3..].starts_with("GOV") {
                continue;
            }
            let sent = self.doc.sentence_at(e.trigger.start);
            e.target = summons
                .iter()
                .find(|(ss, src, tgt)| *ss == sent && src == s && tgt.get(..3) != Some(t))
                .map(|(_, _, tgt)| tgt.clone());
        }
    }

    /// Whether clause `c` is what an accusation charges: a verb of
    /// accusing above it, or the verb whose object noun it hangs on
    /// ("accused the army of shelling" read with "shelling" as a
    /// participle of "army").
    fn accused_content(&self, c: &Clause, chain: &[&Clause]) -> bool {
        const ACCUSE: &[&str] = &["accuse", "blame", "allege"];
        // (Not a verb conjoined with the accusation: "accused X of spying
        // and moved to expel it" is a second act.)
        let mut below = c;
        for g in chain {
            let conjunct = below.governor.as_ref().is_some_and(|(_, r)| r == "conj");
            if ACCUSE.contains(&g.lemma.as_str()) && !conjunct {
                return true;
            }
            below = g;
        }
        if let Some((g, r)) = &c.governor {
            let on_object = r == "acl"
                && !self.by_pred.contains_key(g)
                && self.doc.tokens[*g].head.is_some_and(|h| ACCUSE.contains(&self.lemma(h as usize).as_str()));
            if on_object {
                return true;
            }
        }
        // However "accused" was parsed: "accused X of shelling", "blamed
        // X for shelling" a few words before in the same sentence.
        let p = c.predicate;
        let sentence = |i: usize| self.doc.sentence_at(self.doc.tokens[i].span.start);
        p > 0
            && matches!(self.word(p - 1).as_str(), "of" | "for")
            && (p.saturating_sub(10)..p - 1).any(|i| {
                sentence(i) == sentence(p) && ["accus", "blam", "alleg"].iter().any(|s| self.word(i).starts_with(s))
            })
    }

    /// Whether clause `c` carries its own attribution after it: a verb of
    /// saying with a subject of its own and no statement of its own hung
    /// on `c`'s predicate after it, set off by a comma ("X fired water
    /// cannon ..., the coast guard said in a statement"), or an "according
    /// to" phrase whose nearest clause is `c`.
    fn attributed(&self, c: &Clause) -> bool {
        let p = c.predicate;
        let trailing_speech = self.sentence_clauses(p).any(|o| {
            o.predicate > p
                && o.governor.as_ref().is_some_and(|(g, r)| *g == p && matches!(r.as_str(), "parataxis" | "advcl"))
                && speech_verb(&o.lemma)
                && o.complements.is_empty()
                && o.subjects.iter().any(|a| !a.inherited && a.head > p)
                && o.subjects.iter().all(|a| {
                    let start = self.doc.tokens.iter().position(|t| t.span.start >= a.span.start).unwrap_or(a.head);
                    start > 0 && self.word(start - 1) == ","
                })
        });
        if trailing_speech {
            return true;
        }
        let n = self.doc.tokens.len();
        (p + 1..n.min(p + 60))
            .take_while(|&i| {
                self.doc.sentence_at(self.doc.tokens[i].span.start)
                    == self.doc.sentence_at(self.doc.tokens[p].span.start)
            })
            .any(|i| {
                if self.word(i) != "according" || self.word(i + 1) != "to" || self.word(i.saturating_sub(1)) != "," {
                    return false;
                }
                // The nearest clause above the phrase is `c`'s.
                let mut cur = self.doc.tokens[i].head.map(|h| h as usize);
                for _ in 0..12 {
                    let Some(h) = cur.filter(|&h| h < n) else { return false };
                    if h == p {
                        return true;
                    }
                    if self.by_pred.contains_key(&h) {
                        return false;
                    }
                    cur = self.doc.tokens[h].head.map(|x| x as usize);
                }
                false
            })
    }

    /// "The EU fined BYD ... China said it opposed the decision": the
    /// doer of the most recent act (no statement, criticism or rejection)
    /// of the two sentences before by an actor of another country than the
    /// critic's, when a criticism or rejection (roots 11, 12) has "the
    /// decision" (move, ruling, fine) as its object.
    fn decision_maker(&self, c: &Clause, code: &str, sources: &[Actor], events: &[Event]) -> Vec<Actor> {
        const DECISION: &[&str] = &["decision", "move", "ruling", "fine", "penalty"];
        if !matches!(cameo::root_of(code), Some(11 | 12)) || sources.is_empty() {
            return Vec::new();
        }
        let definite = c.patients().iter().any(|a| {
            a.head > c.predicate
                && DECISION.contains(&self.lemma(a.head).as_str())
                && self.kids(a.head).iter().any(|&k| rel(self.doc, k) == "det" && self.word(k) == "the")
                && self.kids(a.head).len() == 1
        });
        let Some(sent) = self.doc.sentence_at(self.doc.tokens[c.predicate].span.start) else { return Vec::new() };
        if !definite || sent == 0 {
            return Vec::new();
        }
        // The most recent act of another country's actor in the two
        // sentences before: not a statement, criticism or rejection (a
        // reaction is no decision), not one negated.
        let country = |x: &str| x.get(..3).map(str::to_string);
        let prev = events
            .iter()
            .filter(|e| {
                self.doc.sentence_at(e.trigger.start).is_some_and(|s| s < sent && s + 2 >= sent)
                    && e.mode != EventMode::Negated
                    && !matches!(cameo::root_of(&e.code), Some(1 | 11 | 12))
                    && e.source.as_deref().is_some_and(|d| {
                        !d.starts_with("---") && !sources.iter().any(|s| country(&s.code) == country(d))
                    })
            })
            .max_by_key(|e| e.trigger.start);
        let Some(prev) = prev else { return Vec::new() };
        let Some(doer) = prev.source.clone() else { return Vec::new() };
        vec![Actor { code: doer, entity: prev.source_entity }]
    }

    /// The city of a wire dateline ("SANTIAGO, Oct 14 (Reuters) -"), with
    /// its position and country.
    fn dateline_place(&self) -> Option<(usize, String, Option<String>)> {
        for s in self.doc.sentences.iter().take(3) {
            let toks: Vec<usize> = s.tokens.clone().collect();
            let words: Vec<&str> = toks.iter().map(|&t| self.doc.slice(self.doc.tokens[t].span)).collect();
            if dateline_syntax::dateline_prefix(&words).is_none() {
                continue;
            }
            // The place ends at its comma, or at the agency's parenthesis
            // in a dateline without one ("WASHINGTON (AP) -").
            let comma = words.iter().position(|w| *w == "," || *w == "(")?;
            let name = words[..comma]
                .iter()
                .map(|w| {
                    let lower = w.to_lowercase();
                    let mut ch = lower.chars();
                    ch.next().map(|f| f.to_uppercase().chain(ch).collect::<String>()).unwrap_or_default()
                })
                .collect::<Vec<_>>()
                .join(" ");
            let first = *toks.first()?;
            let country = self
                .actors
                .entity_at(first)
                .and_then(|id| self.doc.entity(id))
                .filter(|e| matches!(e.kind, EntityKind::Gpe | EntityKind::Loc))
                .and_then(|e| e.country.clone());
            return Some((self.doc.tokens[first].span.start, name, country));
        }
        None
    }

    /// The one country the targets of the event a gerund adverbial hangs
    /// on belong to ("shelled Armenian positions, killing ...").
    fn governing_target_country(&self, c: &Clause) -> Option<String> {
        let (g, r) = c.governor.as_ref()?;
        if r != "advcl" || xpos_of(self.doc, c.predicate) != "VBG" {
            return None;
        }
        let gc = &self.clauses[*self.by_pred.get(g)?];
        let (coding, _) = self.lexicon_coding(gc)?;
        let gt = self.targets(gc, &coding);
        sole_country(&gt).map(str::to_string)
    }

    /// "said that China must drop barriers": a statement that another actor
    /// must or should act is a demand (CAMEO 10) on that actor.
    fn demand_statements(&self, ctx: &Context, eventful: &mut Vec<usize>, events: &mut Vec<Event>) {
        const STATEMENT: &[&str] = &[
            "say",
            "declare",
            "reiterate",
            "conclude",
            "state",
            "insist",
            "tell",
            "add",
            "announce",
            "stress",
            "argue",
            "write",
        ];
        for (k, c) in self.clauses.iter().enumerate() {
            if eventful.contains(&c.predicate) || !STATEMENT.contains(&c.lemma.as_str()) || c.negated() {
                continue;
            }
            for &x in &c.complements {
                let Some(&xk) = self.by_pred.get(&x) else { continue };
                let xc = &self.clauses[xk];
                if xc.modality != dateline_syntax::Modality::Obligation || xc.negated() {
                    continue;
                }
                let sources = self.sources(k, &self.plain_coding());
                let mut targets: Vec<Actor> = Vec::new();
                for a in xc.subjects.iter().filter(|a| !a.inherited) {
                    targets.extend(self.code_arg(a));
                }
                let Some(s) = sources.first() else { continue };
                let date =
                    ctx.own_date(c.predicate).unwrap_or_else(|| context::default_date(self.doc, EventMode::Asserted));
                let trigger = self.doc.tokens[c.predicate].span;
                let location = ctx.location(c);
                if targets.is_empty() {
                    events.push(make_event(
                        c.span,
                        trigger,
                        "100",
                        Some(s),
                        None,
                        &date,
                        &location,
                        EventMode::Asserted,
                        false,
                    ));
                }
                for t in targets.iter().filter(|t| t.code != s.code) {
                    events.push(make_event(
                        c.span,
                        trigger,
                        "100",
                        Some(s),
                        Some(t),
                        &date,
                        &location,
                        EventMode::Asserted,
                        false,
                    ));
                }
                eventful.push(c.predicate);
                break;
            }
        }
    }

    fn plain_coding(&self) -> Coding {
        Coding {
            code: String::new(),
            reverse: None,
            symmetric: false,
            target_preps: DEFAULT_TARGET_PREPS.iter().map(|s| s.to_string()).collect(),
            object_not_target: false,
            trigger: Span::new(0, 0),
            source_slot: None,
            target_slot: None,
            consumed: Vec::new(),
            event_obliques: Vec::new(),
            reciprocal: false,
        }
    }

    /// "blocked roads leading to the port on Thursday morning": a day the
    /// parse hung on a subjectless participle (a reduced relative)
    /// modifying the object dates the verb that has no day of its own.
    fn object_participle_date(&self, ctx: &Context, c: &Clause) -> Option<String> {
        let heads: Vec<usize> = c.patients().iter().map(|a| a.head).collect();
        self.sentence_clauses(c.predicate).find_map(|g| {
            let on_object = g.governor.as_ref().is_some_and(|(h, r)| r == "acl" && heads.contains(h));
            let participle = matches!(xpos_of(self.doc, g.predicate), "VBG" | "VBN");
            (on_object && participle && g.subjects.is_empty()).then(|| ctx.own_date(g.predicate)).flatten()
        })
    }

    /// "kept its rate unchanged for the fourth meeting in a row", "a third
    /// straight session": an event noun counted as one of a series of
    /// occasions measures time; it is no event of its own.
    fn counted_occasion(&self, i: usize) -> bool {
        const ORDINAL: &[&str] = &[
            "second",
            "third",
            "fourth",
            "fifth",
            "sixth",
            "seventh",
            "eighth",
            "ninth",
            "tenth",
            "eleventh",
            "twelfth",
            "consecutive",
            "straight",
            "successive",
            "last",
            "previous",
        ];
        let toks = &self.doc.tokens;
        let word = |k: usize| self.word(k);
        let ordinal = self.kids(i).iter().any(|&m| {
            ORDINAL.contains(&word(m).as_str()) || xpos_of(self.doc, m) == "CD" && rel(self.doc, m) != "nummod"
        }) || i > 0
            && (word(i - 1).ends_with("th") && toks[i - 1].upos == Some(Upos::ADJ)
                || ORDINAL.contains(&word(i - 1).as_str()));
        let in_a_row = i + 3 < toks.len() && word(i + 1) == "in" && word(i + 2) == "a" && word(i + 3) == "row";
        let mut j = i;
        while j > 0 && matches!(toks[j - 1].upos, Some(Upos::ADJ | Upos::DET | Upos::NUM)) {
            j -= 1;
        }
        let after_for = j > 0 && word(j - 1) == "for";
        ordinal && (in_a_row || after_for) || in_a_row && after_for
    }

    /// "the treaty covers attacks on Philippine vessels", "the ban applies
    /// to strikes on ports": an event noun naming what a rule, treaty or
    /// law covers is a kind of event, none that happened.
    fn scope_of_coverage(&self, i: usize) -> bool {
        const SCOPE: &[&str] = &["cover", "include", "encompass", "apply", "extend", "define", "exclude", "govern"];
        let Some(h) = self.doc.tokens[i].head.map(|h| h as usize) else { return false };
        let r = rel(self.doc, i);
        (r == "obj" || r.starts_with("obl")) && SCOPE.contains(&self.lemma(h).as_str())
    }

    /// The planning predicate and its complement of starting when noun `i`
    /// is the subject of "are scheduled/set/due/expected to resume|begin|
    /// start|take place" ("Talks ... are scheduled to resume"), or the
    /// predicate twice when it is "scheduled/set/due for" a time ("the
    /// meeting is scheduled for Jan. 27").
    fn scheduled_start(&self, i: usize) -> Option<(usize, usize)> {
        const START: &[&str] = &["resume", "begin", "start", "take", "open", "continue", "convene", "reconvene"];
        if !rel(self.doc, i).starts_with("nsubj") {
            return None;
        }
        let plan = self.doc.tokens[i].head.map(|h| h as usize)?;
        let lemma = self.lemma(plan);
        if !PLANNED_ADJ.contains(&lemma.as_str()) && !matches!(lemma.as_str(), "schedule" | "slate" | "expect") {
            return None;
        }
        // "The bank's next policy meeting is scheduled for Jan. 27": a
        // plan with a time and no complement of starting is its own start.
        let timed = || {
            self.kids(plan).iter().copied().find(|&x| {
                x > plan
                    && rel(self.doc, x).starts_with("obl")
                    && self.kids(x).iter().any(|&c| rel(self.doc, c) == "case" && self.lemma(c) == "for")
                    && self.doc.times.iter().any(|t| t.span.contains(self.doc.tokens[x].span))
            })
        };
        let start = self
            .kids(plan)
            .iter()
            .copied()
            .find(|&x| rel(self.doc, x) == "xcomp" && START.contains(&self.lemma(x).as_str()) && x > plan)
            .or_else(|| (lemma != "expect").then(timed).flatten().map(|_| plan))?;
        if self.lemma(start) == "take" && !self.kids(start).iter().any(|&k| self.lemma(k) == "place") {
            return None;
        }
        Some((plan, start))
    }

    fn noun_events(&self, ctx: &Context, eventful: &[usize], events: &mut Vec<Event>) {
        for i in 0..self.doc.tokens.len() {
            let t = &self.doc.tokens[i];
            if !matches!(t.upos, Some(Upos::NOUN)) {
                continue;
            }
            let lemma = self.lemma(i);
            let rules = self.lexicon.rules(TriggerPos::Noun, &lemma);
            if rules.is_empty() {
                continue;
            }
            if t.head.is_some_and(|h| eventful.contains(&(h as usize))) {
                continue;
            }
            // A noun already inside a verb event's trigger ("reduced aid").
            if events.iter().any(|e| e.trigger.contains(t.span)) {
                continue;
            }
            if self.counted_occasion(i) || self.scope_of_coverage(i) {
                continue;
            }
            // "breaching state-aid rules", "the sanctions law": an event
            // noun naming the kind of a rule is no event.
            const RULES: &[&str] = &["rule", "law", "regulation", "regime", "guideline", "legislation", "bill"];
            let of_rule = t.head.map(|h| h as usize).is_some_and(|h| h > i && RULES.contains(&self.lemma(h).as_str()));
            if rel(self.doc, i) == "compound" && of_rule {
                continue;
            }
            let mut f = Features::default();
            let mut sources = Vec::new();
            let mut target_heads: Vec<(String, usize)> = Vec::new();
            for &m in self.kids(i) {
                let r = rel(self.doc, m);
                match r {
                    "amod" | "compound" | "nmod:poss" => {
                        f.modifiers.push(self.lemma(m));
                        // "a general strike", "military assistance": a
                        // common adjective describes the event, it names
                        // no doer (unlike "Russian invasion").
                        let common_adj = r == "amod"
                            && self.doc.tokens[m].upos == Some(Upos::ADJ)
                            && self.doc.slice(self.doc.tokens[m].span).chars().next().is_some_and(char::is_lowercase);
                        if common_adj {
                            continue;
                        }
                        let a = self.code_token(m);
                        if !a.is_empty() && sources.is_empty() {
                            sources = a;
                        }
                    }
                    _ if r.starts_with("nmod") => {
                        if let Some(p) = self.prep_of(m) {
                            f.preps.push(p.clone());
                            if p == "by" {
                                sources = self.with_conjuncts(m).into_iter().flat_map(|x| self.code_token(x)).collect();
                            } else {
                                target_heads.push((p, m));
                            }
                        }
                    }
                    _ => {}
                }
            }
            let Some(rule) = f.best(rules).filter(|r| !r.codes_nothing()) else { continue };
            // "denied blocking aid convoys", "threatened to stop
            // negotiations": aid or talks that are blocked, looted or
            // stopped are no cooperation of the one who stops them.
            let cooperative = cameo::root_of(&rule.code).is_some_and(|r| (3..=8).contains(&r));
            if cooperative && sources.is_empty() && self.obstructed(i) {
                continue;
            }
            let own_source = !sources.is_empty();
            if sources.is_empty() {
                sources = self.light_verb_subject(i);
            }
            let mut targets = Vec::new();
            let mut between = false;
            for (p, m) in &target_heads {
                if rule.target_preps.contains(p) {
                    between = p == "between";
                    targets = self.with_conjuncts(*m).into_iter().flat_map(|x| self.code_token(x)).collect();
                    // "of air links with Serbia": a phrase naming no actor
                    // leaves the next one its chance.
                    if !targets.is_empty() {
                        break;
                    }
                }
            }
            // One level down: "a suspension of air links with Serbia".
            if targets.is_empty() {
                'nested: for (_, m) in &target_heads {
                    for &k in self.kids(*m) {
                        let r = rel(self.doc, k);
                        if !r.starts_with("nmod") || r.ends_with("poss") {
                            continue;
                        }
                        if self.prep_of(k).is_some_and(|p| rule.target_preps.contains(&p)) {
                            targets = self.with_conjuncts(k).into_iter().flat_map(|x| self.code_token(x)).collect();
                            if !targets.is_empty() {
                                break 'nested;
                            }
                        }
                    }
                }
            }
            // "sped up the withdrawal of its troops from Mali" with "from
            // Mali" hung on the verb: the light verb's phrases after the
            // noun are the noun's.
            if targets.is_empty() && rel(self.doc, i) == "obj" {
                let verb = t.head.map(|h| h as usize).and_then(|h| self.by_pred.get(&h).map(|&k| &self.clauses[k]));
                for o in verb.map(|c| c.obliques.as_slice()).unwrap_or(&[]) {
                    if o.head < i || !o.prep.is_some_and(|p| rule.target_preps.contains(&self.word(p))) {
                        continue;
                    }
                    targets = self.with_conjuncts(o.head).into_iter().flat_map(|x| self.code_token(x)).collect();
                    if !targets.is_empty() {
                        break;
                    }
                }
            }
            targets.retain(|t| !sources.iter().any(|s| s.code == t.code));
            // "which have hosted earlier rounds of talks": a noun inside the
            // object of a verb event, with no participants of its own, is
            // part of that event, not a second one.
            if !own_source && targets.is_empty() && self.inside_event_object(i, eventful) {
                continue;
            }
            // "opposition parties in Nepal organized a general strike": an
            // internal action named by a noun is, like its verb, against the
            // doers' own country when no target is stated.
            if targets.is_empty() && !between {
                targets = domestic_target(&rule.code, &sources);
            }
            let mut pairs: Vec<(Option<&Actor>, Option<&Actor>)> = Vec::new();
            if rule.symmetric && sources.is_empty() && between && targets.len() >= 2 {
                for s in &targets {
                    for o in &targets {
                        if s.code != o.code {
                            pairs.push((Some(s), Some(o)));
                        }
                    }
                }
            } else if !sources.is_empty() && !targets.is_empty() {
                for s in &sources {
                    for o in &targets {
                        if s.code != o.code {
                            pairs.push((Some(s), Some(o)));
                        }
                    }
                }
            } else if !sources.is_empty() {
                pairs.extend(sources.iter().map(|s| (Some(s), None)));
            } else {
                pairs.extend(targets.iter().map(|o| (None, Some(o))));
            }
            let mut mode = EventMode::Asserted;
            let mut code = rule.code.clone();
            let mut location = None;
            let mut date = ctx.own_date(i);
            // "Talks between ... are scheduled to resume in Beijing on Dec.
            // 3": the subject of a plan to start is planned, dated and
            // placed by that clause.
            if let Some((plan, start)) = self.scheduled_start(i) {
                mode = EventMode::Planned;
                code = cameo::intent_code(&code);
                let clause = |p: usize| self.by_pred.get(&p).map(|&k| &self.clauses[k]);
                date = date
                    .or_else(|| ctx.own_date(start))
                    .or_else(|| ctx.own_date(plan))
                    .or_else(|| clause(start).and_then(|c| ctx.setting_date(c)));
                location =
                    clause(start).and_then(|c| ctx.location(c)).or_else(|| clause(plan).and_then(|c| ctx.location(c)));
            }
            let date = date.unwrap_or_else(|| context::default_date(self.doc, mode));
            let span = self.np_span(i);
            let span = Span::new(span.start.min(t.span.start), span.end.max(t.span.end));
            for (s, o) in pairs {
                events.push(make_event(span, t.span, &code, s, o, &date, &location, mode, false));
            }
        }
    }
}

impl Coder<'_> {
    /// True when noun `i` lies in the object of a predicate that made an
    /// event ("hosted earlier rounds of talks").
    fn inside_event_object(&self, i: usize, eventful: &[usize]) -> bool {
        let mut h = i;
        let mut via_obj = false;
        for _ in 0..4 {
            let r = rel(self.doc, h);
            if !matches!(r, "obj" | "nmod" | "compound" | "conj") {
                return false;
            }
            via_obj |= r == "obj";
            let Some(up) = self.doc.tokens.get(h).and_then(|t| t.head).map(|x| x as usize) else { return false };
            if up == h || up >= self.doc.tokens.len() {
                return false;
            }
            if eventful.contains(&up) {
                return via_obj;
            }
            h = up;
        }
        false
    }

    /// True when noun `noun` lies in the object of a verb of stopping or
    /// attacking ("blocking aid convoys", "looted aid").
    fn obstructed(&self, noun: usize) -> bool {
        const OBSTRUCT: &[&str] = &[
            "block", "obstruct", "hinder", "impede", "prevent", "halt", "stop", "restrict", "loot", "hijack", "ambush",
            "attack", "seize", "steal", "divert",
        ];
        self.object_verb(noun).is_some_and(|v| OBSTRUCT.contains(&self.lemma(v).as_str()))
    }

    /// The verb whose object holds noun `noun`, up through compounds,
    /// noun modifiers and conjuncts (at most three steps): "aid" in
    /// "blocking aid convoys", "withdrawal" in "speeded up the withdrawal".
    fn object_verb(&self, noun: usize) -> Option<usize> {
        let mut h = noun;
        for _ in 0..3 {
            let r = rel(self.doc, h);
            let up = self.doc.tokens.get(h).and_then(|t| t.head).map(|x| x as usize)?;
            if up == h || up >= self.doc.tokens.len() {
                return None;
            }
            if r == "obj" {
                return Some(up);
            }
            if !matches!(r, "compound" | "nmod" | "conj") {
                return None;
            }
            h = up;
        }
        None
    }

    /// The doer of an event noun that is the object of a light verb ("the
    /// United States speeded up the withdrawal", "students staged
    /// demonstrations", "launched a mediation effort"): the actors of that
    /// verb's clause.
    fn light_verb_subject(&self, noun: usize) -> Vec<Actor> {
        let Some(&k) = self.object_verb(noun).and_then(|up| self.by_pred.get(&up)) else { return Vec::new() };
        let mut out: Vec<Actor> = Vec::new();
        for a in self.clause_actors(k) {
            for x in self.code_arg(&a) {
                if !out.contains(&x) {
                    out.push(x);
                }
            }
        }
        out
    }
}

/// How many conjuncts the phrase of `i` has (itself included).
fn conj_count(coder: &Coder, i: usize) -> usize {
    coder.with_conjuncts(i).len()
}

/// Verbs of speech (`context::SPEECH`) and of denial, warning or promise:
/// a subject pronoun in their complement may stand for the speaker.
fn speech_verb(lemma: &str) -> bool {
    const MORE: &[&str] = &[
        "deny",
        "warn",
        "declare",
        "promise",
        "pledge",
        "vow",
        "threaten",
        "reiterate",
        "stress",
        "acknowledge",
        "admit",
    ];
    context::SPEECH.contains(&lemma) || MORE.contains(&lemma)
}

/// Adjectives that control an infinitive with their subject ("is due to
/// meet", "is likely to visit").
const CONTROL_ADJ: &[&str] = &[
    "due",
    "expected",
    "set",
    "scheduled",
    "slated",
    "poised",
    "likely",
    "unlikely",
    "able",
    "unable",
    "ready",
    "willing",
    "unwilling",
    "eager",
    "keen",
    "prepared",
    "determined",
    "reluctant",
    "happy",
    "glad",
    "anxious",
    "quick",
    "free",
    "careful",
    "committed",
    "bound",
    "sure",
    "certain",
    "intent",
    "desperate",
    "afraid",
];

/// Of those, the ones that state a plan.
const PLANNED_ADJ: &[&str] = &["due", "set", "scheduled", "slated", "poised"];

/// Nouns naming a statement or act, with their verb ("the announcement"
/// is what was announced).
const NOMINALIZATIONS: &[(&str, &str)] = &[
    ("announcement", "announce"),
    ("decision", "decide"),
    ("proposal", "propose"),
    ("statement", "state"),
    ("declaration", "declare"),
    ("offer", "offer"),
    ("pledge", "pledge"),
    ("promise", "promise"),
];

/// The generic people of a group ("its fighters", "their members").
const GROUP_MEMBERS: &[&str] =
    &["fighter", "force", "forces", "member", "supporter", "man", "men", "troop", "unit", "militiaman", "militiamen"];

/// Nouns of the one who heads or speaks for an organization ("its leader").
const ORG_HEADS: &[&str] =
    &["leader", "chief", "head", "chairman", "chairwoman", "spokesman", "spokeswoman", "spokesperson"];

/// Nouns of a relation between organizations ("its coalition partner,
/// the Green Left party").
const RELATIONAL_NOUNS: &[&str] = &["partner", "ally", "rival", "wing", "affiliate"];

/// Nouns of an organization a name is put on ("the Green Left party").
const ORG_NOUNS: &[&str] =
    &["party", "movement", "group", "front", "alliance", "union", "bloc", "faction", "militia", "organization"];

/// Nouns of one person ("the minister said he").
const PERSON_NOUNS: &[&str] = &[
    "president",
    "minister",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "leader",
    "chief",
    "official",
    "secretary",
    "ambassador",
    "envoy",
    "chairman",
    "governor",
    "premier",
    "king",
    "general",
    "commander",
    "director",
    "head",
    "mayor",
    "senator",
    "lawmaker",
    "prosecutor",
    "judge",
    "man",
    "woman",
];

/// Base forms a past participle or past tense can come from when the
/// lemmatizer gave none: "retaken" -> retake, "shelled" -> shell,
/// "stopped" -> stop, "denied" -> deny, "seized" -> seize.
fn participle_stems(word: &str) -> Vec<String> {
    let mut out = Vec::new();
    if let Some(b) = word.strip_suffix("en") {
        out.push(format!("{b}e"));
        out.push(b.to_string());
    }
    if let Some(b) = word.strip_suffix("ied") {
        out.push(format!("{b}y"));
    }
    if let Some(b) = word.strip_suffix("ed") {
        out.push(b.to_string());
        out.push(format!("{b}e"));
        let mut cs = b.chars().rev();
        if let (Some(x), Some(y)) = (cs.next(), cs.next()) {
            if x == y {
                out.push(b[..b.len() - x.len_utf8()].to_string());
            }
        }
    }
    out
}

/// Irregular past tenses that are never nouns, with their verbs, for a
/// tagger that read one as a noun after a noun ("army fought").
const IRREGULAR_PAST: &[(&str, &str)] = &[
    ("fought", "fight"),
    ("struck", "strike"),
    ("met", "meet"),
    ("sought", "seek"),
    ("withdrew", "withdraw"),
    ("overran", "overrun"),
    ("threw", "throw"),
    ("stole", "steal"),
    ("gave", "give"),
    ("sent", "send"),
    ("held", "hold"),
    ("fled", "flee"),
    ("took", "take"),
    ("broke", "break"),
];

/// Participles whose agent is a third party to the noun they modify ("a
/// truce brokered by Egypt", "talks mediated by Qatar").
const MEDIATION: &[&str] = &["broker", "mediate", "facilitate"];

/// Participles whose agent is a third party only to peace talks ("talks
/// hosted by Qatar", "a truce negotiated by Egypt"), not to a proposal or
/// a meeting rejected or attacked ("a ceasefire proposal sponsored by
/// Washington", "struck a meeting hosted by Hezbollah": the agent is the
/// target).
const PEACE_MEDIATION: &[&str] =
    &["arrange", "host", "sponsor", "guarantee", "negotiate", "oversee", "supervise", "monitor"];

/// Nouns of peace talks for [`PEACE_MEDIATION`].
const PEACE_TALKS: &[&str] =
    &["truce", "ceasefire", "cease-fire", "talks", "talk", "negotiation", "deal", "agreement", "accord", "armistice"];

/// Main verbs that reject or attack what the participle's noun names.
const REJECT_OR_ATTACK: &[&str] = &[
    "reject",
    "refuse",
    "dismiss",
    "denounce",
    "condemn",
    "criticize",
    "criticise",
    "oppose",
    "attack",
    "strike",
    "hit",
    "bomb",
    "shell",
    "raid",
    "target",
    "storm",
    "boycott",
    "scrap",
    "abandon",
    "violate",
    "break",
];

/// Per token: true for a mediation participle modifying a noun that has an
/// agent ("a ceasefire brokered by Moscow"), and for the tokens of that
/// agent. Participles of [`PEACE_MEDIATION`] count only on a noun of
/// [`PEACE_TALKS`] whose verb above does not reject or attack it.
fn mediator_tokens(doc: &Document, clauses: &[Clause]) -> Vec<bool> {
    let n = doc.tokens.len();
    let lemma = |i: usize| {
        doc.tokens
            .get(i)
            .map(|t| t.lemma.clone().unwrap_or_else(|| doc.slice(t.span).to_string()).to_lowercase())
            .unwrap_or_default()
    };
    let mut out = vec![false; n];
    for c in clauses {
        let Some((noun, r)) = c.governor.as_ref() else { continue };
        if !r.starts_with("acl") || c.agents.is_empty() {
            continue;
        }
        let lem = c.lemma.as_str();
        let ok = MEDIATION.contains(&lem)
            || PEACE_MEDIATION.contains(&lem) && PEACE_TALKS.contains(&lemma(*noun).as_str()) && {
                // The verb the noun hangs on (through "of", conjuncts...).
                let mut v = doc.tokens.get(*noun).and_then(|t| t.head).map(|h| h as usize);
                let mut steps = 0;
                while let Some(h) = v.filter(|&h| h < n && doc.tokens[h].upos != Some(Upos::VERB) && steps < 4) {
                    v = doc.tokens[h].head.map(|x| x as usize);
                    steps += 1;
                }
                !v.filter(|&h| h < n).is_some_and(|h| REJECT_OR_ATTACK.contains(&lemma(h).as_str()))
            };
        if !ok {
            continue;
        }
        if let Some(x) = out.get_mut(c.predicate) {
            *x = true;
        }
        for a in &c.agents {
            for (i, t) in doc.tokens.iter().enumerate() {
                if a.span.contains(t.span) {
                    out[i] = true;
                }
            }
        }
    }
    out
}

/// Weapons and blasts that can be the grammatical doer of violence ("a
/// roadside bomb killed", "were killed by an improvised explosive device").
const WEAPONS: &[&str] = &[
    "bomb",
    "bombing",
    "blast",
    "explosion",
    "device",
    "mine",
    "landmine",
    "minefield",
    "shell",
    "rocket",
    "missile",
    "grenade",
    "mortar",
    "ied",
];

/// Collective and partitive nouns whose actor is the phrase after "of".
const PARTITIVE: &[&str] = &[
    "group",
    "member",
    "number",
    "part",
    "third",
    "half",
    "majority",
    "minority",
    "handful",
    "band",
    "contingent",
    "patch",
    "hundred",
    "thousand",
    "dozen",
    "score",
    "some",
    "one",
    "two",
    "three",
    "many",
    "most",
    "all",
    "rest",
    "team",
    "unit",
    "faction",
    "wing",
];

/// A targeted repair of a known parse failure: "Red Cross officials
/// suspended aid deliveries", "Israeli helicopters and tanks shelled
/// positions" read as one noun phrase with the past-tense verb as a
/// participle modifier, so the sentence has no clause before it. When such
/// a trigger verb follows a noun and no clause with a subject precedes it
/// in its sentence, it gets a clause of its own from the surface: the words
/// before it (from the sentence start or the last comma or preposition) as
/// subject, the words after it up to a preposition, comma or verb as object.
fn verbless_repairs(doc: &Document, clauses: &[Clause], lexicon: &Lexicon) -> Vec<Clause> {
    let mut out = Vec::new();
    let n = doc.tokens.len();
    // Which tokens are predicates, and which predicates have an actor: one
    // pass over the clauses instead of one per candidate word (quadratic on
    // long articles).
    let (mut predicate, mut with_actor) = (vec![false; n], Vec::new());
    for c in clauses.iter().filter(|c| c.predicate < n) {
        predicate[c.predicate] = true;
        if !c.actors().is_empty() {
            with_actor.push(c.predicate);
        }
    }
    with_actor.sort_unstable();
    for s in &doc.sentences {
        let (a, b) = (s.tokens.start, s.tokens.end.min(n));
        for i in a + 1..b.saturating_sub(1) {
            let t = &doc.tokens[i];
            let verb = t.upos == Some(Upos::VERB) && matches!(t.xpos.as_deref(), Some("VBD" | "VBN"));
            // "shelled" tagged as an adjective: its verb lemma.
            let word = doc.slice(t.span).to_lowercase();
            let adj_ed = t.upos == Some(Upos::ADJ) && word.ends_with("ed");
            // "The army fought rebels" read as the noun phrase "army
            // fought": an irregular past tense that is no noun.
            let noun_past = (t.upos == Some(Upos::NOUN))
                .then(|| IRREGULAR_PAST.iter().find(|(w, _)| *w == word).map(|(_, l)| *l))
                .flatten();
            if !verb && !adj_ed && noun_past.is_none() {
                continue;
            }
            let root_ok = noun_past.is_some() && rel(doc, i) == "root";
            if !root_ok && !matches!(rel(doc, i), "amod" | "compound" | "conj" | "nmod" | "dep") {
                continue;
            }
            if predicate.get(i) == Some(&true) {
                continue;
            }
            // A clause with a subject before it means the parse found the
            // sentence's verb; this is then a real participle.
            if with_actor.get(with_actor.partition_point(|&p| p < a)).is_some_and(|&p| p < i) {
                break;
            }
            let lemma = if let Some(l) = noun_past {
                l.to_string()
            } else if verb {
                t.lemma.clone().unwrap_or_else(|| word.clone()).to_lowercase()
            } else {
                let stem = word.strip_suffix("ed").unwrap_or(&word);
                let undoubled = stem
                    .get(..stem.len().saturating_sub(1))
                    .filter(|x| stem.len() > 3 && x.chars().last() == stem.chars().last());
                let e_form = format!("{stem}e");
                let cands = [Some(stem), undoubled, Some(e_form.as_str())];
                let found = cands.into_iter().flatten().find(|c| !lexicon.rules(TriggerPos::Verb, c).is_empty());
                match found {
                    Some(l) => l.to_string(),
                    None => continue,
                }
            };
            if lexicon.rules(TriggerPos::Verb, &lemma).is_empty() {
                continue;
            }
            let prev = &doc.tokens[i - 1];
            if !matches!(prev.upos, Some(Upos::NOUN | Upos::PROPN)) {
                continue;
            }
            let stop = |k: usize| {
                let u = doc.tokens[k].upos;
                matches!(u, Some(Upos::ADP | Upos::PUNCT | Upos::VERB | Upos::AUX | Upos::SCONJ))
            };
            let mut start = i - 1;
            while start > a && !stop(start - 1) {
                start -= 1;
            }
            // "The United Nations on Tuesday reduced aid": a time phrase
            // between the subject and the verb is skipped.
            let in_time = |k: usize| doc.times.iter().any(|t| t.span.contains(doc.tokens[k].span));
            let mut head = i - 1;
            if (start..i).all(in_time) && start > a + 1 && doc.tokens[start - 1].upos == Some(Upos::ADP) {
                let h = start - 2;
                if matches!(doc.tokens[h].upos, Some(Upos::NOUN | Upos::PROPN)) {
                    head = h;
                    start = h;
                    while start > a && !stop(start - 1) {
                        start -= 1;
                    }
                }
            }
            let mut end = i + 1;
            while end < b && !stop(end) {
                end += 1;
            }
            let subject = Arg {
                head,
                span: Span::new(doc.tokens[start].span.start, doc.tokens[head].span.end),
                qualifier: None,
                inherited: false,
            };
            let mut objects = Vec::new();
            if end > i + 1 {
                let last = end - 1;
                if matches!(doc.tokens[last].upos, Some(Upos::NOUN | Upos::PROPN)) {
                    objects.push(Arg {
                        head: last,
                        span: Span::new(doc.tokens[i + 1].span.start, doc.tokens[last].span.end),
                        qualifier: None,
                        inherited: false,
                    });
                }
            }
            let last_tok = b.saturating_sub(1).max(i);
            // "Chinese coast guard vessels fired water cannon at ..., the
            // Philippine military said": the speech verb the parse gave this
            // clause's subject (as one of several subjects) reports it.
            let governor = clauses
                .iter()
                .find(|c| {
                    c.predicate > i
                        && c.predicate < b
                        && speech_verb(&c.lemma)
                        && c.subjects.len() > 1
                        && c.subjects.iter().any(|s| s.head == head)
                })
                .map(|c| (c.predicate, "ccomp".to_string()));
            out.push(Clause {
                predicate: i,
                lemma,
                span: Span::new(doc.tokens[start].span.start, doc.tokens[last_tok].span.end),
                subjects: vec![subject],
                agents: Vec::new(),
                objects,
                complements: Vec::new(),
                obliques: Vec::new(),
                auxiliaries: Vec::new(),
                negation: None,
                voice: dateline_syntax::Voice::Active,
                tense: dateline_syntax::Tense::Past,
                perfect: false,
                progressive: false,
                modality: dateline_syntax::Modality::Asserted,
                modality_cue: None,
                governor,
            });
            break;
        }
    }
    out
}

/// "X said on Wednesday it would close three hatcheries, blaming a new
/// tax": a participle of saying or blaming set off by a comma after a
/// reported clause, hung by the parse on that clause's verb, is said by the
/// speaker: its governor becomes the verb of saying, whose subject, time and
/// mode it then shares (not the "would" clause's).
fn speaker_participle_repairs(doc: &Document, clauses: &mut [Clause]) {
    const STANCE: &[&str] = &[
        "blame",
        "accuse",
        "cite",
        "criticize",
        "criticise",
        "praise",
        "condemn",
        "warn",
        "say",
        "add",
        "note",
        "argue",
        "insist",
        "claim",
        "complain",
        "describe",
        "call",
    ];
    let mut moves = Vec::new();
    for (k, c) in clauses.iter().enumerate() {
        let p = c.predicate;
        if xpos_of(doc, p) != "VBG" || !c.subjects.is_empty() || !STANCE.contains(&c.lemma.as_str()) {
            continue;
        }
        if p == 0 || doc.slice(doc.tokens[p - 1].span) != "," {
            continue;
        }
        let Some((g, r)) = &c.governor else { continue };
        if r != "advcl" || *g > p {
            continue;
        }
        let Some(gc) = clauses.iter().find(|x| x.predicate == *g) else { continue };
        let Some((s, sr)) = &gc.governor else { continue };
        if sr != "ccomp" || *s > *g {
            continue;
        }
        if clauses.iter().any(|x| x.predicate == *s && speech_verb(&x.lemma)) {
            moves.push((k, *s));
        }
    }
    for (k, s) in moves {
        clauses[k].governor = Some((s, "advcl".to_string()));
    }
}

/// "stopped aid to Kyiv and paused intelligence sharing" read with
/// "paused" as an adjective of "intelligence", a second object of
/// "stopped": a trigger verb right after "and" or a comma, hung as a
/// modifier on a noun conjoined with a clause's object, is a conjoined
/// predicate. It gets a clause with that noun as its object and the
/// subject, auxiliaries and tense of the first predicate, and the noun is
/// no longer the first predicate's object.
fn conjoined_modifier_repairs(doc: &Document, children: &[Vec<usize>], clauses: &mut Vec<Clause>, lexicon: &Lexicon) {
    let n = doc.tokens.len();
    let head = |i: usize| doc.tokens.get(i).and_then(|t| t.head).map(|h| h as usize).filter(|&h| h < n);
    let mut out = Vec::new();
    let mut predicate = vec![false; n];
    for c in clauses.iter().filter(|c| c.predicate < n) {
        predicate[c.predicate] = true;
    }
    for i in 1..n {
        let t = &doc.tokens[i];
        if t.upos != Some(Upos::VERB) || !matches!(t.xpos.as_deref(), Some("VBD" | "VBN")) || rel(doc, i) != "amod" {
            continue;
        }
        if predicate.get(i) == Some(&true) {
            continue;
        }
        let Some(h) = head(i).filter(|&h| h > i && rel(doc, h) == "conj") else { continue };
        let joined = matches!(doc.slice(doc.tokens[i - 1].span).to_lowercase().as_str(), "and" | "or" | ",");
        let Some(g) = head(h).filter(|_| joined) else { continue };
        let Some(k) = clauses.iter().position(|c| c.objects.iter().any(|a| a.head == g)) else { continue };
        let word = doc.slice(t.span).to_lowercase();
        let mut lemmas = vec![t.lemma.clone().unwrap_or_else(|| word.clone()).to_lowercase()];
        lemmas.extend(participle_stems(&word));
        let Some(lemma) = lemmas.into_iter().find(|l| !lexicon.rules(TriggerPos::Verb, l).is_empty()) else {
            continue;
        };
        // The noun's phrase after the verb, its own clauses included.
        let mut end = doc.tokens[h].span.end;
        let mut stack = vec![h];
        let mut seen = 0;
        while let Some(x) = stack.pop() {
            seen += 1;
            if seen > n {
                break;
            }
            for &c in children.get(x).map_or(&[][..], Vec::as_slice) {
                end = end.max(doc.tokens[c].span.end);
                stack.push(c);
            }
        }
        let first = clauses[k].clone();
        clauses[k].objects.retain(|a| a.head != h);
        out.push(Clause {
            predicate: i,
            lemma,
            span: Span::new(t.span.start, end),
            subjects: first.subjects.iter().map(|a| Arg { inherited: true, ..a.clone() }).collect(),
            agents: Vec::new(),
            objects: vec![Arg {
                head: h,
                span: Span::new(doc.tokens[i + 1].span.start, doc.tokens[h].span.end),
                qualifier: None,
                inherited: false,
            }],
            complements: Vec::new(),
            obliques: Vec::new(),
            auxiliaries: first.auxiliaries.clone(),
            negation: first.negation,
            voice: dateline_syntax::Voice::Active,
            tense: first.tense,
            perfect: first.perfect,
            progressive: first.progressive,
            modality: first.modality,
            modality_cue: first.modality_cue,
            governor: Some((first.predicate, "conj".to_string())),
        });
    }
    clauses.extend(out);
}

/// The one country of these actors' codes, when they name exactly one.
fn sole_country(actors: &[Actor]) -> Option<&str> {
    let mut countries = actors.iter().filter_map(|a| country_of(&a.code));
    let c = countries.next()?;
    countries.all(|x| x == c).then_some(c)
}

/// A target group of no stated country ("accused rebels of", "accepted
/// demands from Shona rebels") acted on by a state actor is, as in CAMEO's
/// coding of domestic events, of the source's country: SDNGOV -> SDNREB.
fn same_country_targets(targets: &mut [Actor], sources: &[Actor]) {
    let Some(c) = sole_country(sources) else { return };
    for t in targets.iter_mut() {
        if let Some(rest) = t.code.strip_prefix("---") {
            let code = format!("{c}{rest}");
            // Not into the source itself ("Azerbaijani forces ... killing
            // four soldiers" are not Azerbaijan's soldiers).
            if !rest.is_empty() && !sources.iter().any(|s| s.code == code) {
                t.code = code;
            }
        }
    }
}

/// Coercion (a curfew, a state of siege, arrests) by state agents of no
/// stated country ("the military government of President Prosper Avril
/// declared a state of siege in Haiti") is, as CAMEO codes domestic
/// events, by the state of its one target country: ---GOV -> HTIGOV.
fn same_country_sources(sources: &mut [Actor], targets: &[Actor], code: &str) {
    if cameo::root_of(code) != Some(17) {
        return;
    }
    let Some(c) = sole_country(targets) else { return };
    for s in sources.iter_mut() {
        if let Some(rest) = s.code.strip_prefix("---") {
            if matches!(rest, "GOV" | "MIL" | "COP" | "JUD" | "LEG") {
                s.code = format!("{c}{rest}");
            }
        }
    }
}

/// The country part of an actor code (`SDN` of `SDNGOV`), not IGO, NGO or
/// unknown.
fn country_of(code: &str) -> Option<&str> {
    let c = code.get(..3)?;
    let upper = c.chars().all(|ch| ch.is_ascii_uppercase());
    (upper && !matches!(c, "IGO" | "NGO" | "IMG" | "MNC")).then_some(c)
}

/// An actor code of a non-state armed or civilian group (---REB, PSEREB,
/// IRQCVL), as opposed to a state, its government or its forces.
fn non_state(code: &str) -> bool {
    let sector = code.get(3..6).unwrap_or("");
    code.starts_with("---") && sector != "MIL" && sector != "GOV" || matches!(sector, "REB" | "CVL" | "OPP" | "CRM")
}

/// CAMEO codes internal actions (yielding, protest, coercion) with no
/// stated target against the source's own country.
fn domestic_target(code: &str, sources: &[Actor]) -> Vec<Actor> {
    if !matches!(cameo::root_of(code), Some(8 | 14 | 17)) {
        return Vec::new();
    }
    let mut out: Vec<Actor> = Vec::new();
    for s in sources {
        let c = s.code.get(..3).unwrap_or("");
        if c.chars().all(|ch| ch.is_ascii_uppercase()) && c.len() == 3 && c != "IGO" && c != "NGO" && c != "---" {
            let a = Actor { code: c.to_string(), entity: None };
            // A protest is against the protesters' own country even when
            // they are coded by their country alone ("Iraqi Kurds" = IRQ).
            if !out.contains(&a) && (a.code != s.code || cameo::root_of(code) == Some(14)) {
                out.push(a);
            }
        }
    }
    out
}

#[allow(clippy::too_many_arguments)]
fn make_event(
    span: Span,
    trigger: Span,
    code: &str,
    source: Option<&Actor>,
    target: Option<&Actor>,
    date: &str,
    location: &Option<String>,
    mode: EventMode,
    negated: bool,
) -> Event {
    let info = cameo::lookup(code);
    let root = info.as_ref().map(|i| i.root).or_else(|| code.get(..2).and_then(|r| r.parse().ok())).unwrap_or(0);
    Event {
        span,
        trigger,
        code: code.to_string(),
        root,
        quad: info.as_ref().map(|i| i.quad).unwrap_or_else(|| cameo::quad_of_root(root)),
        goldstein: info.as_ref().map_or(0.0, |i| i.goldstein),
        plover: info.as_ref().and_then(|i| i.plover.clone()),
        plover_mode: info.as_ref().and_then(|i| i.plover_mode.clone()),
        source: source.map(|a| a.code.clone()),
        target: target.map(|a| a.code.clone()),
        source_entity: source.and_then(|a| a.entity),
        target_entity: target.and_then(|a| a.entity),
        date: Some(date.to_string()),
        location: location.clone(),
        mode,
        negated,
    }
}

/// Subjects that make a violent verb no event between actors: natural
/// causes, illness and accidents (lemmas).
const NATURAL_CAUSES: &[&str] = &[
    "drought",
    "flood",
    "flooding",
    "storm",
    "hurricane",
    "cyclone",
    "typhoon",
    "tornado",
    "earthquake",
    "quake",
    "tsunami",
    "landslide",
    "mudslide",
    "avalanche",
    "wildfire",
    "bushfire",
    "heatwave",
    "heat",
    "cold",
    "frost",
    "snow",
    "rain",
    "lightning",
    "eruption",
    "famine",
    "hunger",
    "starvation",
    "disease",
    "illness",
    "virus",
    "epidemic",
    "pandemic",
    "cholera",
    "outbreak",
    "infection",
    "dengue",
    "mpox",
    "plague",
    "blaze",
    "blizzard",
    "malaria",
    "measles",
    "ebola",
    "covid",
    "influenza",
    "flu",
    "cancer",
    "accident",
    "derailment",
    "weather",
];

#[cfg(test)]
mod tests {
    use super::participle_stems;

    #[test]
    fn participle_base_forms() {
        assert!(participle_stems("retaken").contains(&"retake".to_string()));
        assert!(participle_stems("stopped").contains(&"stop".to_string()));
        assert!(participle_stems("denied").contains(&"deny".to_string()));
        assert!(participle_stems("seized").contains(&"seize".to_string()));
        assert!(participle_stems("meet").is_empty());
    }
}
