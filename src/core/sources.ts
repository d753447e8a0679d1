// From a noun phrase (a token range) to a Source: the most specific name, its kind and role,
// resolved against the people and organisations met earlier in the article.

import type { SourceKind } from "./model.ts";
import type { Token } from "./tokens.ts";
import { Coref, NUMBERED_UNITS, capRuns, genderOf, isNameToken, isOrgName, isTitleWord, looksLikePersonName, splitTitles, type Entity } from "./coref.ts";
import {
  ANON_HEADS, DETERMINERS, ORG_WORDS, PLACE_NAMES, DOC_HEADS, GROUP_HEADS, ORG_HEADS, PARTY_NAME, PERSON_ROLE_HEADS, PERSON_TITLES, PREPOSITIONS, namesOrganisation, IRREGULAR_PARTICIPLES,
} from "./lexicon.ts";

export interface NPSource {
  name: string;
  kind: SourceKind;
  role: string | null;
  /** the phrase was a pronoun or a bare noun ("she", "the company") that could not be resolved */
  unresolved: boolean;
  entity: Entity | null;
  /** the phrase is a document or data ("the report", "X's analysis", "a study by Y") */
  doc?: boolean;
}

export interface NPContext {
  text: string;
  toks: Token[];
  coref: Coref;
  sentence: number;
  /** the speaker of the quotation this phrase stands in, for "I"/"we" inside quotes */
  quoteSpeaker?: NPSource | null;
}

const slice = (c: NPContext, a: number, b: number) => c.text.slice(c.toks[a]!.start, c.toks[b - 1]!.end);

/** Strips leading determiners/prepositions and trailing punctuation from [a, b). */
function trim(c: NPContext, a: number, b: number): [number, number] {
  while (b > a && !c.toks[b - 1]!.word) b--;
  while (a < b && (!c.toks[a]!.word && c.toks[a]!.lo !== "'s")) a++;
  return [a, b];
}

function stripThe(c: NPContext, a: number, b: number): number {
  const t = c.toks[a];
  if (t && (t.lo === "the" || t.lo === "a" || t.lo === "an") && b - a > 1) return a + 1;
  return a;
}

/** Where the main clause starts after a short opening phrase and its comma ("Within hours, …", "On Tuesday, …"); else 0. */
function introEnd(toks: Token[]): number {
  if (!toks[0]?.word || !(PREPOSITIONS.has(toks[0].lo) || /^(?:later|earlier|meanwhile|separately|yesterday|today)$/.test(toks[0].lo))) return 0;
  for (let k = 1; k < toks.length && k <= 5; k++) if (toks[k]!.t === ",") return k + 1;
  return 0;
}

/** The proper name (one to three capitalised words) that opens the sentence as its subject: "Dravonia lost …". */
function openingName(c: NPContext): string | null {
  const toks = c.toks;
  let k = 0;
  while (k < toks.length && k < 3 && toks[k]!.word && toks[k]!.cap && !DETERMINERS.has(toks[k]!.lo)) k++;
  if (k === 0 || !toks[k]?.word || toks[k]!.cap || toks[k]!.lo === "'s") return null;
  return c.text.slice(toks[0]!.start, toks[k - 1]!.end);
}

/** The organisation opening the sentence ("The ombudsman recovered …", "Fenland Water said …"), if one does. */
function subjectOrg(c: NPContext, s0 = 0): NPSource | null {
  const toks = c.toks;
  let k = toks[s0]?.lo === "the" ? s0 + 1 : s0;
  const from = k;
  while (k < toks.length && k < from + 5 && toks[k]!.word && (toks[k]!.cap || ORG_HEADS.has(toks[k]!.lo) || PERSON_ROLE_HEADS.has(toks[k]!.lo))) k++;
  if (k === from || k >= toks.length) return null;
  const src = sourceOfPhrase(c, s0, k, false);
  // (an office named by its title, "The ombudsman", is one too)
  return src && (src.kind === "organization" || (src.kind === "person" && !src.entity && from === s0 + 1 && k === s0 + 2)) ? src : null;
}

/**
 * Resolves the phrase toks[a, b) to a source, or null when it is not something that can speak
 * (a plain common noun outside the lexicons, a date, a place word). `loose` accepts unknown nouns
 * as people/groups (for the unambiguous verbs said/told/wrote).
 */
