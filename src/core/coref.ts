// Who is who across an article: people and organisations as they are introduced, so a later
// "Vanner", "Mr. Vanner", "she", "the company" or "the spokesperson" resolves to the full name met
// earlier. Deliberately simple (recency, surname, title and given-name gender), and linear: each
// look-up scans a bounded window of recent mentions.

import type { SourceKind } from "./model.ts";
import type { Token } from "./tokens.ts";
import {
  CAP_STOP, FEMALE_NAMES, FEMALE_TITLES, MALE_NAMES, MALE_TITLES, ORG_WORDS, PERSON_ROLE_HEADS, PERSON_TITLES,
} from "./lexicon.ts";

export type Gender = "m" | "f" | null;

export interface Entity {
  name: string;
  kind: SourceKind;
  role: string | null;
  gender: Gender;
  /** lower-cased words of the name, for surname/partial look-ups */
  words: string[];
  /** the kind is known (a given name, a title, a role apposition), not guessed from capitals */
  certain: boolean;
  /** common nouns it has been called ("the company") */
  aliases: Set<string>;
}

interface Mention {
  entity: Entity;
  sentence: number;
  /** the entity is the sentence's source, or its first-named person */
  salient: boolean;
}

const WINDOW = 80;

export class Coref {
  private byWord = new Map<string, Entity[]>();
  private mentions: Mention[] = [];
  /** the first person the article puts in a subject's place: who "the nominee" or "the defendant" is */
  private lead: Entity | undefined;

  /** The story's protagonist, for "the nominee", "the defendant", "the candidate" with no titled holder. */
  protagonist(): Entity | undefined {
    return this.lead;
  }

  /** Adds or finds an entity for a full name; returns the canonical entity. */
  add(name: string, kind: SourceKind, role: string | null, gender: Gender, sentence: number, salient: boolean, certain = false): Entity {
    const words = nameWords(name);
    let ent = this.findExact(words);
    if (!ent) {
      // A longer form of a known shorter name upgrades it ("Vanner" seen first, then "Christoph Vanner").
      ent = { name, kind, role, gender, words, certain, aliases: new Set() };
      this.lookupCache.clear();
      for (const w of words) {
        if (w.length < 2) continue;
        const list = this.byWord.get(w);
        if (list) list.push(ent);
        else this.byWord.set(w, [ent]);
      }
    } else {
      if (!ent.role && role) ent.role = role;
      if (!ent.gender && gender) ent.gender = gender;
      if (certain && !ent.certain) {
        ent.kind = kind;
        ent.certain = true;
      }
    }
    this.remember({ entity: ent, sentence, salient });
    return ent;
  }

  /** Records that an already-known entity was mentioned (keeps recency right). */
  mention(ent: Entity, sentence: number, salient: boolean): void {
    this.remember({ entity: ent, sentence, salient });
  }

  // Every look-up reads only the last WINDOW mentions: older ones are dropped now and then, so a
  // long page does not keep (and the garbage collector walk) one record per name it ever named.
  private remember(m: Mention): void {
    if (!this.lead && m.salient && m.entity.kind === "person") this.lead = m.entity;
    this.mentions.push(m);
    if (this.mentions.length > 4 * WINDOW) this.mentions.splice(0, this.mentions.length - 2 * WINDOW);
  }

  private findExact(words: string[]): Entity | undefined {
    const list = this.byWord.get(words[words.length - 1] ?? "");
    if (!list) return undefined;
    const key = words.join(" ");
    return list.find((e) => e.words.join(" ") === key);
  }

  /**
   * A partial name ("Vanner", "Zakharova", "Jean-Pierre") → the most recently mentioned entity whose
   * name contains every word of it; the longest such name wins ties.
   */
  private lookupCache = new Map<string, Entity | null>(); // null: known to name no one

  lookupName(name: string): Entity | undefined {
    const cached = this.lookupCache.get(name);
    if (cached !== undefined) return cached ?? undefined;
    const found = this.lookupUncached(name);
    if (this.lookupCache.size > 5000) this.lookupCache.clear();
    this.lookupCache.set(name, found ?? null);
    return found;
  }

  private lookupUncached(name: string): Entity | undefined {
    const words = nameWords(name);
    const last = words[words.length - 1];
    if (!last) return undefined;
    const list = this.byWord.get(last);
    if (!list) return undefined;
    let best: Entity | undefined;
    for (const e of list) {
      // (an entity listed under the last word has that word: a one-word name needs no other)
      if (words.length > 1 && !hasEveryWord(e.words, words)) continue;
      // one word names a person by surname, an organisation by its first or last word
      if (words.length === 1 && e.words.length > 1 && e.words[e.words.length - 1] !== last && !(e.kind === "organization" && e.words[0] === last)) continue;
      // ("Bramcote denied that" with Bramcote Airport and Quieter Skies Bramcote both met: a body is called by its
      // first word, a person by the last)
      if (best && words.length === 1 && best.kind === "organization" && e.kind === "organization" && (best.words[0] === last) !== (e.words[0] === last)) {
        if (e.words[0] === last) best = e;
        continue;
      }
      if (!best || e.words.length > best.words.length) best = e;
    }
    return best;
  }