export function sourceOfPhrase(c: NPContext, a0: number, b0: number, loose = false): NPSource | null {
  const [a, b] = trim(c, a0, b0);
  if (b <= a) return null;
  const toks = c.toks;
  const first = toks[a]!;

  // "One of them said", "One of the nurses said": one person out of a group named or just mentioned
  // ("One of them, a 68-year-old retired bus driver …, said": the apposition names the one)
  const ofWhom = first.lo === "one" && toks[a + 1]?.lo === "of" ? toks[a + 2]?.lo ?? "" : "";
  const ofPronoun = ofWhom === "them" || ofWhom === "those";
  if (first.word && ofWhom && b - a >= 3 && b - a <= 6 && toks[b]?.t !== "," &&
    (ofPronoun || ((ofWhom === "the" || ofWhom === "its" || ofWhom === "their") && b - a >= 4 && (GROUP_HEADS.has(toks[b - 1]!.lo) || pluralRole(toks[b - 1]!.lo))))) {
    // ("… one of them said" after "Two staff in the booking office … said": a member of that group speaks for it)
    if (ofPronoun) {
      const ent = c.coref.resolvePlural(c.sentence);
      if (ent && (ent.kind === "group" || ent.kind === "anonymous")) return { name: ent.name, kind: ent.kind, role: ent.role, unresolved: false, entity: ent };
    }
    return { name: slice(c, a, b), kind: "person", role: null, unresolved: false, entity: null };
  }
  if (b - a === 1 && first.word) {
    const p = first.lo;
    if (p === "he" || p === "she") {
      const ent = c.coref.resolvePerson(p === "he" ? "m" : "f", c.sentence);
      if (ent) {
        if (!ent.gender) ent.gender = p === "he" ? "m" : "f";
        return { name: ent.name, kind: "person", role: ent.role, unresolved: false, entity: ent };
      }
      return { name: first.t, kind: "person", role: null, unresolved: true, entity: null };
    }
    if (p === "they") {
      // ("The examination reports … tell a different story. They show that …": the records just cited)
      const doc = a === 0 ? c.coref.pluralDocJustBefore(c.sentence) : undefined;
      if (doc) return { name: doc, kind: "document", role: null, unresolved: false, entity: null, doc: true };
      const ent = c.coref.resolvePlural(c.sentence);
      if (ent) return { name: ent.name, kind: ent.kind, role: ent.role, unresolved: false, entity: ent };
      return { name: first.t, kind: "group", role: null, unresolved: true, entity: null };
    }
    if (p === "it") {
      // ("The review said 41 players had left …. It estimated that about one in five injuries …": the document just cited)
      const doc = a === 0 ? c.coref.singularDocJustBefore(c.sentence) : undefined;
      if (doc) return { name: doc, kind: "document", role: null, unresolved: false, entity: null, doc: true };
      // "The trust has been allocated £6.2m …, and it said": later in its sentence, the organisation it opened with
      // (only "The <organisation noun>" or a name already known as one: "Rents rose …, it added" is no organisation)
      // ("Within hours, the Whitlock campaign released its own survey, which it said showed …": after an opening phrase)
      const s0 = introEnd(toks);
      const opensWithOrg = a > s0 + 2 && ((toks[s0]!.lo === "the" && (ORG_HEADS.has(toks[s0 + 1]?.lo ?? "") || (!!toks[s0 + 1]?.cap && ORG_HEADS.has(toks[s0 + 2]?.lo ?? "")))) || c.coref.lookupName(toks[s0]!.t)?.kind === "organization");
      const subject = opensWithOrg ? subjectOrg(c, s0) : null;
      if (subject) return subject;
      const ent = c.coref.resolveOrg(null, c.sentence);
      if (ent) return { name: ent.name, kind: ent.kind, role: ent.role, unresolved: false, entity: ent };
      return null;
    }
    if (p === "i" || p === "we" || p === "you") return c.quoteSpeaker ?? null;
    // ("Two Kerbline workers … said crews had been told …. One said his crew had logged 30 repairs": one of them)
    if (p === "one" && a === 0) {
      const ent = c.coref.resolvePlural(c.sentence);
      if (ent && (ent.kind === "group" || ent.kind === "anonymous")) {
        const of = ent.name.replace(/^(?:Two|Three|Four|Five|Six|Several|Some|Many)\b/, (w) => w.toLowerCase());
        return { name: `one of ${of}`, kind: ent.kind === "anonymous" ? "anonymous" : "person", role: null, unresolved: false, entity: null };
      }
      return null;
    }
  }
  // "The 67-year-old said": the person just written about
  if (b - a === 2 && first.lo === "the" && AGE_NOUN.test(toks[a + 1]!.lo)) {
    const ent = c.coref.resolvePerson(null, c.sentence);
    if (ent) return { name: ent.name, kind: "person", role: ent.role, unresolved: false, entity: ent };
  }

  // ("The same images show …", "According to the same data": the document last cited under that name)
  if (b - a === 3 && first.lo === "the" && toks[a + 1]!.lo === "same" && DOC_HEADS.has(toks[a + 2]!.lo)) {
    const doc = c.coref.sameDocument(toks[a + 2]!.lo, c.sentence);
    if (doc) return { name: doc, kind: "document", role: null, unresolved: false, entity: null, doc: true };
  }

  // Split off a prepositional tail ("sources within the armed forces", "a report by X"), except
  // inside a proper name ("Chief of the General Staff", "Bank of England").
  let p = -1;
  for (let i = a + 1; i < b; i++) {
    const t = toks[i]!;
    const prev = toks[i - 1]!;
    // "a person close to the talks"
    if (!t.word || !(PREPOSITIONS.has(t.lo) || (t.lo === "to" && (prev.lo === "close" || prev.lo === "aides" || prev.lo === "aide" || prev.lo === "advisers" || prev.lo === "adviser")))) continue;
    let next = toks[i + 1];
    // ("The Under Secretary": a title's first word, not a preposition)
    if (t.t === "Under" && next?.cap && PERSON_ROLE_HEADS.has(next.lo)) continue;
    if (next && next.lo === "the") next = toks[i + 2];
    // "Bank of England", "Chief of the General Staff" are names; "Danielle Ward of the Voting Rights Project" is not
    // ("Joint Committee on Taxation", "Office for Budget Responsibility": "on" and "for" too)
    if ((t.lo === "of" || ((t.lo === "on" || t.lo === "for") && toks[i + 1]?.cap)) && prev.cap && next && next.cap && OF_NAME_HEADS.has(prev.lo)) continue;
    p = i;
    break;
  }
  const headEnd = p < 0 ? b : p;
  let wholeEnd = b;

  // Possessive: "Vanner's sources", "Zakharova's remarks", "the ministry's spokesperson".
  let poss = -1;
  for (let i = a; i < headEnd; i++) if (toks[i]!.lo === "'s") poss = i;
  if (poss > a && poss + 1 < headEnd) {
    const possessed = lastWord(toks, poss + 1, headEnd);
    if (possessed && !possessed.cap) {
      if (DOC_HEADS.has(possessed.lo)) {
        const owner = sourceOfPhrase(c, a, poss, true);
        // "Mr. Pritchard's financial disclosure report … lists": the document speaks, named with its owner
        // ("Pritchard’s financial disclosure report"), as "its annual report" is
        // ("Zakharova's remarks", "her statement": the person's own words, still the person)
        if (owner && owner.kind !== "document" && owner.kind !== "anonymous" && owner.kind !== "group" && !OWN_WORDS.has(possessed.lo)) {
          const w = ownerWord(owner);
          // ("Meridian Airlines’ annual reports")
          return { name: `${w}${/s$/.test(w) ? "’" : "’s"} ${slice(c, poss + 1, wholeEnd)}`, kind: "document", role: null, unresolved: false, entity: owner.entity ?? null, doc: true };
        }
        // ("The officers' report assumes …": a group's document is the document)
        if (owner && owner.kind !== "group") return { ...owner, doc: true };
        return { name: slice(c, stripThe(c, a, wholeEnd), wholeEnd), kind: "document", role: null, unresolved: false, entity: null, doc: true };
      }
      if (ANON_HEADS.has(possessed.lo) || GROUP_HEADS.has(possessed.lo)) {
        const kind: SourceKind = possessed.lo.startsWith("source") || possessed.lo.startsWith("insider") ? "anonymous" : "group";
        return { name: slice(c, stripThe(c, a, wholeEnd), wholeEnd), kind, role: null, unresolved: false, entity: null };
      }
      if (PERSON_ROLE_HEADS.has(possessed.lo)) {
        return { name: slice(c, stripThe(c, a, wholeEnd), wholeEnd), kind: "person", role: null, unresolved: false, entity: null };
      }
      if (ORG_HEADS.has(possessed.lo)) {
        return { name: slice(c, stripThe(c, a, wholeEnd), wholeEnd), kind: "organization", role: null, unresolved: false, entity: null };
      }
    }
  }

  // The head noun: the last word of the head part, or the last one the lexicons know
  // ("Economists polled", "an internal memo obtained").
  let headIdx = -1;
  for (let i = headEnd - 1; i >= a; i--) {
    const t = toks[i]!;
    if (!t.word) continue;
    // ("Amalgamated Transit Union Local 1187": a numbered branch ends the name, its number no head)
    if (/^\d+$/.test(t.t) && i > a && toks[i - 1]!.cap && NUMBERED_UNITS.has(toks[i - 1]!.lo)) continue;
    // "A Des Moines Register poll published Sunday": a time word after the head is not the head
    if (TIME_TAIL.has(t.lo) && i > a) continue;
    // "two people familiar with her plans": the adjective after the head is not the head
    if (POSTNOMINAL.has(t.lo) && i > a) continue;
    if (headIdx < 0) headIdx = i;
    if (isNameToken(t) || knownHead(t.lo)) { headIdx = i; break; }
    if (!/(?:ed|en)$/.test(t.lo) && !IRREGULAR_PARTICIPLES.has(t.lo)) break;
  }
  if (headIdx < 0) return null;
  const head = toks[headIdx]!;
  if (p < 0) wholeEnd = headIdx + 1;

  // A proper name heads the phrase (a capitalised common noun opening the sentence does not).
  const commonAtStart = head.cap && head.start === 0 && knownHead(head.lo);
  // ("Loretta V. Banks": a surname that is also a plural noun, after a given name or an initial)
  if (isNameToken(head) && !commonAtStart) {
    const runs = capRuns(toks, a, headIdx + 1);
    let run = runs[runs.length - 1];
    if (!run) return null;
    // "the Federation of Small Businesses", "Mereland Federation of Trade Unions": an institution's name
    // runs across its "of"
    let r = runs.length - 1;
    while (r > 0 && run.from >= 2 && (toks[run.from - 1]!.lo === "of" || (/^(?:on|for)$/.test(toks[run.from - 1]!.lo) && toks[run.from - 2]!.lo !== "attorney")) && runs[r - 1]!.to === run.from - 1 && ORG_HEADS.has(toks[run.from - 2]!.lo)) {
      run = { from: runs[r - 1]!.from, to: run.to };
      r--;
    }
    const institution = r < runs.length - 1;
    if (!GROUP_HEADS.has(head.lo) || personBeforeHead(toks, a, headIdx) || institution) return named(c, run.from, run.to, a, loose);
  }

  const lo = head.lo;
  const det = toks[a]!.lo;
  const definite = det === "the" || det === "this" || det === "that";
  const indefinite = det === "a" || det === "an" || det === "one" || det === "another";
  // "the company", "the ministry"; "the California-based company", "the Copenhagen-based firm": where it is based adds no name
  const bare = p < 0 && (headIdx - a <= 1 || (headIdx - a === 2 && /-(?:based|headquartered)$/.test(toks[a + 1]!.lo)));

  if (!DOC_HEADS.has(lo) && knownHead(lo) && headIdx > a && /^(?:its|their|his|her)$/.test(det)) {
    // "Her campaign", "his lawyers", "its spokesperson": named after the owner
    const owner = det === "its" ? c.coref.resolveOrg(null, c.sentence) : det === "their" ? c.coref.resolvePlural(c.sentence) : c.coref.resolvePerson(det === "his" ? "m" : "f", c.sentence);
    if (owner) {
      const kind: SourceKind = ORG_HEADS.has(lo) ? "organization" : GROUP_HEADS.has(lo) ? "group" : ANON_HEADS.has(lo) && lo.startsWith("source") ? "anonymous" : "person";
      // "his campaign said" is how news names it: "the Haverford campaign"
      const surname = lo === "campaign" && headIdx === a + 1 && det !== "its" && det !== "their" ? surnameOf(owner.name) : null;
      if (surname) return { name: `the ${surname} campaign`, kind, role: null, unresolved: false, entity: null };
      return { name: `${ownerWord(owner)}’s ${slice(c, a + 1, wholeEnd)}`, kind, role: null, unresolved: false, entity: null };
    }
    // ("Dravonia lost two patrol boats …, its defence ministry said": a country or body no one has named as a
    // speaker yet, opening the sentence, owns it)
    const opener = det === "its" && ORG_HEADS.has(lo) && a > 2 ? openingName(c) : null;
    if (opener) return { name: `${opener}’s ${slice(c, a + 1, wholeEnd)}`, kind: "organization", role: null, unresolved: false, entity: null };
  }
  if (DOC_HEADS.has(lo) && headIdx > a && /^(?:its|their|his|her)$/.test(det)) {
    // "Its data showed", "their analysis found": the owner's document, named with its owner so that a
    // reader sees both ("Castellan’s annual report")
    // ("The ombudsman recovered A$532m …, according to its annual report": the sentence's own subject)
    const subject = det === "its" && a > 2 ? subjectOrg(c) : null;
    const entity = subject ? subject.entity : det === "its" ? c.coref.resolveOrg(null, c.sentence) : det === "their" ? c.coref.resolvePlural(c.sentence) : c.coref.resolvePerson(det === "his" ? "m" : "f", c.sentence);
    const owner = subject ?? entity;
    if (owner) {
      return { name: `${ownerWord(owner)}’s ${slice(c, a + 1, wholeEnd)}`, kind: "document", role: null, unresolved: false, entity: entity ?? null, doc: true };
    }
  }
  if (DOC_HEADS.has(lo)) {
    const handled = HANDLED.has(toks[headIdx + 1]?.lo ?? "");
    // ("An analysis of her Federal Election Commission report by Michigan Campaign Watch": the "by" after what it is of)
    let byAt = p;
    // ("A poll of 812 likely voters published yesterday by The Kansas City Star": a participle's agent is no author of it)
    if (p >= 0 && /^(?:of|into)$/.test(toks[p]!.lo)) {
      for (let i = p + 1; i < b - 1; i++) {
        if (/(?:ed|en)$/.test(toks[i]!.lo)) break;
        if (toks[i]!.lo === "by") { byAt = i; break; }
      }
    }
    // "figures published by the North Vale Hospitals Trust", "a poll published yesterday by The Saginaw
    // Ledger": the document named with its publisher (a later "the poll" is this one)
    const participle = toks[headIdx + 1]?.lo ?? "";
    // ("figures published on Tuesday by the statistics office", "an analysis published the same afternoon by …":
    // the participle's agent past a time)
    if ((/(?:ed|en)$/.test(participle) || IRREGULAR_PARTICIPLES.has(participle)) && toks[byAt]?.lo !== "by") {
      const by = byWithin(toks, headIdx + 2, Math.min(b - 1, headIdx + 8));
      if (by >= 0) byAt = by;
    }
    if (byAt > headIdx + 1 && toks[byAt]!.lo === "by" && (/(?:ed|en)$/.test(participle) || IRREGULAR_PARTICIPLES.has(participle)) && !handled) {
      const name = slice(c, stripThe(c, a, b), b);
      if (!definite) c.coref.addDoc(name, lo, c.sentence, true);
      return { name, kind: "document", role: null, unresolved: false, entity: null, doc: true };
    }
    // ("An internal E.P.A. memorandum from last year": a time, not an author)
    // ("Internal documents from the Stanmore Tobacco Company show": papers that came from a company, not its word)
    const leaked = toks[byAt]?.lo === "from" && LEAKED_HEADS.has(lo);
    if (byAt >= 0 && !leaked && (toks[byAt]!.lo === "by" || toks[byAt]!.lo === "from") && !handled && !TIME_TAIL.has(toks[byAt + 1]?.lo ?? "")) {
      // a document by a named author speaks for the author ("a report by Christoph Vanner")
      const author = sourceOfPhrase(c, byAt + 1, b, true);
      // ("readings from a stream gauge": a thing, not an author)
      if (author && author.kind !== "document" && !/\s\p{Ll}+$/u.test(author.name)) return { ...author, doc: true };
    }
    if (p >= 0 && toks[p]!.lo === "in") {
      // "projections in the paper"
      const inner = sourceOfPhrase(c, p + 1, b, false);
      if (inner && inner.doc) return inner;
    }
    if (definite && (bare || toks[p]?.lo === "of")) {
      // "the poll", "The survey of 1,204 likely voters" → the named poll introduced earlier
      // (a sample, "of 605 likely voters", names the poll just reported, named or not)
      const sample = !bare && /^\d/.test(toks[p + 1]?.t ?? "");
      const ent = c.coref.resolveDoc(lo, c.sentence, !bare && !sample);
      if (ent) return { name: ent.name, kind: ent.kind, role: ent.role, unresolved: false, entity: ent, doc: true };
    }
    const name = slice(c, stripThe(c, a, wholeEnd), wholeEnd);
    if (!definite && !/^(?:its|their|his|her|this|these|those)$/.test(det)) c.coref.addDoc(name, lo, c.sentence, hasCap(toks, a, headIdx));
    return { name, kind: "document", role: null, unresolved: false, entity: null, doc: true };
  }
  if (ANON_HEADS.has(lo) && definite && (bare || (headIdx - a === 2 && toks[a + 1]!.lo === "same"))) {
    // "The official said …" after "a senior Pentagon official, who spoke on condition of anonymity"
    const earlier = c.coref.resolveAnon(lo, c.sentence);
    if (earlier) return { name: earlier, kind: "anonymous", role: null, unresolved: false, entity: null };
  }
  if (ANON_HEADS.has(lo) && (indefinite || lo.startsWith("source") || lo.startsWith("insider") || hasWord(toks, a, b, "familiar") || hasWord(toks, a, b, "close") || hasWord(toks, a, b, "anonymity"))) {
    const name = slice(c, stripThe(c, a, wholeEnd), wholeEnd);
    c.coref.addAnon(name, lo, c.sentence);
    return { name, kind: "anonymous", role: null, unresolved: false, entity: null };
  }
  // ("Two supervisors who received the memo", "Several adjusters": a counted plural of a role)
  if (GROUP_HEADS.has(lo) || (pluralRole(lo) && headIdx > a && (DETERMINERS.has(toks[a]!.lo) || /^\d/.test(toks[a]!.t)))) {
    return { name: slice(c, stripThe(c, a, wholeEnd), wholeEnd), kind: "group", role: null, unresolved: false, entity: null };
  }
  if (ORG_HEADS.has(lo)) {
    if ((definite || det === "its") && bare) {
      const ent = c.coref.resolveOrg(lo, c.sentence);
      if (ent) {
        ent.aliases.add(lo);
        return { name: ent.name, kind: "organization", role: ent.role, unresolved: false, entity: ent };
      }
    }
    return { name: slice(c, stripThe(c, a, wholeEnd), wholeEnd), kind: "organization", role: null, unresolved: definite && bare, entity: null };
  }
  // "A senior party figure, who spoke on condition of anonymity, claimed": a person, not a number
  if ((lo === "figure" || lo === "figures") && headIdx > a && FIGURE_PERSON_MODS.has(toks[headIdx - 1]!.lo)) {
    return { name: slice(c, stripThe(c, a, wholeEnd), wholeEnd), kind: lo === "figure" ? "person" : "group", role: null, unresolved: false, entity: null };
  }
  if (PERSON_ROLE_HEADS.has(lo)) {
    // "a department spokesman said": the department met earlier speaks through him
    // ("A Pentagon spokesman who asked not to be named" stays an unnamed person: only a common noun is resolved)
    if (SPOKES_HEADS.has(lo) && headIdx === a + 2 && (indefinite || definite) && !toks[a + 1]!.cap && ORG_HEADS.has(toks[a + 1]!.lo)) {
      const org = c.coref.resolveOrg(toks[a + 1]!.lo, c.sentence);
      if (org) return { name: org.name, kind: "organization", role: null, unresolved: false, entity: org };
    }
    // ("The Republican governor warned": a party word does not make the title anyone new)
    const partisan = headIdx - a === 2 && /^(?:republican|democratic|democrat|independent|conservative|labour|liberal)$/.test(toks[a + 1]!.lo);
    if (definite && (bare || partisan)) {
      const ent = c.coref.resolveRole(lo, c.sentence) ?? (PROTAGONIST_ROLES.has(lo) ? c.coref.protagonist() : undefined);
      if (ent) return { name: ent.name, kind: "person", role: ent.role, unresolved: false, entity: ent };
    }
    // "a spokeswoman for the regulator", "A Corvane spokesman": the organisation speaking through them
    const speaksFor = SPOKES_HEADS.has(lo) && ((p >= 0 && toks[p]!.lo === "for") || (headIdx > a && toks[headIdx - 1]!.cap && toks[headIdx - 1]!.word));
    return { name: slice(c, stripThe(c, a, wholeEnd), wholeEnd), kind: speaksFor ? "organization" : "person", role: null, unresolved: definite && bare, entity: null };
  }
  if (loose && !DETERMINERS.has(lo) && /^\p{L}/u.test(lo)) {
    const plural = lo.endsWith("s") && !lo.endsWith("ss");
    return { name: slice(c, stripThe(c, a, wholeEnd), wholeEnd), kind: plural ? "group" : "person", role: null, unresolved: false, entity: null };
  }
  return null;
}