  /**
   * he/she → the most recent salient person of that gender. A person whose gender is known and
   * matches beats one whose gender is unknown; a bare capitalised subject ("Trump said") is taken as
   * a person only when no person fits.
   */
  resolvePerson(gender: Gender, sentence: number): Entity | undefined {
    let certainSalient: Entity | undefined;
    let unknownSalient: Entity | undefined;
    let anyPerson: Entity | undefined;
    let guessed: Entity | undefined;
    // A person of unknown gender in the last two sentences, met before any known match: the given-name
    // list is short, so "Alma Reyes-Whitford told …. She said …" must not skip Alma for an older "Priya".
    let recentUnknown: Entity | undefined;
    let recentUnknownAt = -1;
    let certainAt = -1;
    for (let i = this.mentions.length - 1, n = 0; i >= 0 && n < WINDOW; i--, n++) {
      const m = this.mentions[i]!;
      if (sentence - m.sentence > 12) break;
      const e = m.entity;
      if (e.kind !== "person") {
        if (!guessed && m.salient && !e.certain && e.words.length === 1 && !isOrgName([e.name])) guessed = e;
        continue;
      }
      if (gender && e.gender && e.gender !== gender) continue;
      if (m.salient && gender && e.gender === gender) {
        if (recentUnknown && recentUnknownAt > m.sentence && sentence - recentUnknownAt <= 2) {
          recentUnknown.gender = gender;
          return recentUnknown;
        }
        return e;
      }
      if (m.salient && gender && !e.gender && !recentUnknown && e.words.length >= 2) {
        recentUnknown = e;
        recentUnknownAt = m.sentence;
      }
      if (m.salient && e.certain && !certainSalient) {
        certainSalient = e;
        certainAt = m.sentence;
      }
      if (m.salient && !unknownSalient) unknownSalient = e;
      if (!anyPerson) anyPerson = e;
    }
    // ("Dafydd Rees … said …. “…,” he said.": the speaker of the sentence before, though his given name is unknown, over an older one)
    const pick = recentUnknown && sentence - recentUnknownAt === 1 && recentUnknownAt > certainAt && !isOrgName(recentUnknown.name.split(" ")) ? recentUnknown : certainSalient ?? unknownSalient ?? anyPerson;
    if (pick) return pick;
    if (guessed) {
      guessed.kind = "person";
      guessed.certain = true;
      return guessed;
    }
    return undefined;
  }

  /** The most recently mentioned entity passing `test`, among the mentions of the last `span` sentences. */
  private latestWithin(sentence: number, span: number, test: (e: Entity) => boolean): Entity | undefined {
    for (let i = this.mentions.length - 1; i >= 0; i--) {
      const m = this.mentions[i]!;
      if (sentence - m.sentence > span) break;
      if (test(m.entity)) return m.entity;
    }
    return undefined;
  }

  /** the company / the ministry / it → the most recent organisation, preferring a name holding the noun. */
  resolveOrg(noun: string | null, sentence: number): Entity | undefined {
    // ("Figures published by the Office of Rail and Road …" then "the regulator's data": a body whose name
    // says it oversees, never the company it oversees)
    if (noun && REGULATOR_NOUNS.has(noun)) {
      // (a body whose own name holds the noun first: "the Fundraising Regulator"; a name guessed a person's is the body)
      const named = this.latestWithin(sentence, 60, (e) => (e.kind === "organization" || (e.kind === "person" && !e.certain)) && namesNoun(e, noun));
      if (named) {
        if (named.kind === "person") {
          named.kind = "organization";
          named.certain = true;
        }
        return named;
      }
      const overseer = this.latestWithin(sentence, 60, (e) => e.kind === "organization" && ((e.words.length >= 2 && e.words.some((w) => OVERSIGHT_WORDS.has(w))) || /^Of[a-z]{3,}$/.test(e.name)));
      if (overseer) return overseer;
    }
    let salient: Entity | undefined;
    let fallback: Entity | undefined;
    let uncertain: Entity | undefined;
    let salientAt = -1;
    let salientGuessed = false;
    for (let i = this.mentions.length - 1, n = 0; i >= 0 && n < WINDOW; i--, n++) {
      const m = this.mentions[i]!;
      if (sentence - m.sentence > 15) break;
      const e = m.entity;
      if (e.kind !== "organization") {
        // "Skyline Cloud" or "Downwatch" read as a person until "the company" or "its" shows what it is
        if (e.kind === "person" && !e.certain && !e.gender && m.salient) {
          if (!uncertain) uncertain = e;
          if (!salient) { salient = e; salientAt = m.sentence; salientGuessed = true; }
        }
        continue;
      }
      // ("The Care Quality Commission has suspended the registration of Lumière Aesthetics, citing what it
      // called …": the organisation that opens the sentence, not a name after it only guessed a person)
      if (salientGuessed && !noun && m.salient && m.sentence === salientAt && salientAt === sentence) { salient = e; salientGuessed = false; }
      if (noun && (e.words.includes(noun) || e.aliases.has(noun) || (noun === "force" && (e.words.includes("police") || e.words.includes("constabulary"))))) return e;
      // ("the company" is not "MeteoSwiss, the federal weather office")
      if (noun && COMPANY_NOUNS.has(noun) && notACompany(e)) continue;
      // ("the department" is not "Halsey Community College": a named institution answers only to its own noun)
      if (noun && INSTITUTIONS.has(e.words[e.words.length - 1] ?? "")) continue;
      // "the company" after "Mountain State Data Systems Inc.": a corporate name answers it first,
      // unless this very sentence named an organisation ("Titan Aerospace tumbled after the company said")
      if (noun && COMPANY_NOUNS.has(noun) && (m.sentence === sentence || CORPORATE_NAME.test(e.name)) && !(salient && salientAt >= sentence - 1)) return e;
      if (m.salient && !salient) { salient = e; salientAt = m.sentence; }
      if (!fallback) fallback = e;
    }
    // "The trust denied …" long after the North Vale Hospitals Trust was last named: its own word
    // beats a more recent organisation of another kind
    if (noun) {
      const own = this.latestWithin(sentence, 60, (e) => e.kind === "organization" && namesNoun(e, noun));
      if (own) return own;
    }
    if (noun && ORG_SPECIFIC.has(noun)) return undefined;
    const pick = salient ?? fallback;
    if (!pick && uncertain) {
      uncertain.kind = "organization";
      uncertain.certain = true;
      return uncertain;
    }
    if (pick && pick.kind === "person") {
      pick.kind = "organization";
      pick.certain = true;
    }
    return pick;
  }

  /** the spokesperson / the senator → the most recent person introduced with that role. */
  resolveRole(noun: string, sentence: number): Entity | undefined {
    // (a title's holder is named once and called "the Mayor" long after: the whole kept history)
    for (let i = this.mentions.length - 1; i >= 0; i--) {
      const m = this.mentions[i]!;
      if (m.entity.kind !== "person") continue;
      if (sentence - m.sentence > 60) break;
      // ("Counsel for the ombudsman" is no ombudsman: only the words before a preposition name the title)
      if (m.entity.role && roleWords(m.entity.role).replace(ROLE_OBJECT, "").split(/[\s,.]+/).includes(noun)) return m.entity;
    }
    return undefined;
  }

  /** "the Pennsylvania Democrat" → the latest person whose role names the party, else the latest person. */
  resolvePartisan(party: string, sentence: number): Entity | undefined {
    let any: Entity | undefined;
    let named: Entity | undefined;
    for (let i = this.mentions.length - 1; i >= 0; i--) {
      const m = this.mentions[i]!;
      if (sentence - m.sentence > 12) break;
      // (a descriptor taken for a name earlier, "Pennsylvania Democrat", is not who it describes)
      if (m.entity.kind !== "person" || m.entity.name.toLowerCase().endsWith(party)) continue;
      if (m.entity.role && m.entity.role.toLowerCase().includes(party)) return m.entity;
      if (!any && m.salient) any = m.entity;
      // (a politician is named in full: a lone word, "University officials in Lawrence", may be a place)
      if (!named && m.salient && m.entity.words.length >= 2) named = m.entity;
    }
    return named ?? any;
  }

  private anons: { name: string; head: string; sentence: number }[] = [];

  /** An unnamed source ("a senior Pentagon official, who spoke on condition of anonymity"). */
  addAnon(name: string, head: string, sentence: number): void {
    this.anons.push({ name, head: head.replace(/s$/, ""), sentence });
    if (this.anons.length > 32) this.anons.splice(0, 16);
  }

  /** "The official said" → the unnamed official met in the last few sentences. */
  resolveAnon(head: string, sentence: number): string | undefined {
    const h = head.replace(/s$/, "");
    for (let i = this.anons.length - 1; i >= 0; i--) {
      const a = this.anons[i]!;
      if (sentence - a.sentence > 6) break;
      if (a.head === h) return a.name;
    }
    return undefined;
  }