const SPOKES_HEADS = new Set(["spokesman", "spokeswoman", "spokesperson"]);
// Roles a story gives its main subject: "the nominee" is whoever the article is about.
const PROTAGONIST_ROLES = new Set(["nominee", "defendant", "candidate", "incumbent", "challenger", "appointee", "accused"]);

const PEOPLE_PLURAL = /^\p{Lu}[\p{Ll}-]+(?:ans|ese|ers|ists|ites|is)$/u;

const OF_NAME_HEADS = new Set(`bank university department ministry secretary chief head director minister office board
college institute school court house chamber state states republic city county council committee church
commission bureau division department museum academy society association federation union league
chancellor governor attorney general president speaker leader commander chairman chairwoman chair
lord duke prince princess king queen mayor sheriff dean provost rector archbishop bishop army navy
corps tribunal assembly parliament senate congress people government kingdom emirates isle isles
port gulf bay lake river mount cape district province region school agency centre center church`.split(/\s+/));

const AGE_NOUN = /^\d{1,3}-year-old$/;
// ("A surgeon there, who asked not to be named, said": a place adverb after the head, too)
const POSTNOMINAL = new Set(["familiar", "close", "knowledgeable", "privy", "aware", "there", "here"]);
const TIME_TAIL = new Set(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday", "tonight", "week", "month", "year", "last", "this", "earlier", "later", "recently"]);

const LEAKED_HEADS = new Set(["documents", "records", "memos", "emails", "files", "papers", "notes", "letters", "minutes", "logs", "messages", "texts", "recordings"]);
const HANDLED = new Set(["seen", "obtained", "reviewed", "viewed", "leaked", "shared"]);

// What a person says, as opposed to a paper they file: "Zakharova's remarks" are Zakharova speaking.
const OWN_WORDS = new Set(["remark", "remarks", "comment", "comments", "statement", "statements", "words", "testimony", "account", "accounts",
  "claim", "claims", "allegation", "allegations", "assertion", "assertions", "version", "answer", "answers", "reply", "response", "speech",
  "interview", "letter", "letters", "email", "emails", "post", "posts", "tweet", "tweets", "blog"]);

/** How the paper names an owner before "’s": a person by surname ("Hollister’s most recent report", "Brandt’s office"). */
function ownerWord(owner: { name: string; kind: SourceKind }): string {
  // ("NHS England’s monthly statistics", "Fellgate Networks’ data": an acronym or a body's word is no person's name)
  const words = owner.name.split(" ");
  const last = (words[words.length - 1] ?? "").toLowerCase();
  if (owner.kind === "person" && (/^\p{Lu}{2,}$/u.test(words[0] ?? "") || ORG_HEADS.has(last) || ORG_WORDS.has(last))) return owner.name;
  return owner.kind === "person" ? surnameOf(owner.name) ?? owner.name : owner.name;
}

/** "Martin J. Haverford" → "Haverford" ("Thomas W. Alcott Jr." → "Alcott"). */
function surnameOf(name: string): string | null {
  const words = name.split(" ").filter((w) => !/^(?:Jr|Sr|II|III|IV)\.?,?$/.test(w));
  const last = words[words.length - 1];
  return words.length > 1 && last && /^\p{Lu}[\p{L}’'-]+$/u.test(last) ? last : null;
}

const FIGURE_PERSON_MODS = new Set(["party", "senior", "opposition", "political", "public", "leading", "government", "union", "industry", "club", "establishment", "prominent", "key", "central"]);

/** A given name or a middle initial right before the head: "Loretta V. Banks", "Tom Banks". */
function personBeforeHead(toks: Token[], a: number, headIdx: number): boolean {
  const words: string[] = [];
  for (let i = a; i <= headIdx; i++) if (toks[i]!.word && toks[i]!.cap) words.push(toks[i]!.t);
  return words.length >= 2 && looksLikePersonName(words);
}

// (one set for the five: one look-up instead of up to five)
const KNOWN_HEADS = new Set([...DOC_HEADS, ...ANON_HEADS, ...GROUP_HEADS, ...ORG_HEADS, ...PERSON_ROLE_HEADS]);

/** A head noun the lexicons know: a document, an unnamed source, a group, an organisation or a role. */
export function knownHead(w: string): boolean {
  return KNOWN_HEADS.has(w);
}

/** "supervisors", "adjusters": the plural of a person's role is a group of them. */
function pluralRole(w: string): boolean {
  return w.length > 4 && w.endsWith("s") && !w.endsWith("ss") && PERSON_ROLE_HEADS.has(w.slice(0, -1));
}

function lastWord(toks: Token[], a: number, b: number): Token | undefined {
  for (let i = b - 1; i >= a; i--) if (toks[i]!.word) return toks[i];
  return undefined;
}

function hasCap(toks: Token[], a: number, b: number): boolean {
  for (let i = a; i < b; i++) if (toks[i]!.cap && i > 0) return true;
  return false;
}

/** The index of "by" in toks[from, end) with only words before it ("published the same afternoon by"), else -1. */
export function byWithin(toks: Token[], from: number, end: number): number {
  for (let k = from; k < toks.length && k < end; k++) {
    if (!toks[k]!.word) return -1;
    if (toks[k]!.lo === "by") return k;
  }
  return -1;
}

function hasWord(toks: Token[], a: number, b: number, w: string): boolean {
  for (let i = a; i < b; i++) if (toks[i]!.lo === w) return true;
  return false;
}

const DOC_TITLE_HEADS = new Set(["report", "survey", "audit", "census", "index", "study", "poll", "analysis", "assessment", "review"]);

/** A capitalised run [ra, rb) inside a phrase starting at `a`: a person, an organisation or a known name. */
function named(c: NPContext, ra: number, rb: number, a: number, loose: boolean): NPSource | null {
  const toks = c.toks;
  // "the Governor", "the Secretary": the person who holds that title, met earlier
  // ("the Under Secretary": "Under" is left out of the run, a title's first word all the same)
  const under = rb - ra === 1 && toks[ra - 1]?.t === "Under" && toks[ra - 2]?.lo === "the" && ra - 1 > a;
  if (rb - ra === 1 && ra > a && (toks[ra - 1]!.lo === "the" || under) && isTitleWord(toks[ra]!.lo)) {
    const holder = c.coref.resolveRole(toks[rb - 1]!.lo, c.sentence);
    if (holder) return { name: holder.name, kind: holder.kind, role: holder.role, unresolved: false, entity: holder };
  }
  // "The Pennsylvania Democrat, whose 9th District …": the partisan met earlier
  const theAt = toks[ra]!.lo === "the" ? ra : ra > 0 && toks[ra - 1]!.lo === "the" ? ra - 1 : -1;
  if (theAt >= 0 && rb - theAt <= 4 && rb - theAt >= 2 && PARTY_NAME.test(toks[rb - 1]!.t)) {
    const ent = c.coref.resolvePartisan(toks[rb - 1]!.lo, c.sentence);
    if (ent) return { name: ent.name, kind: ent.kind, role: ent.role, unresolved: false, entity: ent };
  }
  const run = { from: ra, to: rb };
  const { titleTo, nameFrom } = splitTitles(toks, run);
  const nameWords: string[] = [];
  for (let i = nameFrom; i < rb; i++) if (toks[i]!.word) nameWords.push(toks[i]!.t);
  const runWords: string[] = [];
  for (let i = ra; i < rb; i++) if (toks[i]!.word) runWords.push(toks[i]!.t);
  if (!nameWords.length) return null;

  // Lower-case role words before the name ("White House press secretary Karine Jean-Pierre").
  let role: string | null = null;
  let roleFrom = stripThe(c, a, rb);
  while (roleFrom < nameFrom && toks[roleFrom]!.word && DETERMINERS.has(toks[roleFrom]!.lo)) roleFrom++;
  if (nameFrom > roleFrom) role = c.text.slice(toks[roleFrom]!.start, toks[nameFrom - 1]!.end).replace(/[\s,]+$/, "") || null;
  const titled = titleTo > ra && nameFrom > ra;

  // ("The National Cardiac Outcomes Audit found …": a named publication is a document)
  if (runWords.length >= 2 && !titled && DOC_TITLE_HEADS.has(runWords[runWords.length - 1]!.toLowerCase())) {
    return { name: c.text.slice(toks[ra]!.start, toks[rb - 1]!.end), kind: "document", role: null, unresolved: false, entity: null, doc: true };
  }
  if (isOrgName(runWords) && (!titled || ORG_WORDS.has(runWords[runWords.length - 1]!.toLowerCase()))) {
    const name = c.text.slice(toks[ra]!.start, toks[rb - 1]!.end);
    const known = c.coref.lookupName(name);
    const ent = known ?? c.coref.add(name, "organization", null, null, c.sentence, true);
    return { name: ent.name, kind: ent.kind, role: ent.role, unresolved: false, entity: ent };
  }
  const name = c.text.slice(toks[nameFrom]!.start, toks[rb - 1]!.end);
  // ("Tamika R. Booker": a middle initial settles that this is a person, whatever "the department" later needs)
  const initialled = nameWords.length >= 3 && nameWords.slice(1, -1).some((w) => /^\p{Lu}\.?$/u.test(w));
  const known = c.coref.lookupName(name);
  if (known) {
    if (role && !known.role) known.role = role;
    if (initialled && known.kind === "person") known.certain = true;
    return { name: known.name, kind: known.kind, role: known.role, unresolved: false, entity: known };
  }
  const personTitle = titled && runWords.some((w) => PERSON_TITLES.has(w.toLowerCase().replace(/\.$/, "")));
  // "Americans", "Ukrainians", "Democrats": a people, not a person
  if (nameWords.length === 1 && !personTitle && PEOPLE_PLURAL.test(nameWords[0]!)) {
    return { name: c.text.slice(toks[ra]!.start, toks[rb - 1]!.end), kind: "group", role: null, unresolved: false, entity: null };
  }
  // a single unknown capitalised word that is not a place or an acronym speaks as a person ("Ochoa")
  const single = nameWords.length === 1 && !PLACE_NAMES.has(nameWords[0]!.toLowerCase()) && !isOrgName(nameWords) && !/^\p{Lu}+$/u.test(nameWords[0]!);
  // "the trade newsletter Thrift Watch", "the consultancy Oxford Metrics": the role says what it is
  const roleHead = role ? role.slice(role.lastIndexOf(" ") + 1).toLowerCase() : "";
  const orgRole = !personTitle && namesOrganisation(roleHead);
  const person = !orgRole && (personTitle || looksLikePersonName(nameWords) || (role !== null && nameWords.length <= 3) || single);
  if (!person && !loose && nameWords.length > 3) return null;
  const kind: SourceKind = person ? "person" : "organization";
  const ent = c.coref.add(name, kind, role, person ? genderOf(runWords) : null, c.sentence, true, person && initialled);
  return { name: ent.name, kind: ent.kind, role: ent.role, unresolved: false, entity: ent };
}