  private docs: { ent: Entity; head: string; sentence: number; named: boolean }[] = [];

  /** A document introduced with a name or author ("a Keystone University poll"). */
  addDoc(name: string, head: string, sentence: number, named: boolean): void {
    const ent: Entity = { name, kind: "document", role: null, gender: null, words: name.toLowerCase().split(/\s+/), certain: true, aliases: new Set() };
    this.docs.push({ ent, head: docFamily(head), sentence, named });
    if (this.docs.length > 64) this.docs.splice(0, 32);
  }

  /** the poll / the survey / the report → the most recent document of that family. */
  resolveDoc(head: string, sentence: number, namedOnly = false): Entity | undefined {
    const fam = docFamily(head);
    let unnamed: Entity | undefined;
    for (let i = this.docs.length - 1; i >= 0; i--) {
      const d = this.docs[i]!;
      if (sentence - d.sentence > 25) break;
      if (d.head !== fam) continue;
      if (d.named) return d.ent;
      if (!unnamed) unnamed = d.ent;
    }
    return namedOnly ? undefined : unnamed;
  }

  /** A group named by a common noun at the start of a sentence ("The researchers, led by …"). */
  addGroup(name: string, sentence: number): void {
    const ent: Entity = { name, kind: "group", role: null, gender: null, words: [], certain: true, aliases: new Set() };
    this.remember({ entity: ent, sentence, salient: true });
  }

  private lastDocSource: { name: string; sentence: number } | null = null;

  /** A document that was a sentence's source ("The examination reports … tell a different story."). */
  noteDocSource(name: string, sentence: number): void {
    this.lastDocSource = { name, sentence };
    this.docSources.push({ name, sentence });
    if (this.docSources.length > 12) this.docSources.shift();
  }

  private docSources: { name: string; sentence: number }[] = [];

  /** "The same images show …", "According to the same data": the latest document source, 15 sentences back at most, whose name holds the noun. */
  sameDocument(noun: string, sentence: number): string | undefined {
    for (let i = this.docSources.length - 1; i >= 0; i--) {
      const d = this.docSources[i]!;
      if (sentence - d.sentence > 15) break;
      if (d.sentence < sentence && d.name.toLowerCase().split(/\s+/).includes(noun)) return d.name;
    }
    return undefined;
  }

  /** "It estimated …" opening the sentence right after one whose source was a singular document ("The review said …"): that document. */
  singularDocJustBefore(sentence: number): string | undefined {
    return this.docJustBefore(sentence, DOC_SINGULAR_HEAD);
  }

  /** "They show …" right after a sentence whose source was plural records: those records' name. */
  pluralDocJustBefore(sentence: number): string | undefined {
    return this.docJustBefore(sentence, DOC_PLURAL_HEAD);
  }

  /** The document source of the sentence just before, when a word of its name matches `head`. */
  private docJustBefore(sentence: number, head: RegExp): string | undefined {
    const d = this.lastDocSource;
    if (!d || d.sentence !== sentence - 1) return undefined;
    // (a record word that is the phrase's own, not the object of "by …"/"from …" inside it)
    const words = d.name.toLowerCase().split(/\s+/);
    return words.some((w, k) => head.test(w) && !/^(?:by|from|of|in|for|on)$/.test(words[k - 1] ?? "")) ? d.name : undefined;
  }

  /** they → the most recent group or organisation source. */
  resolvePlural(sentence: number): Entity | undefined {
    for (let i = this.mentions.length - 1, n = 0; i >= 0 && n < WINDOW; i--, n++) {
      const m = this.mentions[i]!;
      if (sentence - m.sentence > 6) break;
      if (m.salient && (m.entity.kind === "group" || m.entity.kind === "organization" || m.entity.kind === "anonymous")) return m.entity;
    }
    return undefined;
  }
}

// A name's lower-cased words, by name as written: names recur on a page, and each clearing of the
// look-up cache would split them all again. (The arrays are shared: entities and look-ups only read them.)
const NAME_WORDS_MEMO = new Map<string, string[]>();

function nameWords(name: string): string[] {
  let words = NAME_WORDS_MEMO.get(name);
  if (words === undefined) {
    words = name.toLowerCase().split(/\s+/).filter(Boolean);
    if (NAME_WORDS_MEMO.size >= 50000) NAME_WORDS_MEMO.clear(); // names from many pages: keep the memo bounded
    NAME_WORDS_MEMO.set(name, words);
  }
  return words;
}

function hasEveryWord(words: string[], wanted: string[]): boolean {
  for (const w of wanted) if (!words.includes(w)) return false;
  return true;
}

// Org nouns specific enough that a mismatched organisation must not be taken ("the court" is not "Apple").
const ORG_SPECIFIC = new Set([
  "court", "ministry", "bank", "university", "hospital", "police", "army", "navy", "embassy", "union",
  "military", "junta", "government", "regime", "rebels", "party", "parliament", "congress", "senate", "school", "church", "league", "club", "team", "newspaper",
  "paper", "magazine", "network", "broadcaster", "campaign", "committee", "commission", "council", "force",
  "board", "trust",
]);

const GENDER_SKIP = new Set(["state", "former", "deputy", "senior", "vice", "acting", "assistant", "associate", "general", "press", "attorney", "district", "county", "city", "federal", "u.s"]);

export function genderOf(words: string[]): Gender {
  const first = words[0]?.toLowerCase().replace(/\.$/, "");
  if (!first) return null;
  if (MALE_TITLES.has(first)) return "m";
  if (FEMALE_TITLES.has(first)) return "f";
  for (const w of words) {
    const lw = w.toLowerCase().replace(/\.$/, "");
    // ("State Treasurer Ruth A. Bergstrom": the job words before the given name)
    if (PERSON_TITLES.has(lw) || PERSON_ROLE_HEADS.has(lw) || GENDER_SKIP.has(lw)) continue;
    if (FEMALE_NAMES.has(lw)) return "f";
    if (MALE_NAMES.has(lw)) return "m";
    return null;
  }
  return null;
}

/** A capitalised run of tokens: a name, possibly with titles in front. */
export interface CapRun {
  from: number;
  to: number; // exclusive token index
}

const NAME_PARTICLES = new Set(["de", "van", "von", "der", "den", "bin", "al", "da", "del", "di", "du", "la", "le", "ibn", "dos", "y"]);

/** Capitalised runs in tokens[from, to): "Russian President Vladimir Putin", "J. K. Rowling". */
export function capRuns(toks: Token[], from: number, to: number): CapRun[] {
  const runs: CapRun[] = [];
  let i = from;
  while (i < to) {
    const t = toks[i]!;
    if (!isNameWord(t) || (CAP_STOP.has(t.lo) && !isTitleAbbrev(toks, i))) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < to) {
      const u = toks[j]!;
      // "Sen. X", "J. K. Rowling", "U.S. Fish and Wildlife Service"
      if (u.t === "." && (isTitleAbbrev(toks, j - 1) || DOTTED_ABBREV.test(toks[j - 1]!.t)) && j + 1 < to && isNameWord(toks[j + 1]!)) { j++; continue; }
      if (u.lo === "'s" && j + 1 < to && isNameWord(toks[j + 1]!) && !CAP_STOP.has(toks[j + 1]!.lo)) { j += 2; continue; }
      if (isNameWord(u) && !CAP_STOP.has(u.lo)) { j++; continue; }
      // "Dennis A. Coyle": a middle initial "A" is no article
      if (u.t.length === 1 && u.cap && toks[j + 1]?.t === "." && j + 2 < to && isNameWord(toks[j + 2]!)) { j++; continue; }
      if (u.word && NAME_PARTICLES.has(u.lo) && j + 1 < to && isNameWord(toks[j + 1]!)) { j += 2; continue; }
      // ("the City of Ardenton": a municipality's name runs across its "of")
      if (u.lo === "of" && j === i + 1 && MUNICIPAL.has(t.t) && j + 1 < to && isNameWord(toks[j + 1]!)) { j += 2; continue; }
      if (andJoinsName(toks, j, to)) { j++; continue; }
      // ("Brantwell & Co", "Ernst & Young": an ampersand joins the partners of one name)
      if (u.t === "&" && j > i && j + 1 < to && isNameWord(toks[j + 1]!)) { j++; continue; }
      // "United Auto Workers Local 1264", "Council 4": a numbered branch is part of the name
      if (/^\d+$/.test(u.t) && NUMBERED_UNITS.has(toks[j - 1]!.lo)) { j++; continue; }
      break;
    }
    runs.push({ from: i, to: j });
    i = j;
  }
  return runs;
}

/**
 * "and" inside an organisation's name: "Arms Control and Disarmament Agency", "Fish and Wildlife
 * Service" (the capitalised words after it end in an organisation word); "Smith and Jones" stays two.
 */
export function andJoinsName(toks: Token[], k: number, to: number): boolean {
  if (toks[k]?.lo !== "and" || k === 0 || !isNameWord(toks[k - 1]!)) return false;
  let j = k + 1;
  while (j < to && j <= k + 4 && isNameWord(toks[j]!)) j++;
  return j > k + 1 && (ORG_WORDS.has(toks[j - 1]!.lo) || opensWithOrgHead(toks, k));
}

// Heads that name a body by its remit: "the Department for Business and Trade", "the Department for
// Environment, Food and Rural Affairs"
const REMIT_HEADS = new Set(["department", "ministry", "office", "bureau", "institute", "commission", "agency", "council", "board", "committee", "school", "college", "centre", "center", "secretary"]);

// One capitalised common word after the "and", then the name ends ("Rail and Road", not "and Ms. Lee" or "and Tom Baker")
function oneWordAfterAnd(toks: Token[], k: number): boolean {
  const w = toks[k + 1];
  const after = toks[k + 2];
  return !!w && isNameWord(w) && !genderOf([w.t]) && !PERSON_TITLES.has(w.lo.replace(/\.$/, "")) && !(after && after.word && after.cap);
}

/** Whether the name before the "and" at toks[k] opens with a remit head and "for", through commas. */
function opensWithOrgHead(toks: Token[], k: number): boolean {
  for (let j = k - 1; j >= 0 && j >= k - 8; j--) {
    const t = toks[j]!;
    if (t.lo === "for" || t.lo === "," || t.lo === "of") continue;
    if (!isNameWord(t)) return false;
    // (only "for": the "of" names, "Department of Housing and Urban Development", end in a word of their own)
    // ("the Office of Rail and Road": "of" too, when one plain word ends the name)
    if (REMIT_HEADS.has(t.lo)) return toks[j + 1]?.lo === "for" || (toks[j + 1]?.lo === "of" && oneWordAfterAnd(toks, k));
  }
  return false;
}

function isNameWord(t: Token): boolean {
  // (the pattern's particle is two or three letters: a hyphen after it keeps the pattern off the
  // many plain lower-case words; the length test keeps charCodeAt from reading past a short word's
  // end, which is slow in optimised code)
  return t.word && (t.cap || (t.t.length > 3 && (t.t.charCodeAt(2) === 45 || t.t.charCodeAt(3) === 45) && NAME_PREFIX_RE.test(t.t)));
}

// "al-Tayeb", "bin-Salman", "de-Gaulle": a lower-case particle joined to a capitalised name
const NAME_PREFIX_RE = /^(?:al|el|bin|ibn|abu|de|di|da|van|von|le|la|ul)-\p{Lu}/u;

export function isNameToken(t: Token): boolean {
  return isNameWord(t);
}

const DOTTED_ABBREV = /^(?:\p{Lu}\.)+\p{Lu}$/u;

function isTitleAbbrev(toks: Token[], i: number): boolean {
  const t = toks[i];
  const n = toks[i + 1];
  if (!t || !n || n.t !== ".") return false;
  return PERSON_TITLES.has(t.lo) || (t.t.length === 1 && t.cap);
}

/** Splits a capitalised run into its leading titles ("Russian President") and the name proper. */
// "Gov. Dale R. Prentiss" is the governor a later "the Governor" means.
const TITLE_ABBREVIATIONS: Record<string, string> = { gov: "governor", sen: "senator", rep: "representative", gen: "general", sec: "secretary", supt: "superintendent", atty: "attorney", insp: "inspector" };

const ROLE_OBJECT = /\s(?:for|to|with|at|in)\s.*$/;

/** The entity's name, or a word it has been called by, is the noun ("the trust" for the North Vale Hospitals Trust). */
function namesNoun(e: Entity, noun: string): boolean {
  return e.words.includes(noun) || e.aliases.has(noun);
}

const REGULATOR_NOUNS = new Set(["regulator", "watchdog"]);
const OVERSIGHT_WORDS = new Set(["office", "authority", "commission", "agency", "regulatory", "inspectorate", "ombudsman", "regulator", "board", "administration", "directorate"]);

function roleWords(role: string): string {
  const lo = role.toLowerCase();
  return lo.replace(/\b[a-z]+\b/g, (w) => TITLE_ABBREVIATIONS[w] ?? w);
}

export const NUMBERED_UNITS = new Set(["local", "council", "district", "chapter", "region", "division", "lodge", "branch"]);
const ORG_KINDS_NOT_COMPANY = new Set(["office", "agency", "ministry", "department", "service", "institute", "union", "council", "commission", "authority", "regulator", "watchdog", "charity", "court", "university", "hospital", "police", "government", "party", "committee", "league", "club", "school", "board", "bureau", "newspaper", "force", "army", "military"]);
/** An organisation named, or described in apposition, as some other kind than a company (last word or alias). */
// Public bodies known by a short name ("the EU clinical trials register" names no company)
const PUBLIC_BODIES = new Set(["eu", "un", "nato", "who", "imf", "oecd", "ecb", "fed", "fbi", "cia", "nasa", "cdc", "fda", "epa", "sec", "faa", "nhs", "ema", "ofsted", "ofcom", "ofgem", "ofwat", "congress", "parliament", "kremlin", "pentagon", "unicef", "unhcr", "opec"]);
function notACompany(e: Entity): boolean {
  if (ORG_KINDS_NOT_COMPANY.has(e.words[e.words.length - 1] ?? "")) return true;
  if (e.words.length === 1 && PUBLIC_BODIES.has(e.words[0]!)) return true;
  for (const alias of e.aliases) if (ORG_KINDS_NOT_COMPANY.has(alias)) return true;
  return false;
}
const INSTITUTIONS = new Set(["college", "university", "school", "academy", "hospital", "church", "cathedral", "museum", "library", "club"]);
const DOC_SINGULAR_HEAD = /^(?:report|review|study|survey|audit|analysis|assessment|memo|letter|inquiry|investigation|paper|filing)$/;
const DOC_PLURAL_HEAD = /^(?:reports|records|documents|figures|data|statistics|filings|papers|logs|minutes|accounts|files|emails|notes|results|findings|studies|surveys|polls|audits|memos|letters|transcripts|rosters|invoices|receipts|images|photographs|photos|videos)$/;
const COMPANY_NOUNS = new Set(["company", "firm", "maker", "manufacturer", "corporation", "business"]);
const CORPORATE_NAME = /\b(?:Inc|Corp|Corporation|Co|Ltd|LLC|plc|PLC|AG|SA|GmbH|Holdings|Systems|Technologies|Industries|Enterprises|Group|Aggregates|Medical|Pharmaceuticals|Therapeutics|Biosciences|Diagnostics|Biotech|Electronics|Software|Robotics|Aerospace|Motors|Airlines|Energy)\b\.?$/;

/** The last token of a department name opening the run at `from` ("Defense", "Homeland Security"), or -1. */
function departmentEnd(toks: Token[], from: number): number {
  const two = `${toks[from]!.lo} ${toks[from + 1]?.lo ?? ""}`;
  return TWO_WORD_DEPARTMENTS.has(two) ? from + 1 : DEPARTMENTS.has(toks[from]!.lo) ? from : -1;
}

/**
 * Where the title starts when a run opens with the department a title is "of" and a name follows
 * ("Deputy Secretary of Defense Lawrence T. Marchetti": the index of "Deputy"), or -1.
 */
export function departmentTitleStart(toks: Token[], run: CapRun): number {
  const ofAt = toks[run.from - 1]?.lo === "the" ? run.from - 2 : run.from - 1;
  if (toks[ofAt]?.lo !== "of" || !isTitleWord(toks[ofAt - 1]?.lo ?? "")) return -1;
  const end = departmentEnd(toks, run.from);
  if (end < 0 || end + 1 >= run.to || !toks[end + 1]!.word) return -1;
  let k = ofAt - 1;
  while (k > 0 && toks[k - 1]!.word && toks[k - 1]!.cap) k--;
  return k;
}

export function splitTitles(toks: Token[], run: CapRun): { titleTo: number; nameFrom: number } {
  let lastTitle = -1;
  for (let i = run.from; i < run.to; i++) {
    const t = toks[i]!;
    if (!t.word) continue;
    // ("the Information Commissioner’s Office": a title owning the name is part of it)
    // ("The St. Louis Ledger": a saint's place in a longer name, not a title)
    const placeSaint = t.lo === "st" && toks[i + 1]?.t === "." && toks[i + 2]?.cap && toks[i + 3]?.word && toks[i + 3]!.cap && i + 3 < run.to;
    if (isTitleWord(t.lo) && toks[i + 1]?.lo !== "'s" && !placeSaint) lastTitle = i;
  }
  // "Deputy Secretary of Defense Lawrence T. Marchetti", "Secretary of the Treasury Nicholas F. Brady": the
  // department after a title's "of" belongs to the title, not to the name
  if (lastTitle < 0 && departmentTitleStart(toks, run) >= 0) lastTitle = departmentEnd(toks, run.from);
  let nameFrom = lastTitle + 1;
  if (lastTitle < 0) nameFrom = run.from;
  while (nameFrom < run.to && toks[nameFrom]!.t === ".") nameFrom++;
  if (nameFrom >= run.to) return { titleTo: run.from, nameFrom: run.from };
  return { titleTo: lastTitle < 0 ? run.from : lastTitle + 1, nameFrom };
}

// The department a title is "of" ("Secretary of State", "Minister of Health", "Secretary of Homeland Security").
const DEPARTMENTS = new Set(["state", "defense", "defence", "labor", "labour", "agriculture", "commerce", "energy", "education", "transportation", "transport",
  "justice", "treasury", "interior", "health", "war", "navy", "army", "finance", "trade", "industry", "housing", "culture", "environment"]);
const TWO_WORD_DEPARTMENTS = new Set(["homeland security", "veterans affairs", "foreign affairs", "home affairs"]);

// Capitalised role words that precede a name inside a run ("Foreign Minister Sergei Lavrov").
const ROLE_CAPS = new Set([
  "minister", "secretary", "spokesperson", "spokesman", "spokeswoman", "chief", "head", "director",
  "ambassador", "envoy", "commissioner", "chairman", "chairwoman", "ceo", "founder", "leader", "adviser",
  "advisor", "correspondent", "editor", "economist", "analyst", "professor", "attorney", "general",
  "clerk", "treasurer", "auditor", "comptroller", "controller", "registrar", "administrator", "coach", "manager",
  "democrat", "republican",
]);

// (one set for both: one look-up per word)
const TITLE_WORDS = new Set([...PERSON_TITLES, ...ROLE_CAPS]);

/** A title or role word that may stand for the person holding it ("the Governor", "the Secretary"). */
export function isTitleWord(lo: string): boolean {
  return TITLE_WORDS.has(lo);
}

export function isOrgName(words: string[]): boolean {
  if (words.length === 1) {
    const w = words[0]!;
    if (w.length >= 2 && w === w.toUpperCase() && /[A-Z]/.test(w)) return true;
  }
  for (const w of words) if (isOrgWord(w)) return true;
  // ("the City of Ardenton", "the County of Marin": a municipality named as the body that runs it)
  return words.length >= 3 && words[1] === "of" && MUNICIPAL.has(words[0]!);
}

const MUNICIPAL = new Set(["City", "Town", "County", "Borough", "Village", "Municipality"]);

// isOrgWord by word as written: names recur on a page, and this spares lower-casing each again
const ORG_WORD_MEMO = new Map<string, boolean>();

function isOrgWord(w: string): boolean {
  let known = ORG_WORD_MEMO.get(w);
  if (known === undefined) {
    const lo = w.toLowerCase();
    // ("Springfield News-Leader": a hyphenated part counts)
    // ("Co-workers" is people: a hyphenated prefix "co" is no company)
    known = ORG_WORDS.has(lo) || (lo.includes("-") && !lo.startsWith("co-") && lo.split("-").some((p) => ORG_WORDS.has(p)));
    if (ORG_WORD_MEMO.size >= 50000) ORG_WORD_MEMO.clear(); // words from many pages: keep the memo bounded
    ORG_WORD_MEMO.set(w, known);
  }
  return known;
}

export function looksLikePersonName(words: string[]): boolean {
  if (!words.length || words.length > 4) return false;
  if (isOrgName(words)) return false;
  const first = words[0]!.toLowerCase();
  if (FEMALE_NAMES.has(first) || MALE_NAMES.has(first)) return true;
  // "J. K. Rowling", "Christoph Vanner": two or three capitalised words, none a place adjective
  // ("Celia R. Van Tassel": four, with an initial and a surname particle)
  const fourWithParticle = words.length === 4 && /^\p{Lu}\.?$/u.test(words[1]!) && SURNAME_PARTICLES.has(words[2]!.toLowerCase());
  return words.length >= 2 && (words.length <= 3 || fourWithParticle) && !DEMONYM_RE.test(words[0]!) && !words.some((w) => PLACE_WORDS.has(w.toLowerCase()));
}

const SURNAME_PARTICLES = new Set(["van", "von", "de", "del", "della", "di", "da", "du", "le", "la", "mac", "mc", "st.", "bin", "al", "ter", "ten"]);

const DEMONYM_RE = /^\p{Lu}\p{Ll}+(?:ian|ese|ish|ean|can|kan|ern)$/u;

// Words that make a capitalised pair a place or team rather than a person.
const PLACE_WORDS = new Set(["capitol", "city", "county", "state", "united", "north", "south", "east", "west", "new", "san", "los", "las", "des", "fort", "saint", "santa", "el", "street", "avenue", "road", "square", "river", "lake", "mount", "island", "islands", "valley", "bay", "park", "district", "province", "region", "republic", "kingdom", "league", "cup", "championship", "open", "games", "day", "week", "war", "act", "bill", "street", "hall", "center", "centre", "airport", "station", "bridge", "tower", "palace", "house", "court", "hotel", "stadium", "arena"]);

const DOC_FAMILY: Record<string, string> = {
  survey: "poll", poll: "poll", polls: "poll", surveys: "poll",
  study: "study", paper: "study", research: "study", findings: "study", analysis: "study", studies: "study",
  report: "report", reports: "report", review: "report", audit: "report", assessment: "report",
  memo: "memo", letter: "memo", document: "memo", documents: "memo", email: "memo",
  data: "data", figures: "data", statistics: "data", records: "data",
};

function docFamily(head: string): string {
  return DOC_FAMILY[head] ?? head;
}
