// Confirmation status: what the article says about whether a claim was confirmed by someone other
// than its source. A cue ("could not be independently verified", "denied", "met with skepticism",
// "Reuters verified") applies to its own sentence, or to the earlier claims it points back to
// ("This figure…", "the report's veracity…", "these allegations…"), usually the nearest preceding
// claims of the same source.

import type { SourceKind, Status } from "./model.ts";
import { cueForm, DENIAL_LEMMAS } from "./cues.ts";
import { codeUnitTest } from "./charclass.ts";
import { SMALL } from "./numbers.ts";

export interface StatusSentence {
  text: string;
  /** `text.toLowerCase()`, when the caller has it already (detect lower-cases each sentence once) */
  lower?: string;
  isClaim: boolean;
  numeric: boolean;
  /** resolved source name, or null when not attributed */
  source: string | null;
  /** lemma of the attribution cue */
  cueLemma: string | null;
  /** where the attribution cue starts in the sentence */
  cueStart: number | null;
  /** the source is a document or data */
  sourceIsDoc: boolean;
  /** the line (paragraph) the sentence is on */
  paragraph: number;
  /** a quotation whose speaker tag is its own "he said" or a neighbour's, nothing else reported in it */
  quotedOnly?: boolean;
  /** the source's role ("Gov.", "the company's chief executive") and kind, when attributed */
  sourceRole?: string | null;
  sourceKind?: SourceKind | null;
}

/** Records a status for sentence i with sentence ev as its evidence (a weaker status never overwrites a stronger). */
type SetStatus = (i: number, st: Status, ev: number) => void;

export interface StatusResult {
  status: Status;
  /** index of the sentence holding the evidence */
  evidence: number | null;
}

export interface StatusCue {
  status: Exclude<Status, "unaddressed">;
  at: number;
  end: number;
  /** only meaningful about an earlier claim the sentence names ("has not responded to the group's calculation") */
  needsAnaphor: boolean;
  /** a rival figure ("police put the crowd at 1,200"): disputes the nearest earlier figure of another source */
  rival?: boolean;
  back?: boolean;
  withholding?: boolean;
}

interface Pattern {
  /** the pattern can only match when the sentence contains one of these */
  pre: string[];
  re: RegExp;
  status: StatusCue["status"];
  needsAnaphor?: boolean;
  /** a "not"/"never" just before it cancels the cue ("did not dispute the number") */
  negatable?: boolean;
  /** a verb that disputes only in the active voice or with an agent ("the case was dismissed" does not) */
  activeOnly?: boolean;
  /** a rival figure: about the nearest earlier figure of another source */
  rival?: boolean;
  /** the cue names no content of its own: it is about the claims before it */
  back?: boolean;
  /** information held back ("would not release the survey"): not when it only qualifies a confirmation or a reason */
  withholding?: boolean;
}

// ("a blank check" is a noun: "check" counts only as a verb after "to"/"not"/"be")
const V = "(?:verif\\w*|confirm\\w*|corroborat\\w*|acknowledg\\w*|substantiat\\w*|authenticat\\w*|tested|(?:checked|(?<=\\b(?:to|not|cannot|be|been)\\s)check)(?!\\s+(?:in|out|into|on|up)\\b))";
// "gave a different account": another party's version, against what was just said
// ", a figure (that) PARTY …": up to six words of the judging party, none of them a negation
const APPOSED_CLAIM = ",\\s+(?:an?|the)\\s+(?:[\\w’'-]+\\s+)?(?:figures?|numbers?|counts?|estimates?|tally|tallies|totals?|toll|claims?|assertions?|accounts?|projections?|forecasts?|calculations?)\\s+(?:that\\s+|which\\s+)?(?:(?!(?:not|never|no|hardly)\\b)(?![\\w’'.-]*n[’']t\\b)[\\w’'.-]+\\s+){1,6}?";
const DIFFERENT_ACCOUNT = "(?:gave|gives|give|offered|offers|provided|presented) (?:a |an )?(?:very )?(?:different|conflicting|contrasting|contradictory)";
// "gave matching accounts", "gave a similar account"
const MATCHING_ACCOUNTS = "\\b(?:gave|give|gives|offered|provided|described)\\s+(?:\\w+\\s+)?(?:matching|similar|corroborating|consistent)\\s+accounts?\\b";
const EVIDENCE_VERBS = "(?:provided|provide|offered|offer|given|give|gave|presented|present|cited|cite|produced|produce|submitted|submit|shown|show|released|release|shared|share|published|publish|disclosed|disclose|made public)";

// The claim a "holds up" verdict names as its subject, a little before the verb ("Those tonnage figures, at least,",
// "The monitor's head count of Sept. 9": a date's dot is no sentence end)
const HELD_SUBJECT = String.raw`(?<=\b(?:figures?|numbers?|counts?|estimates?|totals?|tally|claims?|accounts?|data|version|story|assertions?)\b(?:[^.;:!?]|\.(?=\s\d)){0,40}?\s)`;

// Order matters: unverified first, so "not confirmed" is never read again as "confirmed".
const PATTERNS: Pattern[] = [
  // "would neither confirm nor deny the report": no verdict either way, so unverified (and "deny" is no denial)
  { pre: ["neither", "confirm or deny"], re: /\bneither\s+(?:confirm|confirmed|confirms)\s+nor\s+(?:deny|denied|denies)\b|\b(?:not|n't)\s+(?:confirm|confirmed)\s+or\s+(?:deny|denied)\b/g, status: "unverified" },
  { pre: ["unverif", "unconfirm", "unsubstan", "uncorrob"], re: /\b(?:unverified|unconfirmed|unsubstantiated|uncorroborated|unverifiable)\b/g, status: "unverified" },
  { pre: ["verif", "confirm", "corrobor", "acknowledg", "substantiat", "authenticat", "tested", "check"], re: new RegExp(`\\b(?:not|never|n't|cannot|no one has|neither|nor|unable to|impossible to|difficult to|hard to|no way to)\\b[^.;:!?,]{0,40}?\\b${V}`, "g"), status: "unverified" },
  { pre: ["evidence", "proof", "data", "details", "methodology", "documentation", "documents", "records", "receipts", "results", "figures", "numbers", "calculations", "breakdown", "support", "tests", "logs", "names", "list", "minutes", "report", "photographs", "photos", "invoices", "schedules", "files", "paperwork", "workings", "copy", "copies", "emails", "correspondence", "recordings", "review", "study", "analysis", "audit", "survey", "memo", "assessment", "valuation", "model", "assumptions", "history", "business case", "calculation", "rosters", "rotas", "sheets", "memorandum", "memos", "contract", "contracts", "guidance", "timesheets", "tallies", "ledgers", "footage", "payroll"], re: new RegExp(`\\b(?:not|never|n't)\\s+(?:yet\\s+)?${EVIDENCE_VERBS}\\s+(?:any\\s+|an?\\s+|the\\s+|its\\s+|their\\s+|his\\s+|her\\s+)?(?:(?:copies|copy|details)\\s+of\\s+(?:the\\s+|its\\s+|their\\s+|his\\s+|her\\s+)?)?(?:[\\w’'-]+\\s+){0,2}?(?:evidence|proof|data|details|methodology|documentation|documents|records|receipts|results|figures|numbers|calculations|breakdown|support|tests|logs|names|list|minutes|reports?|photographs|photos|invoices|schedules|files|paperwork|workings|copy|copies|emails|correspondence|recordings|review|study|analysis|audit|survey|memo|assessment|valuations?|models?|modell?ing|assumptions|history|business case|calculation|rosters|rotas|sheets|memorand(?:um|ums|a)|memos|contracts?|guidance|timesheets|tallies|ledgers|footage|payroll)\\b`, "g"), status: "unverified" },
  // "It did not provide its own before-and-after prices to support that account": whatever was held back, it was to back the claim
  { pre: ["to support", "to back", "to substantiate", "to justify", "to prove", "to corroborate"], re: new RegExp(`\\b(?:not|never|n't)\\s+(?:yet\\s+)?${EVIDENCE_VERBS}\\s+(?:any\\s+|the\\s+|its\\s+(?:own\\s+)?|their\\s+(?:own\\s+)?|his\\s+(?:own\\s+)?|her\\s+(?:own\\s+)?)?(?:[\\w’'-]+\\s+){1,3}?to\\s+(?:support|back\\s+up|back|substantiate|justify|prove|corroborate)\\b`, "g"), status: "unverified" },
  { pre: ["evidence", "proof", "cited no", "no basis"], re: /\b(?:without|provided no|offered no|gave no|presented no|cited no|produced no|no)\s+(?:\w+\s+)?(?:evidence|proof)\b|\b(?:provided|offered|gave|presented|cited|produced)\s+no\s+basis\b|\b(?:provided|offered|gave|presented|produced)\s+no\s+[\w’'-]+(?:,\s+[\w’'-]+){0,3},?\s+or\s+other\s+evidence\b|\bcited no\s+(?:\w+\s+)?(?:study|studies|source|sources|data|figures|research|basis)\b/g, status: "unverified" },
  { pre: ["records", "documents", "documentation", "data", "details", "breakdown", "figures", "numbers", "list"], re: /\b(?:provided|offered|gave|presented|produced|released|shared)\s+no\s+(?:\w+\s+)?(?:records|documents|documentation|data|details|breakdown|figures|numbers|list)\b/g, status: "unverified" },
  // "but offered nothing to support that explanation", "without saying how that figure had been compiled"
  { pre: ["nothing to", "nothing beyond", "nothing but", "nothing other than", "nothing except", "saying how", "explaining how", "specifying how", "detailing how", "say how", "explain how", "specify how", "detail how"], re: /\b(?:offered|offers|provided|provides|gave|gives|produced|produces|presented|presents)\s+nothing\s+(?:(?:beyond|but|other\s+than|except)\s+[^.;:!?,]{1,30}?\s+)?to\s+(?:support|back|substantiate|prove|justify)\b|\bwithout\s+(?:saying|explaining|specifying|detailing)\s+how\b|\b(?:not|n't|(?:declined|declines|refused|refuses)\s+to)\s+(?:say|explain|specify|detail)\s+how\s+(?:it|they|he|she|the\s+[\w’'-]+)\s+(?:had\s+|has\s+|have\s+)?(?:arrived|calculated|compiled|reached|obtained|counted|estimated|derived|worked out|came|come|got)\b/g, status: "unverified" },
  // "though he did not say how much those sales had brought in"
  // ("…, but the company would not say how many drivers it employs": an answer held back, which counts only
  // against a denial in the same sentence)
  { pre: ["say how"], re: /(?<=\b(?:though|although|but)\s+)(?:he|she|it|they|the\s+(?:company|firm|ministry|department|agency|operator|council|trust|club|union|government|board|campaign))\s+(?:would|will)\s+not\s+say\s+how\s+(?:much|many)\b/g, status: "unverified", withholding: true },
  { pre: ["say how"], re: /\b(?:though|although|but)\s+(?:he|she|it|they)\s+(?:did|does|do)\s+not\s+say\s+how\s+(?:much|many)\b|^(?:he|she|it|they)\s+did\s+not\s+say\s+how\s+(?:much|many)\b/g, status: "unverified" },
  // "The campaign would not release the survey", "The department would not say whether …", "would not discuss the memo"
  { pre: ["would not", "will not", "wouldn't", "won't"], re: /\b(?:would|will)\s+not\s+(?:say(?!\s+how)|release|discuss|disclose|provide|publish|make public|address|give|share|detail|explain|identify|name)\b|\b(?:wouldn't|won't)\s+(?:say(?!\s+how)|release|discuss|disclose|provide|publish|make public|address|give|share|detail|explain|identify|name)\b/g, status: "unverified", withholding: true },
  // "The memo has not been made public", "The study has not yet been peer-reviewed"
  { pre: ["public", "reviewed", "published", "released"], re: /\b(?:has|have|had)\s+not\s+(?:yet\s+)?been\s+(?:independently\s+|publicly\s+)?(?:made public|released|published|peer-reviewed|reviewed|audited)\b/g, status: "unverified", withholding: true },
  // "though it has not made the petitions available for inspection"
  { pre: ["available", "public"], re: /\b(?:not|never|n't)\s+(?:yet\s+)?made\s+(?:the\s+|its\s+|their\s+|his\s+|her\s+|any\s+|a\s+)?(?:[\w’'-]+\s+){0,3}?(?:available|public)\b/g, status: "unverified" },
  // "but he declined to make the speaker's redistricting files available"
  { pre: ["declin", "refus"], re: /\b(?:declined|declines|refused|refuses)\s+to\s+make\s+(?:[\w’'-]+\s+){0,4}?(?:files|records|documents|data|figures|numbers|review|report|reports|papers|logs|accounts|calculations|results|minutes|emails|contracts|study|memo|evidence)\s+(?:available|public)\b/g, status: "unverified" },
  // "Neither the company nor its lawyers have produced any correspondence …"
  { pre: ["neither"], re: /\bneither\b[^.;:!?]{0,60}?\bnor\b[^.;:!?]{0,40}?\b(?:has|have|had)\s+(?:yet\s+)?(?:produced|provided|offered|given|shown|released|published|presented|submitted)\b/g, status: "unverified" },
  // "No company has yet made those test results public"
  { pre: ["public"], re: /\b(?:no|none of the)\s+(?:[\w’'-]+\s+){1,2}?(?:has|have|had)\s+(?:yet\s+|since\s+)?(?:made\s+(?:[\w’'-]+\s+){1,3}?public|published|released)\b/g, status: "unverified", needsAnaphor: true },
  // "No minutes of that meeting have been produced in court", "No bank record of the cash payments has been
  // put before the jury": the record a claim would rest on, missing
  { pre: ["produced", "put before", "shown to"], re: /^(?:no|none of the)\s+(?:[\w’'-]+\s+){0,2}?(?:minutes|records?|documents?|evidence|receipts|invoices|accounts|emails|correspondence|contracts?|paperwork|proof)\b[^.;:!?]{0,60}?\b(?:has|have|had)\s+(?:yet\s+)?been\s+(?:produced|put before|shown to)\b/g, status: "unverified" },
  // "Corr did not say where his figure came from"
  { pre: ["came from", "come from"], re: /\b(?:did|does|would|could)\s+not\s+say\s+(?:where|how)\s+(?:the|his|her|its|their|that|this)\s+(?:[\w’'-]+\s+)?(?:figures?|numbers?|estimates?|data|totals?|counts?)\s+(?:came|comes|come)\s+from\b/g, status: "unverified" },
  // "Army headquarters has said nothing publicly about the claim"
  { pre: ["said nothing"], re: /\bsaid nothing\b/g, status: "unverified", needsAnaphor: true },
  // "the company declined to release the email", "He did not identify the model"
  { pre: ["declin", "refus", "identify", "name"], re: /\b(?:declined|declines|refused|refuses|has refused|have refused) to (?:release|provide|share|disclose|publish|identify|name|detail|explain|say how (?:much|many)|comment|confirm|give|hand over|turn over|produce|make public|show(?!\s+up\b))\b|\b(?:not|never|n't)\s+(?:identify|name)\b/g, status: "unverified" },
  // "The company did not make those employees' records available", "He has declined to make the audit public"
  // (a person made "available for an interview" is no record withheld)
  { pre: ["available", "public"], re: /\b(?:not|never|n't|declined to|declines to|refused to|refuses to|declined a request to|refused a request to)\s+make\s+(?:[\w’'-]+\s+){1,5}?(?:available(?!\s+for\s+(?:an?\s+)?interviews?)|public)\b/g, status: "unverified" },
  // "…, a figure ministers have said they do not recognise" (before the backward form below, which would mask it): a claim named in apposition, judged by a refusal to recognise it
  { pre: ["recogni"], re: new RegExp(`${APPOSED_CLAIM}(?:do|does|did)\\s*(?:not|n[’']t)\\s+recogni[sz]e(?=\\s*[,.;:!?”"—–]|\\s*$)`, "g"), status: "disputed" },
  // "The Treasury said it did not recognise the figure"
  { pre: ["recogni"], re: /\b(?:not|n[’']t|never)\s+recogni[sz]e(?=\s+(?:the|that|this|those|these|its|their|his|her)\s+(?:[\w’'-]+\s+)?(?:figures?|numbers?|estimates?|counts?|totals?|tally|account|claims?|picture|description|characteri[sz]ation)\b|\s*[,.;]|\s*$)/g, status: "disputed", needsAnaphor: false, back: true },
  // "The trust said it could not discuss individual patients": the account left unanswered
  { pre: ["individual", "specific", "particular"], re: /\b(?:could|would|can|will|cannot)\s*(?:not|n[’']t)?\s+(?:comment\s+on|discuss|talk\s+about)\s+(?:individual|specific|particular)\s+(?:patients?|cases?|pupils?|students?|staff|employees?|members?|customers?|clients?|residents?|tenants?|claims?|complaints?)\b/g, status: "unverified", back: true },
  // "The force said it no longer held figures for the 2018 campaign": the record a claim would rest on, gone
  { pre: ["no longer"], re: /\bno\s+longer\s+(?:holds?|held|has|had|keeps?|kept|retains?|retained)\s+(?:any\s+)?(?:figures|records|data|documents|logs|files|statistics|numbers)\b/g, status: "unverified", back: true },
  // "He acknowledged that the union had no count to back up that estimate"
  { pre: ["back up", "support", "substantiate"], re: /\b(?:had|has|have|having)\s+no\s+(?:[\w’'-]+\s+)?(?:count|counts|evidence|figures?|numbers?|records?|data|documents?|documentation|proof|tally|survey|list)\s+to\s+(?:back\s+up|support|substantiate)\b/g, status: "unverified", needsAnaphor: true },
  // "He offered no receipts or other records to support that account", "produced no record of it"
  { pre: ["no "], re: /\b(?:offered|offers|produced|produces|provided|provides|gave|gives|presented|presents|showed|shows|published|publishes|released|releases)\s+no\s+(?:[\w’'-]+\s+)?(?:evidence|proof|records?|receipts|documents?|documentation|data|figures|invoices|paperwork|details|breakdown|images|photographs|photos|footage|video|survey)\b/g, status: "unverified" },
  // "None of them offered sales figures or a survey to support that estimate."
  { pre: ["none of", "neither of"], re: /\b(?:none|neither)\s+of\s+(?:them|those|these|the\s+[\w’'-]+)\s+(?:offered|produced|provided|gave|presented|showed|published|released|has\s+(?:offered|produced|provided|published|released)|have\s+(?:offered|produced|provided|published|released))\b/g, status: "unverified" },
  // "the department has not publicly identified the source": what a claim says is not on the record
  { pre: ["publicly", "officially", "formally"], re: /\b(?:not|never|n't)\s+(?:yet\s+)?(?:publicly|officially|formally)\s+(?:identified|named|announced|disclosed|established|determined)\b/g, status: "unverified" },
  // ("leaving the data’s accuracy in question"; "the period in question" only names the period)
  { pre: ["question", "doubt"], re: /\b(?:(?:is|are|was|were|remains?|remained|now|still)\s+in question|(?:leaving|leaves|left|put|puts|putting|call|calls|called|calling|bring|brings|brought|throw|throws|threw)\s+(?:[\w’'-]+\s+){0,4}?in(?:to)? question|open to question|leaving [\w’' -]{0,30}? in doubt)\b/g, status: "unverified" },
  { pre: ["comment", "respond", "repli", "reached"], re: /\b(?:not|never|n't) (?:publicly |yet |immediately |officially )?(?:commented|responded|replied|respond|be reached)\b/g, status: "unverified", needsAnaphor: true },
  { pre: ["unclear"], re: /\b(?:remains?|remained) unclear\b/g, status: "unverified", needsAnaphor: true },
  // "Mr. Ashby's budget director did not dispute the 9,800 figure": accepted by the other side ("did not
  // dispute the number of invoices" or "the figures in it" names no one claim) (before the
  // dispute patterns, whose negated match would mask it)
  { pre: ["not dispute", "not contest", "not challenge"], re: /\b(?:did|does|do|has|have|had)\s+not\s+(?:dispute|contest|challenge)\b(?=\s+(?:(?:that|this|those|these)\s+(?:[\w’'-]+\s+)?|the\s+[$£€]?\d[\d,.]*\s+(?:[\w’'-]+\s+)?)(?:figures?|numbers?|estimates?|counts?|totals?|tally|account|findings?|conclusions?|calculations?|results?)\b)/g, status: "confirmed", needsAnaphor: true },
  { pre: ["deni", "deny", "reject", "disput", "refut", "contradict", "debunk", "contest", "rebut", "dismiss"], re: /\b(?:denied|denies|deny|denying|rejected|rejects|rejecting|disputed|disputing|refuted|refutes|refuting|contradicted|contradicts|contradicting|debunked|contested|rebutted|rebuts|dismissed|dismisses|dismissing)\b|(?<!\b(?:would|will|could|might|may|should|must|to|can|cannot)\s+)\b(?:reject|refute|contradict|rebut|dismiss)\b/g, status: "disputed", negatable: true, activeOnly: true },
  // a reply by another party: "X countered that …", "X contends that the $18 billion figure double-counts …"
  { pre: ["counter", "retort"], re: /\b(?:countered|counters|retorted|retorts)\b/g, status: "disputed", negatable: true },
  { pre: ["contend"], re: /\b(?:contends|contended|contend)\b/g, status: "disputed", needsAnaphor: true, negatable: true },
  // a rival figure from another party: "Local police estimated the crowd at 1,200", "the company put
  // the number of strikers at 9,500", "The union put the number at three"
  // a rival figure stated as a correction: "the lasting cut would be closer to $30"
  // "Data from two analytics firms suggests the true figure may be little more than half that."
  { pre: ["true", "real", "actual"], re: /\bthe\s+(?:true|real|actual)\s+(?:figure|number|total|count|tally|toll|cost|amount)\s+(?:is|was|may be|might be|could be|would be|is likely to be|was likely)\s+(?:[\w’'-]+\s+){0,3}?(?:[$£€]?\d|half|a third|a quarter|two-thirds|double|twice|triple|three times|closer|nearer)/g, status: "disputed", rival: true },
  { pre: ["closer to", "nearer to", "more like"], re: /\b(?:closer to|nearer to|more like)\s+(?:about\s+|around\s+)?[$£€]?\d/g, status: "disputed", rival: true },
  // "put the true rate “nearer 7%”": a rival figure given as nearer another number, with no "at"
  { pre: ["nearer", "closer to"], re: /\b(?:put|puts|placed|places)\s+(?:the|its|their|[a-z][\w-]*[’']s)\s+(?:[\w’'-]+\s+){0,3}?[“"‘']?(?:nearer|closer\s+to)\s+(?:to\s+)?(?:[$£€]?\d|(?:two|three|four|five|six|seven|eight|nine|ten)\b)/g, status: "disputed", rival: true },
  { pre: ["put", "placed", "places", "pegged", "pegs", "estimat"], re: /\b(?:put|puts|placed|places|pegged|pegs|estimated|estimates)\s+(?:(?:the|its|their|[a-z][\w-]*[’']s)\s+(?:[\w’'-]+,?\s+){0,4}?|(?=(?:capital|total|annual|overall|net|gross)\s)(?:[\w’'-]+,?\s+){1,5}?)at\s+(?:about\s+|around\s+|roughly\s+|only\s+|just\s+|some\s+|nearly\s+|nearer\s+(?:to\s+)?|closer\s+to\s+|under\s+|(?:fewer|less|more) than\s+)?(?:[$£€]?\d|(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b(?!-))/g, status: "disputed", rival: true },
  // "The inspector general's auditors … counted only 11 that had passed", "no more than 20 had been arrested"
  { pre: ["counted", "found only", "records only", "lists only", "listed only", "shows only", "showed only", "found just", "recorded only", "tallied", "identified only", "confirmed only", "that no more", "that no fewer"], re: /\b(?:counted|found|recorded|records|tallied|identified|confirmed|lists|listed|shows|showed)\s+(?:only|just)\s+(?:about\s+)?(?:\d|(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b(?!-))|\bthat\s+no\s+(?:more|fewer)\s+than\s+[$£€]?\d/g, status: "disputed", rival: true },
  // "A jury disagreed, …", "The ministry disagreed with that": the claim before it
  { pre: ["disagree"], re: /\bdisagree[sd]?\b(?=\s*[,.;:—–]|\s+with\s+(?:that|this|it|him|her|them)\b)/g, status: "disputed", negatable: true, back: true },
  // "The FDA has not yet reviewed the safety data": not checked by the party that would check it
  { pre: ["review", "examin", "assess", "audit", "evaluat"], re: /\b(?:not|never|n't)\s+(?:yet\s+)?(?:independently\s+|publicly\s+|fully\s+)?(?:reviewed|examined|assessed|audited|evaluated)\b/g, status: "unverified", needsAnaphor: true },
  // "the suit is without merit"
  { pre: ["merit", "frivolous"], re: /\b(?:without merit|no merit|meritless|frivolous)\b/g, status: "disputed", needsAnaphor: true },
  { pre: ["brush", "shrug"], re: /\b(?:brush(?:ed|es|ing)?|shrug(?:ged|s|ging)?)\s+(?:off|aside)\b|\b(?:brush(?:ed|es|ing)?|shrug(?:ged|s|ging)?)\s+(?:the|that|this|these|those|its|their|his|her)\s+(?:[\w’'-]+\s+){0,3}?(?:off|aside)\b/g, status: "disputed", needsAnaphor: true },
  { pre: ["dispute"], re: /\bdisputes? (?:the|that|this|these|those|it|its|their|his|her|such)\b/g, status: "disputed", negatable: true },
  // "…, a figure the army disputes.", "…, a claim that Harrow's lawyers question": a claim named in apposition
  // and judged by a party in a clause of its own (no negation in it: "a number the company did not dispute")
  { pre: ["disput", "question", "doubt", "contest", "challeng"], re: new RegExp(`${APPOSED_CLAIM}(?:disputes?|disputed|contests?|contested|questions?|questioned|doubts?|doubted|challenges?|challenged)(?=\\s*[,.;:!?”"—–]|\\s*$|\\s+(?:in|on|at|and|but|as|because|strongly|vigorously|sharply)\\b)`, "g"), status: "disputed" },
  // "…, a count that Democratic aides said was a dozen or more too high"
  { pre: ["too high", "too low", "too large", "too small", "inflat", "exaggerat", "overstat", "understat", "underestimat", "overestimat", "undercount", "overcount"], re: new RegExp(`${APPOSED_CLAIM}(?:says?|said|believes?|believed|considers?|considered|insists?|insisted|argues?|argued|thinks?|thought|suspects?|suspected|maintains?|maintained)\\s+(?:is|was|are|were|to\\s+be|had\\s+been|has\\s+been)\\s+(?:[\\w’'-]+\\s+){0,4}?(?:too\\s+(?:high|low|large|small)|inflated|exaggerated|overstated|understated|an?\\s+(?:exaggeration|underestimate|overestimate|undercount|overcount|overstatement|understatement))\\b`, "g"), status: "disputed" },
  // "pushed back on that reading", "scoffed at the suggestion", "took issue with that", "raised questions about the methods"
  // "has come under fire from independent researchers" (not "came under fire from artillery positions")
  { pre: ["under fire", "under criticism"], re: /\bunder\s+(?:(?:heavy|growing|sharp|fierce|mounting)\s+)?(?:criticism|fire)\s+from\s+(?:(?:independent|outside|rival|other|some|several|many|leading)\s+)?(?:critics|researchers|scientists|economists|experts|analysts|academics|campaigners|opponents|statisticians|doctors|lawmakers|regulators|unions?)\b/g, status: "disputed" },
  { pre: ["push", "scoff", "issue", "question"], re: /\b(?:push(?:ed|es|ing)? back (?:on|against)|scoff(?:ed|s|ing)? at|(?:took|takes|take|taking) issue with|(?:raised|raises|raising) (?:\w+ )?questions (?:about|over|on))\b/g, status: "disputed", needsAnaphor: true },
  { pre: ["skeptic", "sceptic", "doubt", "disbelief", "incredul", "suspicion"], re: /\b(?:met|greeted|received|viewed|treated)\s+(?:(?:the|that|this|these|those|its|their|his|her)\s+(?:[\w’'-]+\s+){0,3}?)?with\s+(?:\w+\s+)?(?:skepticism|scepticism|doubt|doubts|disbelief|incredulity|suspicion)\b/g, status: "disputed" },
  // "Moravec's estimate of the cost has found little support outside the union"
  { pre: ["support"], re: /\b(?:found|finds|find|finding|drew|draws|drawn|won|wins|gained|gains|has|had|have)\s+(?:little|scant|no|few)\s+(?:\w+\s+)?(?:support|backing|takers)\b/g, status: "disputed", needsAnaphor: true },
  // "A study reporting that … has drawn sharp criticism from water companies"
  { pre: ["criticism", "skepticism", "scepticism", "objections", "doubts"], re: /\b(?:drew|drawn|draws|drawing|faced|faces|facing|attracted|attracts|prompted|prompts|met with)\s+(?:\w+\s+){0,2}?(?:criticism|skepticism|scepticism|objections|doubts)\b/g, status: "disputed" },
  // "Few economists … would accept a knock-on effect of that size"
  { pre: ["accept", "believe"], re: /\bfew\s+(?:[\w’'-]+\s+){0,8}?(?:would|will|could|can|do|does)\s+(?:accept|believe)\b/g, status: "disputed", needsAnaphor: true },
  // "That figure matches the trimmed-mean measure published by the statistics bureau"
  { pre: ["matches", "match", "tallies with"], re: /(?<=\b(?:that|this|the|these|those|its|their)\s+(?:[\w’'-]+\s+){0,2}?(?:figure|figures|number|numbers|count|total|tally|account|estimate|data|claim|finding|findings|results)\s+(?:closely\s+|broadly\s+|largely\s+|roughly\s+|almost\s+exactly\s+)?)(?:matches|match|tallies with|tally with)\b/g, status: "confirmed", needsAnaphor: true, negatable: true },
  { pre: ["doubt", "skeptic", "sceptic"], re: /\b(?:cast|casts|casting|raised|raises|raising|expressed|voiced)\s+(?:\w+\s+)?(?:doubts?|skepticism|scepticism)\b/g, status: "disputed" },
  { pre: ["false", "baseless", "untrue", "fake", "inaccurate", "misleading", "lie", "fabricat", "nonsense", "propaganda", "unfounded", "groundless", "exaggerat", "disinformation", "fiction", "outdated", "wrong", "inflated", "overstated", "overblown", "implausible", "unrealistic", "flawed", "speculative", "dubious", "questionable", "absurd", "unreliable", "premature", "fantasy", "fairy tale", "myth", "ridiculous", "preposterous", "bogus", "distort", "invent", "speculat", "conjecture", "scaremonger", "made up", "political", "partisan", "smear", "hatchet", "witch hunt", "hit piece", "stunt", "alarmis", "hysteri", "overheated", "optimistic", "cherry-pick", "out of date"], re: /\b(?:call|calls|called|calling|label\w*|describ\w*|brand\w*)\b[^.;:!?]{0,40}?\b(?:(?:overly\s+|too\s+|wildly\s+|unduly\s+)?optimistic|cherry-picked|(?:badly\s+|hopelessly\s+|years\s+)?out\s+of\s+date|false|baseless|untrue|fake|inaccurate|misleading|a lie|lies|fabricat\w*|nonsense|propaganda|unfounded|groundless|exaggerat\w*|disinformation|fiction|outdated|wrong|inflated|overstated|overblown|implausible|unrealistic|flawed|speculative|dubious|questionable|absurd|unreliable|premature|fantasy|fairy tale|myth|ridiculous|preposterous|bogus|distort\w*|invented|an invention|speculation|conjecture|scaremongering|made up|(?:a\s+)?(?:political|partisan)(?:\s+(?:document|exercise|number|attack|stunt|smear|hit job))?|politically motivated|a smear|a hatchet job|a witch hunt|a hit piece|a stunt|a publicity stunt|alarmist|alarmism|hysterical|overheated)\b/g, status: "disputed" },
  // "The hospital trust said that was incorrect", "Economists … say that is rarely the case": the claim just before
  { pre: ["incorrect", "untrue", "not true", "false", "wrong", "inaccurate", "the case"], re: /\b(?:said|says|say|insisted|insists|added|maintained|replied)\s+(?:that\s+)?(?:this|that|it)\s+(?:was|is|had been|has been)\s+(?:incorrect|untrue|not true|false|wrong|inaccurate)\b|\b(?:that|this|it)\s+(?:is|was|has been)\s+(?:rarely|seldom|not|never|not always|often not|not necessarily)\s+the\s+case\b/g, status: "disputed", back: true },
  { pre: ["false", "untrue", "inaccurate", "outdated", "wrong", "incorrect", "misleading", "exaggerated", "baseless", "out of date", "out-of-date"], re: /\b(?:was|were|is|are) (?:“|")?(?:false|untrue|inaccurate|outdated|wrong|incorrect|misleading|exaggerated|baseless|out of date|out-of-date)\b/g, status: "disputed", needsAnaphor: true },
  { pre: ["odds", "inconsistent", "conflicts", "contradicted", "uneasily", "reconcile"], re: /\b(?:at odds with|inconsistent with|conflicts with|in conflict with|(?:sits?|sat|sitting) uneasily with|(?:hard|difficult|impossible) to reconcile with)\b/g, status: "disputed", needsAnaphor: true },
  { pre: ["reflect"], re: /\b(?:did|does|do) not reflect\b/g, status: "disputed", needsAnaphor: true },
  // "said that target looked out of reach"
  { pre: ["out of reach", "unattainable", "unachievable", "optimistic"], re: /\b(?:looks?|looked|seems?|seemed|appears?|appeared|is|are|was|were|remains?|remained)\s+(?:well\s+|far\s+|increasingly\s+|likely\s+to\s+be\s+)?(?:out of reach|unattainable|unachievable|(?:overly|too|wildly|far too) optimistic)\b/g, status: "disputed", needsAnaphor: true },
  { pre: ["accept"], re: /\bnot all [\w ]{0,20}?accept\b|\b(?:do|does|did) not accept\b/g, status: "disputed", needsAnaphor: true },
  // "That delivery total has also been questioned by the distributors": the passive with its agent (a claim noun
  // as subject: "He was questioned by police" is an interview)
  { pre: ["questioned", "queried"], re: /(?<=\b(?:was|were|been|is|are)\s+(?:[a-z]+ly\s+)?)(?:questioned|queried)(?=\s+(?:(?:this|last|on|in|earlier|later)\s+[a-z]+\s+|yesterday\s+|today\s+)?by\b)/g, status: "disputed", needsAnaphor: true },
  { pre: ["challeng"], re: /\bchalleng(?:ed|es|ing)\b/g, status: "disputed", needsAnaphor: true, negatable: true, activeOnly: true },
  // "The club’s wage figure does not square with its own accounts", "disagreed with the job count", "gave a different account"
  // "Neither candidate's number can be squared with that count."
  { pre: ["squared", "reconciled"], re: /\bneither\b[^.;:!?]{0,60}?\b(?:can|could)\s+be\s+(?:squared|reconciled)\s+with\b/g, status: "disputed" },
  { pre: ["square", "disagree"], re: /\b(?:not|n't|never) square with\b|\bdisagreed\s+with\s+(?:the|its|their|his|her|those|these)\b/g, status: "disputed", needsAnaphor: true },
  { pre: ["different", "conflicting", "contrasting", "contradictory"], re: new RegExp(`\\b${DIFFERENT_ACCOUNT} (?:account|version|explanation|picture)\\b`, "g"), status: "disputed" },
  // "Mr. Mendes said no such proposal had been made"
  { pre: ["no such"], re: /\b(?:said|says|insisted|insists|maintained|added|replied|told \w+) (?:that )?no such\b/g, status: "disputed", needsAnaphor: true },
  { pre: ["shared", "accepted", "held"], re: /\bnot (?:widely|universally|generally|broadly) (?:shared|accepted|held)\b/g, status: "disputed", needsAnaphor: true },
  { pre: ["skeptical", "sceptical", "doubted", "questioned", "questioning"], re: /\b(?:skeptical|sceptical) (?:of|about)\b|\bdoubted\b|\b(?:questioned|questioning) (?:the|that|this|these|those|its|their|his|her|(?:(?:mr|mrs|ms|dr)\.\s+)?[a-z][\w-]*[’']s)\b/g, status: "disputed", needsAnaphor: true },
  { pre: ["confirm", "verif", "corrobor", "substantiat", "validat", "authenticat"], re: /\b(?:confirmed|confirms|confirm|confirming|verified|verifies|verify|corroborated|corroborates|corroborate|substantiated|validated|authenticated)\b/g, status: "confirmed", negatable: true },
  // "The Congressional Budget Office … found no such overlap", "had received no such warning": against the claim just before
  { pre: ["no such"], re: /\b(?:found|finds|find|saw|sees|detected|turned up|received|receives|got|seen|made|issued|sent|given)\s+no\s+such\b/g, status: "disputed", back: true },
  // "Court records tell a different story: …", "The figures paint a different picture", "The manual says
  // otherwise": against the claim just before
  { pre: ["different story", "different picture", "otherwise", "modest story", "modest picture", "bleaker", "grimmer", "less rosy", "darker story", "darker picture"], re: /\b(?:tells?|told|telling|paints?|painted|painting)\s+(?:a\s+)?(?:very\s+|rather\s+|quite\s+|somewhat\s+|far\s+|much\s+)?(?:different|more\s+modest|less\s+rosy|bleaker|grimmer|darker)\s+(?:story|picture)\b|\b(?:shows?|showed|suggests?|suggested|indicates?|indicated|says|said|states|stated)\s+otherwise\b/g, status: "disputed", back: true },
  // "The agency said it had found no record of any such warning": against the claim just before
  { pre: ["no record"], re: /\b(?:found|finds|find|has|had|have|kept|keeps|keep)\s+no\s+records?\s+of\b|\bthere\s+(?:is|was|were)\s+no\s+record\s+of\b/g, status: "disputed", back: true },
  // "Football finance analysts were sceptical.": doubt, with nothing named, about the claim just before
  { pre: ["sceptical", "skeptical", "doubtful", "unconvinced", "unpersuaded"], re: /\b(?:were|was|are|is|remained|remain|remains|seemed|appeared)\s+(?:\w+\s+)?(?:sceptical|skeptical|doubtful|unconvinced|unpersuaded)(?=\s*(?:[.;]|$))/g, status: "disputed", back: true },
  // "The returns do not bear that out", "The filings do not support that": against the claim just before
  { pre: ["bear", "back", "support"], re: /\b(?:do|does|did)\s+not\s+(?:bear\s+(?:that|this|it|those|these|them)\s+out|back\s+(?:that|this|it|those|these|them)\s+up|support\s+(?:that|this|it|those|these|them))\b/g, status: "disputed", back: true },
  // "the university's own records do not support Mr. Coyle's description": against the claim it names
  { pre: ["not support", "not bear", "not back", "not square", "not match"], re: /\b(?:do|does|did)\s+not\s+(?:support|bear\s+out|back\s+up|square\s+with|match)\s+(?=(?:the|his|her|their|its|(?:(?:mr|mrs|ms|dr)\.\s+)?[a-z][\w-]*[’']s)\s+(?:[\w’'-]+\s+){0,2}?(?:claims?|accounts?|descriptions?|figures?|numbers?|estimates?|version|assertions?|statements?|characteri[sz]ations?|totals?|counts?)\b)/g, status: "disputed", needsAnaphor: true },
  // "…, a figure that matches the league's published attendance records": backed by the record named
  // ("a figure that tallies with the Commission's estimate" backs the Commission: another claim, not a record)
  { pre: ["matches", "matched", "agrees with", "tallies with", "squares with", "consistent with"], re: /(?<=\b(?:figure|number|total|count|estimate|tally|detail|account|description|version|timeline)\s+that\s+)(?:matches|matched|agrees\s+with|tallies\s+with|squares\s+with|is\s+consistent\s+with)\b(?=\s+(?:the\s+|its\s+|their\s+)?(?:[\w’'-]+\s+){0,3}?(?:records?|data|logs?|filings?|statistics|documents?|audio|footage|video|recordings?|images?|photographs?|readings?|register|minutes|receipts|invoices)\b)/g, status: "confirmed" },
  // "…, well short of the number in Mrs. Duchene's advertisement" ("112 drivers short of the number it needed" is a shortfall)
  { pre: ["short of"], re: /\b(?:well|far|considerably|substantially|way|a long way)\s+short\s+of\s+(?=(?:the|that|this|its|their|his|her|[a-z][\w-]*[’']s)\s+(?:[\w’'-]+\s+){0,2}?(?:figures?|numbers?|counts?|estimates?|totals?|claims?|tally|target)\b)/g, status: "disputed", needsAnaphor: true },
  // "list 612 children in the program, less than half the number Mr. Coyle cited": a record set against a
  // figure someone gave ("less than half the number the city needs" is a shortfall: no one gave it)
  { pre: ["than half", "than a third", "than a quarter", "than a fraction", "than twice", "than double", "than three times"], re: /\b(?:less|fewer|more)\s+than\s+(?:half|a\s+third|a\s+quarter|a\s+fraction\s+of|twice|double|three\s+times)\s+(?=(?:the|that)\s+(?:figures?|numbers?|counts?|totals?|estimates?|tally)\s+(?:that\s+)?[^;:,]{1,40}?\b(?:cited|claimed|gave|given|reported|announced|quoted|stated|offered)\b)/g, status: "disputed", needsAnaphor: true },
  // "The state's own figures support the suit's central claim"
  { pre: ["support", "bolster"], re: /\b(?:support|supports|supported|bolster|bolsters|bolstered)\s+(?=(?:the|that|this|these|those|its|their|his|her|[a-z][\w-]*[’']s)\s+(?:[\w’'-]+\s+){0,2}?(?:claims?|accounts?|figures?|estimates?|allegations?|assertions?|findings?|numbers?|counts?|contentions?|version)\b)/g, status: "confirmed", needsAnaphor: true, negatable: true },
  // "Congressional auditors see it differently": against the claim just before
  { pre: ["differently"], re: /\b(?:see|sees|saw|seen|view|views|viewed|read|reads)\s+(?:it|that|this|things|the matter|the numbers|the figures)\s+differently\b/g, status: "disputed", back: true },
  // "Economists were less sure.": doubt about the claim just before
  { pre: ["less sure", "less certain", "less convinced", "less confident", "not so sure", "less optimistic"], re: /\b(?:were|was|are|is|seemed|appeared)\s+(?:much\s+|far\s+)?(?:less\s+(?:sure|certain|convinced|confident|optimistic)|not\s+so\s+sure)\b(?!\s+than\b)/g, status: "disputed", back: true },
  // "Forest Service records show the same number", "reached a similar conclusion", "showed the same 58-minute
  // average": the claim just before, from another party
  { pre: ["same", "similar"], re: /\b(?:show|shows|showed|shown|reached|reach|reaches|found|gave|give|gives|arrived at|record|records|recorded|list|lists|listed)\s+(?:the\s+|(?:nearly|almost|much|largely|broadly|roughly|essentially)\s+the\s+)?same\s+(?:[\d.,]+(?:-[a-z]+)?\s+)?(?:numbers?|figures?|counts?|totals?|estimates?|conclusion|results?|tally|amount|averages?)\b|\b(?:reached|came to|reaches|comes to)\s+(?:a\s+)?similar\s+conclusion\b|\b(?:show|shows|showed|record|records|recorded|found|gave|give|gives|put|puts|quoted|quotes|cited|cites|reported|reports)\s+(?:a\s+)?similar\s+(?:figure|number|total|count|loss|rise|drop|fall|increase|decline|rate|share|price|fee)s?\b/g, status: "confirmed", back: true },
  // "his own count came close to the state's count"
  { pre: ["close to"], re: /\b(?:close to|near to|very near)\s+(?=(?:the|that|this|its|their|his|her|[a-z][\w-]*[’']s)\s+(?:[\w’'-]+\s+){0,2}?(?:count|figure|number|estimate|total|tally)s?\b)/g, status: "confirmed", needsAnaphor: true },
  // "their own tally put turnout within half a percentage point of the commission's figure"
  { pre: ["within"], re: /\bwithin\s+(?:(?:half\s+a|a|one|two|three|a\s+few|\d+(?:\.\d+)?)\s+(?:percentage\s+points?|points?|percent|per\s+cent)|\d+(?:\.\d+)?\s*%)\s+of\b(?=\s+(?:the|that|this|its|their|his|her|[a-z][\w-]*[’']s)\s+(?:[\w’'-]+\s+){0,2}?(?:figures?|counts?|estimates?|totals?|tally|tallies|numbers?|results?)\b)/g, status: "confirmed", needsAnaphor: true },
  // "That Dublin figure is in line with completion certificates", "broadly in line with that estimate"
  { pre: ["in line with"], re: /\b(?:is|are|was|were|broadly|largely|roughly|closely|fully)\s+in line with\b/g, status: "confirmed", needsAnaphor: true },
  // "The ombudsman argues that the 2021 email shows the opposite": against the claim just before
  { pre: ["opposite"], re: /\b(?:shows?|showed|shown|suggests?|suggested|indicates?|indicated|proves?|proved)\s+(?:exactly\s+|just\s+)?the\s+opposite\b/g, status: "disputed", back: true },
  // "a range Okoro’s group said matched its own tally": another party's own count agrees
  { pre: ["matched", "matches", "match"], re: /\b(?:matched|matches|match)\s+(?:its|their|his|her)\s+own\s+(?:[\w’'-]+\s+)?(?:tally|tallies|count|counts|figures?|records?|estimates?|numbers?|data|findings)\b/g, status: "confirmed" },
  // "Counsel for the ombudsman acknowledged that those payments had been made" ("conceded that his
  // figure included …" undercuts the speaker's own claim: not a confirmation)
  // ("The family's own expert has accepted that finding", "the defence accepted those figures")
  { pre: ["acknowledg", "conced", "admitted", "admits", "accept"], re: /\b(?:acknowledged|acknowledges|conceded|concedes|admitted|admits|accepted|accepts)\s+(?:that\s+)?(?=(?:the|those|this|these)\s)/g, status: "confirmed", needsAnaphor: true, negatable: true },
  // "Other former pickers gave matching accounts of being handed the form": the same story from others,
  // about the claim it shares words with
  // ("A second manager … gave a similar account": the account just given, from someone else)
  // ("… gave matching accounts of being handed the form" names what it matches: the claim it shares words with)
  { pre: ["matching", "similar", "corroborating", "consistent"], re: new RegExp(`${MATCHING_ACCOUNTS}(?=\\s+of\\b)`, "g"), status: "confirmed" },
  { pre: ["matching", "similar", "corroborating", "consistent"], re: new RegExp(`${MATCHING_ACCOUNTS}(?!\\s+of\\b)`, "g"), status: "confirmed", back: true },
  // "backs up her account", "back that up", "was backed up by": support from another party
  // "Her pay figure, however, is backed by an independent review", "…, a claim backed by the price comparison site"
  // ("The trip was backed by two sponsors" is support of another kind: only a claim noun is backed up)
  { pre: ["backed by", "backed up by"], re: /(?<=\b(?:figures?|numbers?|accounts?|claims?|estimates?|counts?|tally|totals?|findings?|data|version|story|assertions?)(?:,\s*(?:however|though|too),)?\s+)(?:(?:is|are|was|were|has\s+been|have\s+been)\s+(?:\w+\s+)?)?backed\s+(?:up\s+)?by\b/g, status: "confirmed", needsAnaphor: true },
  // ("prices had crept back up", "is back up to 5%": the adverb, not the verb)
  { pre: ["back"], re: /(?<!\b(?:went|gone|came|come|crept|creep|moved|bounced|climbed|rose|risen|shot|edged|jumped|got|grew|grown|is|are|was|were|be|been|inched|ticked|crawled)\s)\b(?:back|backs|backed|backing)\s+(?:up\b|(?:that|this|it|them|those|these)\s+up\b|(?:her|him|them)\s+(?:up\b|on\s+(?:that|this|the)\b))/g, status: "confirmed", negatable: true },
  // "Statewide turnout reached 67.5%, …, a figure the Lakeshore Civic Data Lab matched in its own count",
  // "That count matched a report filed last year by a surveyor", "a grievance an arbitrator upheld"
  { pre: ["matched", "upheld"], re: /(?<=\b(?:a|the|that|this|its|their) (?:figure|number|count|total|tally|estimate|grievance|complaint|claim|finding|allegation)\b[^.;:!?]{0,60}?)\b(?:matched|upheld)\b/g, status: "confirmed" },
  // "Filings published by the two buying clubs bore out the sum", "Invoices back that figure", "That account is consistent with the charge sheet", "supported by county records"
  // "Those tonnage figures, at least, hold up: they match …", "The monitor's head count … held up": a claim named
  // as the subject survives a check ("the figure does not hold up" is the opposite; "holds up only if …" and
  // "whether the figure holds up" are no verdict)
  { pre: ["not hold up", "n't hold up", "fail to hold up", "fails to hold up", "failed to hold up"], re: new RegExp(`${HELD_SUBJECT}(?:(?:do|does|did)\\s+not|(?:do|does|did)n[’']t|fail(?:s|ed)?\\s+to)\\s+hold\\s+up\\b`, "g"), status: "disputed", needsAnaphor: true },
  { pre: ["hold up", "holds up", "held up"], re: new RegExp(`${HELD_SUBJECT}(?<!\\b(?:whether|if|unless)\\b[^.;:!?]{0,60})(?:hold|holds|held)\\s+up\\b(?!\\s+(?:the|a|an|his|her|their|its|traffic|work|production|payments?|progress|only|under|well|better|against)\\b)`, "g"), status: "confirmed", needsAnaphor: true, negatable: true },
  { pre: ["bore", "bear", "borne", "back", "consistent", "supported by"], re: /\b(?:bore|bears|bear|borne)\s+(?:(?:her|him|them|it|that|this|those|these)\s+)?out\b|\bback(?:s|ed)?\s+(?:that|this|these|those|the|its|their|his|her)\s+(?:[\w’'-]+\s+){0,2}?(?:figures?|accounts?|claims?|numbers?|counts?|estimates?|tally|version|assertions?|sum)\b|\b(?:is|are|was|were|be|been|seems?|seemed|appears?|appeared|remains?|remained)\s+(?:\w+\s+)?consistent with\b|\b(?:is|are|was|were) supported by\b/g, status: "confirmed", needsAnaphor: true, negatable: true },
];

// An anaphoric phrase pointing back at earlier claims ("This figure", "the report’s veracity").
const ANAPHOR_NOUNS =
  "figures?|averages?|reviews?|numbers?|estimates?|tally|tallies|toll|counts?|totals?|claims?|allegations?|accusations?|reports?|assertions?|statements?|accounts?|data|information|proposals?|plans?|phrase|remarks?|comments?|story|stories|videos?|footage|documents?|charges?|assessments?|findings?|finding|descriptions?|characteri[sz]ations?|version|narrative|arguments?|contentions?|explanations?|theory|theories|defen[cs]e|suit|lawsuit|complaints?|rumou?rs?|suggestion|idea|assurances?|payments?|casualty|casualties|polls?|surveys?|study|studies|analysis|analyses|memo|letter|projections?|calculations?|explanation|results?|conclusions?|description|decline|increase|rise|drop|fall|jump|surge|growth|loss|losses|gain|gains|offers?|evidence|readings?|methods?|methodology|timeline|sum|amount|recommendations?|predictions?|forecasts?|testimony|comparisons?|calculation|ratio|targets?|percentages?|denials?|rebuttals?|timetables?|dates|ranges?|concerns?|fears?|warnings?";
const ANAPHOR_RE = new RegExp(`\\b(this|these|that|those|the|such|its|their|his|her|[a-z][\\w-]*[’']s)\\s+((?:(?:[\\w$£€%’'.-]|(?<=\\d),(?=\\d))+\\s+){0,3}?)(${ANAPHOR_NOUNS})(?:’s|'s)?\\b`, "gi");
// "the suit's central claim": a possessive anaphor noun owns the claim after it ("the study's findings"
// and "the survey's methodology" are still the study and the survey)
const NOUN_AFTER_POSSESSIVE = /^\s+(?:(?:[\w-]+\s+){0,2}?(?:claims?|allegations?|accusations?|assertions?|accounts?|contentions?|arguments?|version|narrative|estimates?|projections?|figures?|numbers?|counts?|totals?|tally)|(?:central|main|chief|principal|core|headline|key)\s+(?:findings?|conclusions?|figures?|results?))\b/i;
// ("confirmed it billed …" opens a clause: the pronoun is its subject, not the verdict's object)
const PRONOUN_OBJECT_RE = /\b(?:denied|denies|deny|rejected|rejects|reject|dismissed|dismiss|disputed|disputes|dispute|contradicts?|contradicted|confirmed|verified|refuted|called|corroborated|back(?:s|ed)?|bears?|bore|borne|issue with|scoffed at|back on)\s+(?:it|them|this|that)\b(?=\s*(?:[,.;:!?”"]|$)|\s+(?:as|up|on|in|at|out|outright|again|yesterday|today|last|this|without)\b)/i;
// "A reviewer … backed her on that point", "Records bear him out": the person's claim just before
const BACKED_PERSON_RE = /\b(?:back(?:s|ed|ing)?|bears?|bore|borne)\s+(?:her|him)\s+(?:up|on|out)\b/i;
const LEADING_PRONOUN_RE = /^(?:["“]?\s*)(?:it|this|that|these|those|they|such claims)\b/i;
const PASSIVE_BEFORE = /\b(?:be|been|being|was|were|is|are|get|got)\s+$/;
// ("Few dispute that fares have become …", "no one disputes": agreement, not a dispute)
const NEGATION_BEFORE = /\b(?:not|never|n't|no|cannot|few|nobody|no one)\s+(?:\w+\s+)?$/;
const NUMERIC_NOUNS = new Set(["figure", "figures", "number", "numbers", "estimate", "estimates", "tally", "tallies", "toll", "count", "counts", "total", "totals", "casualty", "casualties", "calculation", "calculations", "decline", "increase", "rise", "drop", "fall", "jump", "surge", "growth", "loss", "losses", "gain", "gains", "range", "average", "averages"]);
const DOC_NOUNS = new Set(["report", "reports", "study", "studies", "findings", "finding", "paper", "research", "data", "survey", "surveys", "poll", "polls", "analysis", "analyses", "assessment", "document", "documents", "memo", "letter", "projections", "projection", "results", "result"]);
const EXPERT_WORK_NOUNS = new Set(["analysis", "analyses", "assessment", "research", "findings", "finding", "calculations"]);
const EXPERT_ROLE = /\b(?:analyst|statistician|biostatistician|economist|researcher|scientist|professor|expert|epidemiologist|academic|lecturer|fellow|consultant|actuary|accountant|engineer)\b/i;
const DOC_SELF = new Set(["report", "reports", "study", "paper", "survey", "poll", "analysis", "assessment", "memo", "letter", "document", "documents", "data"]);
const PLURAL_NOUNS = /s$|^data$|^information$/;
const STOP = new Set(`the a an of to in on at for by with from and or but that this these those is are was were be been has have had
it its their his her they he she we i as than then which who whom whose said says say told also not no would could will
into about after before over under more most some any such other there here what when where while`.split(/\s+/));

function lowerOf(s: StatusSentence): string {
  return s.lower ?? s.text.toLowerCase();
}

const PRIORITY: Record<Status, number> = { disputed: 3, unverified: 2, confirmed: 1, unaddressed: 0 };
const WINDOW = 8;


// Every pattern's pre-test words, found in one pass: an alternation of all of them, longest first, so
// a match at a position is the longest word there and every shorter word at that position is one of
// its prefixes (marked with it). Restarting one character after each match finds overlapping words.
const PRE_WORDS: string[] = [...new Set(PATTERNS.flatMap((p) => p.pre))].sort((a, b) => b.length - a.length);
const PRE_INDEX = new Map(PRE_WORDS.map((w, k) => [w, k]));
const PRE_PREFIXES: number[][] = PRE_WORDS.map((w) => PRE_WORDS.flatMap((v, k) => (w.startsWith(v) ? [k] : [])));
const PRE_RE = new RegExp(PRE_WORDS.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|"), "g");
// Whether a sentence holds a pre-test word is answered by the scan of its lower case that marks them
// (lower-casing is cheap; a case-insensitive scan first would read the sentence twice). The two differ
// only where lower-casing turns a non-ASCII letter into ASCII ("İ" → "i̇", the Kelvin sign → "k"): in a
// sentence with one, the words count only as written, as they always have.
const ANY_CUE = new RegExp(PRE_RE.source, "i");
const ASCII_FROM_LOWER_CASING = /[\u0130\u212a]/;
// The patterns each pre-test word lets run, so that marking the words found marks their patterns.
const PATTERNS_OF_PRE: number[][] = PRE_WORDS.map((w) => PATTERNS.flatMap((p, pi) => (p.pre.includes(w) ? [pi] : [])));
const prePresent = new Uint8Array(PRE_WORDS.length);
const patternEnabled = new Uint8Array(PATTERNS.length);

// (the appointee as subject: "its check on the nominee could not be confirmed" is about the check)
const APPOINTEE_BEFORE = /(?<!\b(?:on|of|about|for|into|against|with|to)\s+(?:the|a|an|his|her|its|their)\s+)\b(?:successor|nominee|appointee|replacement)\s+(?:(?:would|will|could|might|may|can|has|have|had|was|were|is|are|be|been|being|yet|probably|likely)\s+){0,4}$/;

/** Marks the pre-test words the sentence holds, and the patterns they let run; false when it holds none. */
function markPreWords(lower: string): boolean {
  prePresent.fill(0);
  patternEnabled.fill(0);
  let any = false;
  PRE_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = PRE_RE.exec(lower)) !== null) {
    for (const k of PRE_PREFIXES[PRE_INDEX.get(m[0])!]!) {
      if (prePresent[k] === 1) continue;
      prePresent[k] = 1;
      for (const pi of PATTERNS_OF_PRE[k]!) patternEnabled[pi] = 1;
    }
    any = true;
    PRE_RE.lastIndex = m.index + 1;
  }
  return any;
}

const APPOINTED_AFTER = /^(?:\s+(?:(?:(?:Mr|Mrs|Ms|Dr|Gen|Judge)\.?\s+)?\p{Lu}[\p{L}’'-]+(?:\s+(?:\p{Lu}\.|\p{Lu}[\p{L}’'-]+))*|him|her|them))?\s+as\s+(?:(?:the|its|their|a|an)\s+)?(?:new\s+|next\s+|permanent\s+|interim\s+|acting\s+)?(?:chief|head|director|president|chair\w*|secretary|minister|judge|justice|commissioner|ambassador|governor|manager|coach|leader|member|successor|chancellor|dean|superintendent|ceo|treasurer|editor)\b/u;
const QUANTITY_OBJECT_RE = /^\s+(?:more than |fewer than |nearly |about |almost |some |at least |only |just )?(?:\d|(?:two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|thousands)\b)/;
const COUNTED_NOUN_BEFORE = /\d[\d,]*\s+[a-z]+s\s+$/;
const DET_BEFORE = /\b(?:the|a|an|its|their|his|her|those|these)\s+$/;
const FOUND_BEFORE = /\b(?:found|find|finds|saw|see|sees|was|is|there is|there was)\s+(?:``|"|“)?$/;
const MODAL_BE_BEFORE = /\b(?:would|will|could|might|may|should|must|to|expected to)\s+(?:\w+ly\s+|only\s+)?(?:be\s+)?$/;
const CONDITION_BEFORE = /\b(?:if|whether|unless)\s+(?:the\s+)?[\w’'-]+(?:\s+[\w’'-]+)?\s+$/;
const DESCRIBED_NOUN_BEFORE = /\b(?!(?:was|were|been|being|is|are|be|has|have|had|later|also|independently|since|then|it|they|he|she|and|but|not|never)\b)[a-z]{3,}s\s+$/;
const ANAPHOR_NOUN_BEFORE = /\b(?:figures|numbers|estimates|counts|totals|claims|allegations|accounts|reports|findings|deaths|casualties|tallies)\s+$/;

/** Status cues in one sentence, in pattern order, without overlaps. */
export function statusCues(text: string): StatusCue[] {
  return cuesInLower(text, text.toLowerCase());
}

/** statusCues for a sentence already lower-cased (assignStatuses keeps the lower-cased text). */
function cuesInLower(text: string, lower: string): StatusCue[] {
  const out: StatusCue[] = [];
  if (!markPreWords(lower) || (ASCII_FROM_LOWER_CASING.test(text) && !ANY_CUE.test(text))) return out;
  const masked: [number, number][] = [];
  for (let pi = 0; pi < PATTERNS.length; pi++) {
    if (patternEnabled[pi] === 0) continue;
    const p = PATTERNS[pi]!;
    p.re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = p.re.exec(lower)) !== null) {
      const at = m.index;
      const end = at + m[0].length;
      // part of a name: "the E-Verify system", "Fact-Check Weekly"
      if (at > 0 && lower.charCodeAt(at - 1) === 45) continue;
      // "infections confirmed by a laboratory test": a reduced relative on a plain noun describes it
      if (p.status === "confirmed" && /^\s+by\b/.test(lower.slice(end, end + 4)) && DESCRIBED_NOUN_BEFORE.test(lower.slice(Math.max(0, at - 24), at)) && !ANAPHOR_NOUN_BEFORE.test(lower.slice(Math.max(0, at - 24), at))) continue;
      if (masked.some(([a, b]) => at < b && end > a)) continue;
      // "Judge Albright would probably be confirmed", "the recount would only confirm his victory", "if the
      // recount confirmed his lead": a future or a condition, not a verification
      if (p.status === "confirmed" && (MODAL_BE_BEFORE.test(lower.slice(Math.max(0, at - 30), at)) || CONDITION_BEFORE.test(lower.slice(Math.max(0, at - 40), at)))) continue;
      // "until a successor is confirmed by the Senate": an appointment
      if (p.status === "confirmed" && (/^\s+by the (?:senate|full senate|parliament|assembly|council)\b/.test(lower.slice(end, end + 24)) || /\buntil\b[^.;:]{0,30}$/.test(lower.slice(Math.max(0, at - 32), at)))) continue;
      // "1,140 confirmed cases of strep A", "the number of confirmed deaths": a diagnosis or a count, no verdict
      if (p.status === "confirmed" && m[0] === "confirmed" && /^\s+(?:new\s+)?(?:cases?|deaths?|infections?|fatalities|positives?|diagnoses|sightings|kills)\b/.test(lower.slice(end, end + 24))) continue;
      // "a manual re-check of every rejected postal ballot": a participle describing a noun, no verdict
      if (p.status === "disputed" && /^(?:rejected|denied|dismissed|contested)$/.test(m[0]) && /\b(?:the|a|an|every|each|any|all|its|their|his|her|those|these)\s+$/.test(lower.slice(Math.max(0, at - 8), at)) && /^\s+[a-z]+\s+[a-z]+/.test(lower.slice(end, end + 30)) && !/^\s+(?:by|that|it|them|this|the|a|an)\b/.test(lower.slice(end, end + 8))) continue;
      // "The closures were confirmed to staff at meetings": announced, not verified
      if (p.status === "confirmed" && /\b(?:was|were|been|is|are)\s+$/.test(lower.slice(Math.max(0, at - 8), at)) && /^\s+to\s+(?:staff|employees|workers|members|shareholders|investors|customers|parents|residents)\b/.test(lower.slice(end, end + 24))) continue;
      // "predicted that a successor would not be confirmed before the fall": an appointment, either way
      if (/confirm\w*$/.test(m[0]) && APPOINTEE_BEFORE.test(lower.slice(Math.max(0, at - 50), at))) continue;
      // "The council confirmed Mr. Okafor as chief", "was confirmed as director": an appointment
      if (p.status === "confirmed" && APPOINTED_AFTER.test(text.slice(end, end + 60))) continue;
      // "had found no evidence that the board was selling below cost": a finding about another claim, made here
      if (p.status === "unverified" && /^no\s+(?:\w+\s+)?evidence/.test(m[0]) && FOUND_BEFORE.test(lower.slice(Math.max(0, at - 24), at)) && /^\W*\s*that\b/.test(lower.slice(end, end + 10))) continue;
      masked.push([at, end]);
      if (p.negatable && NEGATION_BEFORE.test(lower.slice(Math.max(0, at - 20), at))) continue;
      // "the case should be dismissed", "was denied bail": a passive without an agent is not a dispute
      // ("Those dates were challenged this week by the Northern Isotope Facility": the agent after a time)
      if (p.activeOnly && PASSIVE_BEFORE.test(lower.slice(Math.max(0, at - 12), at)) && !/^\s+(?:(?:this|last|on|in|earlier|later|yesterday|today|week|month|year|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\s+){0,3}by\b/.test(lower.slice(end, end + 40))) continue;
      // "the agency had rejected more than 4,100 of the 9,600 applications": things refused, not a claim disputed
      if (p.activeOnly && QUANTITY_OBJECT_RE.test(lower.slice(end, end + 24))) continue;
      // "4,138 applications denied as of Tuesday", "most of the rejected applicants": a participle describing a noun
      if (p.activeOnly && /ed$/.test(m[0]) && ((COUNTED_NOUN_BEFORE.test(lower.slice(Math.max(0, at - 30), at)) && /^\s*(?:[,.;]|(?:as|in|since|last|this|during|after|before|for|under|over|so)\b)/.test(lower.slice(end, end + 12))) || (DET_BEFORE.test(lower.slice(Math.max(0, at - 8), at)) && /^\s+[a-z]+s\b/.test(lower.slice(end, end + 20))))) continue;
      out.push({ status: p.status, at, end, needsAnaphor: p.needsAnaphor ?? false, ...(p.rival ? { rival: true } : {}), ...(p.back ? { back: true } : {}), ...(p.withholding ? { withholding: true } : {}) });
    }
  }
  return out;
}

/** The agent of a confirming/denying verb: the word(s) just before it, lower-cased. */
const AUX = new Set(["has", "have", "had", "also", "later", "independently", "officially", "since", "subsequently", "not", "never", "been", "was", "were", "is", "are"]);

const AGENT_WORD = /^[\p{L}’'.-]+$/u;

/** AGENT_WORD.test(w), without a pattern call for a word of ASCII letters, apostrophes, dots and hyphens. */
function isAgentWord(w: string): boolean {
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 39 || c === 46 || c === 45) continue;
    return c >= 128 && AGENT_WORD.test(w);
  }
  return w.length > 0;
}

const isSpaceUnit = codeUnitTest(/\s/);

// (a scan back from the cue over the 60 characters before it, word by word: what splitting them on
// /\s+/ would give, without the array; a word cut by the window's start is a word too)
function agentBefore(lower: string, at: number): string {
  const from = Math.max(0, at - 60);
  let out = "";
  let n = 0;
  let end = at;
  while (n < 4 && end > from) {
    let start = end;
    while (start > from && !isSpaceUnit(lower.charCodeAt(start - 1))) start--;
    if (start < end) {
      const w = lower.slice(start, end);
      if (!AUX.has(w)) {
        if (!isAgentWord(w)) break;
        out = n === 0 ? w : w + " " + out;
        n++;
      }
    }
    end = start;
    while (end > from && isSpaceUnit(lower.charCodeAt(end - 1))) end--;
  }
  return out;
}

// ("what we can confirm on satellite imagery": a modal between the pronoun and the verb)
const SELF_PRONOUN = /(?:^|\s)(?:it|he|she|they|we|i)(?:\s+(?:can|could|would|will|may|might|must|should|cannot))?$/;

// Words are maximal runs of letters and digits (what /[\p{L}\p{N}]+/gu matches), found by a
// hand-written scan: ASCII directly, other BMP characters through a lazily filled table.
const LN_RE = /^[\p{L}\p{N}]$/u;
const BMP_LN = new Uint8Array(65536); // 0 unknown, 1 letter/digit, 2 not

/** Width (1 or 2 code units) of the letter or digit at s[i], else 0. */
function lnWidth(s: string, i: number): number {
  const c = s.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90) ? 1 : 0;
  if (c >= 0xd800 && c <= 0xdbff) {
    const d = s.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return LN_RE.test(s.slice(i, i + 2)) ? 2 : 0;
    return 0;
  }
  let k = BMP_LN[c]!;
  if (k === 0) {
    k = LN_RE.test(String.fromCharCode(c)) ? 1 : 2;
    BMP_LN[c] = k;
  }
  return k === 1 ? 1 : 0;
}

/** End of the word starting at `start` (lnWidth(s, start) > 0). */
function wordEnd(s: string, start: number): number {
  const n = s.length;
  let i = start;
  while (i < n) {
    const w = lnWidth(s, i);
    if (w === 0) break;
    i += w;
  }
  return i;
}

/** Each word of `lower` (letters and digits) at least `min` code units long, in order. */
function eachWord(lower: string, min: number, f: (w: string) => void): void {
  const n = lower.length;
  let i = 0;
  while (i < n) {
    const w0 = lnWidth(lower, i);
    if (w0 === 0) { i++; continue; }
    const start = i;
    i = wordEnd(lower, i + w0);
    if (i - start >= min) f(lower.slice(start, i));
  }
}

function contentWords(s: string): Set<string> {
  return contentWordsOfLower(s.toLowerCase());
}

function contentWordsOfLower(lower: string): Set<string> {
  const out = new Set<string>();
  // (eachWord's scan written out: this runs on nearly every sentence, and a callback per word costs)
  const n = lower.length;
  let i = 0;
  while (i < n) {
    const w0 = lnWidth(lower, i);
    if (w0 === 0) { i++; continue; }
    const start = i;
    i = wordEnd(lower, i + w0);
    if (i - start < 3) continue;
    const w = lower.slice(start, i);
    let stem = STEMS.get(w);
    if (stem === undefined) {
      stem = STOP.has(w) || cueForm(w) ? null : wordStem(w);
      if (STEMS.size >= 50000) STEMS.clear(); // words from many pages: keep the cache bounded
      STEMS.set(w, stem);
    }
    if (stem !== null) out.add(stem);
  }
  return out;
}

// A word's stem, or null for a stop word or reporting verb: the same words recur across sentences.
const STEMS = new Map<string, string | null>();

const SUFFIXES = ["ings", "ing", "ed", "es", "en", "s", "e"];

/** The word's stem: always a prefix of it (bestOverlap relies on that). */
function wordStem(w: string): string {
  let s = w;
  // "cuts" and "cut", "jobs" and "job"
  if (w.length === 4 && w.charCodeAt(3) === 115 /* s */) {
    const c = w.charCodeAt(2);
    if (c !== 115 && c !== 117 && c !== 105) s = w.slice(0, 3); // not "-ss", "-us", "-is"
  }
  else if (w.length > 4) {
    for (const suf of SUFFIXES) {
      if (w.endsWith(suf)) {
        s = w.slice(0, w.length - suf.length);
        break;
      }
    }
  }
  // "save" and "savings", "wage" and "wages" share a stem
  if (s.length >= 4 && s.endsWith("e")) s = s.slice(0, -1);
  return s.length > 6 ? s.slice(0, 6) : s;
}

interface Anaphor {
  noun: string;
  modifiers: string;
  at: number;
  /** whose claim it names: "the White House's deficit estimate" → "white house", "her account" → "her" */
  owner: string;
  /** what follows the noun and narrows it: "the guild's figures on patient loads and turnover" */
  about: string;
  /** a number right after the noun: "the estimate of 1,500 families" → "of 1,500 families" */
  ofNumber: string;
}

// "Rourke’s campaign called that estimate": a determiner inside a phrase opens another
const OF_NUMBER_RE = /^\s+of\s+(?:about\s+|at\s+least\s+|more\s+than\s+|nearly\s+)?[$£€]?\d[\d,.]*/;
const INNER_DET = /\b(?:that|this|these|those|the|a|an|their|his|her|its)\s/i;
const TITLE_DOT = /\b(Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|St)\./g;
// "figures on/about/for …": up to a clause boundary, a few words
const ABOUT_RE = /^\s+(?:on|about|for|over|regarding|concerning|that|of how|of why|of what|of when|of the|of its|of their|of(?=\s+[a-z]))\s+([^,.;:!?“"]{1,60})/i;

/**
 * `judges`, when given, collects every sentence whose cue was aimed at an earlier claim, whether or
 * not that claim kept the verdict (a dispute outranks a later confirmation).
 */
export function assignStatuses(sents: StatusSentence[], judges?: Set<number>): StatusResult[] {
  memo = newMemo(sents.length);
  try {
    return statusesOf(sents, judges);
  } finally {
    memo = newMemo(0);
  }
}

// What is worked out about a sentence of the page being assigned only when a cue needs it, by its
// index, once per sentence (plain arrays: a look-up per comparison of two sentences is cheap).
interface Memo {
  /** content words (bagOf) */
  bags: (Set<string> | undefined)[];
  /** numbers (sharesNumber) */
  numbers: (Set<string> | undefined)[];
  /** the sentence holds a status cue of its own: a verdict on other claims, the last place a vague "that timeline" points to */
  cued: Uint8Array;
  /** the organisations its source speaks for (partiesOf) */
  parties: (string[][] | undefined)[];
}

function newMemo(n: number): Memo {
  return { bags: new Array(n).fill(undefined), numbers: new Array(n).fill(undefined), cued: new Uint8Array(n), parties: new Array(n).fill(undefined) };
}

let memo: Memo = newMemo(0);

function statusesOf(sents: StatusSentence[], judges?: Set<number>): StatusResult[] {
  const out: StatusResult[] = sents.map(() => ({ status: "unaddressed", evidence: null }));
  // sentences that dispute an earlier claim: their own evidence withheld leaves them unverified
  const disputers = new Set<number>();
  const set: SetStatus = (i, st, ev) => {
    if (judges && ev > i) judges.add(ev);
    if (st === "disputed" && ev > i) disputers.add(ev);
    const cur = out[i]!;
    if (PRIORITY[st] >= PRIORITY[cur.status] && !(cur.status === "disputed" && st !== "disputed")) out[i] = { status: st, evidence: ev };
  };

  for (let i = 0; i < sents.length; i++) {
    const s = sents[i]!;
    const lower = lowerOf(s);
    const cues = cuesInLower(s.text, lower);
    if (!cues.length) continue;
    memo.cued[i] = 1;
    // a claim by someone other than this sentence's source; the nearest such claim sharing `words`, four sentences back at most
    const byOther = (k: number) => sents[k]!.isClaim && !(s.source && sents[k]!.source === s.source);
    const otherClaimAbout = (words: Set<string> | null) => (words && words.size ? bestOverlap(sents, i, Math.max(0, i - 4), words, byOther, 1) : -1);
    ANAPHOR_RE.lastIndex = 0;
    const anaphors: Anaphor[] = [];
    let m: RegExpExecArray | null;
    while ((m = ANAPHOR_RE.exec(s.text)) !== null) {
      const det = m[1]!.toLowerCase();
      const noun = m[3]!.toLowerCase();
      // "Russia’s Defence Ministry": a capitalised noun is part of a name
      if (m[3]!.charCodeAt(0) < 97) continue;
      // "the suit's central claim": the claim is the anaphor, the suit its owner
      if (/[’']s$/.test(m[0]) && NOUN_AFTER_POSSESSIVE.test(s.text.slice(m.index + m[0].length, m.index + m[0].length + 60))) {
        ANAPHOR_RE.lastIndex = m.index + m[1]!.length;
        continue;
      }
      // "Rourke’s campaign called that estimate": a determiner inside opens the real phrase
      if (INNER_DET.test(m[2]!)) {
        ANAPHOR_RE.lastIndex = m.index + m[1]!.length;
        continue;
      }
      // "The report said …": this sentence's own source does not point back
      if (det === "the" && s.source && s.source.toLowerCase().includes(noun)) continue;
      // ("The district has not made that review public": a review points back only as "that"/"this" one;
      // "the review", "its review" are often the speaker's own or an event)
      if (/^reviews?$/.test(noun) && !/^(?:this|that|these|those)$/.test(det)) continue;
      // "contend that growth will slow": "that" after "contend" opens a clause, it points nowhere
      // (after "disputed", "that account" does point back)
      if (det === "that" && /\bcontend(?:s|ed)?\s+$/.test(lower.slice(Math.max(0, m.index - 12), m.index))) {
        ANAPHOR_RE.lastIndex = m.index + 1; // "contends that the $18 billion figure": the phrase after "that" may be one
        continue;
      }
      // "a figure she described as": indefinite phrases are not matched; "the" + noun right after a
      // number ("the 474 deaths") is not an anaphor either
      const about = ABOUT_RE.exec(s.text.slice(m.index + m[0].length, m.index + m[0].length + 80).replace(TITLE_DOT, "$1"));
      const after = s.text.slice(m.index + m[0].length, m.index + m[0].length + 60);
      const ofNumber = OF_NUMBER_RE.exec(after)?.[0] ?? "";
      anaphors.push({ noun, modifiers: m[2]!.toLowerCase(), at: m.index, about: about ? about[1]!.toLowerCase() : "", owner: ownerOf(det, m[2]!, noun, after), ofNumber });
    }
    const leading = LEADING_PRONOUN_RE.test(s.text) && !s.isClaim;
    const pronounObject = PRONOUN_OBJECT_RE.test(s.text) || BACKED_PERSON_RE.test(s.text);
    let withheldInSentence = false;
    // (an answer held back, "but would not say whether …", counts only against a denial in the same sentence)
    let withheldAnswer = false;

    for (const cue of cues) {
      if (cue.back) {
        // "A jury disagreed", "Other former pickers gave matching accounts": the claim just before, from someone else
        // ("reached nearly the same figure": the figure before it, over a claim with none)
        // ("Figures from the Civil Aviation Authority tell a more modest story": numbers answer a claim with numbers)
        const wantsFigure = /\bsame\s+(?:number|figure|count|total|estimate|tally|amount)\b/.test(lower.slice(cue.at, cue.end)) ||
          (/\b(?:story|picture)\b/.test(lower.slice(cue.at, cue.end)) && /\b(?:figures|data|numbers|statistics|tallies|counts)\b/.test(lower.slice(0, cue.at)));
        // ("showed the same 58-minute average": the claim that gave 58 minutes)
        const sameNumber = numbersIn(lower.slice(cue.at, cue.end));
        if (sameNumber.size) {
          const t = claimWithNumber(sents, i, sameNumber, byOther);
          if (t >= 0) { set(t, cue.status, i); continue; }
        }
        // ("… could not be reached, and the lottery said it had no record of receiving the memos": the claim about the memos)
        if (/\brecords?\s+of$/.test(lower.slice(cue.at, cue.end))) {
          const t = otherClaimAbout(contentWordsOfLower(lower.slice(cue.end, cue.end + 60)));
          if (t >= 0) { set(t, cue.status, i); continue; }
        }
        for (let k = i - 1; k >= Math.max(0, i - (wantsFigure ? 3 : 2)); k--) {
          const ks = sents[k]!;
          if (!ks.isClaim || (wantsFigure && !ks.numeric)) continue;
          if (!(s.source && ks.source === s.source)) set(k, cue.status, i);
          break;
        }
        continue;
      }
      if (cue.rival) {
        // "…, the same figure the union cited" agrees (matchingFigures); it answers nothing
        if (SAME_FIGURE_RE.test(s.text)) continue;
        // ("The state's own figures support the suit's central claim: the department put the population at
        // 2,214": the figure is the support)
        // ("acknowledged that he had taken all 23 trips but told reporters that the cost was closer to $96,000":
        // a concession set apart by "but" supports nothing after it)
        if (cues.some((o) => o.status === "confirmed" && !o.rival && !o.back && !(o.at < cue.at && /\bbut\b/.test(lower.slice(o.end, cue.at))))) continue;
        // "the governor's property-tax figure … would be closer to $30": the figure it names, else the nearest
        // ("the true number of job losses would be closer to 1,600": the claim that counted jobs, however far back)
        const counted = countedTarget(sents, i);
        if (counted >= 0) {
          set(counted, agreesWith(lower.slice(cue.at, cue.at + 90), lowerOf(sents[counted]!)) ? "confirmed" : "disputed", i);
          continue;
        }
        const named = anaphors.find((a) => NUMERIC_NOUNS.has(a.noun) && a.modifiers.trim() !== "");
        if (named) {
          for (const t of backTargets(sents, i, named, s.source).slice(0, 1)) if (sents[t]!.source !== s.source) set(t, "disputed", i);
          continue;
        }
        // a share answers a share, a count a count
        const t = rivalTarget(sents, i, s.source ?? agentBefore(lower, cue.at), MONEY_RE.test(s.text.slice(cue.at, cue.at + 40)));
        if (t >= 0 && s.text.slice(cue.at).includes("%") === sents[t]!.text.includes("%")) {
          // ("puts the loss … at between 20,000 and 25,000" after "lost 23,000"; "put that debt at €19.6
          // million" after "around €20 million": another party's figure that agrees)
          set(t, agreesWith(lower.slice(cue.at, cue.at + 90), lowerOf(sents[t]!)) ? "confirmed" : "disputed", i);
        }
        continue;
      }
      const agent = agentBefore(lower, cue.at);
      // "confirmed that account but would not discuss the general's views", "spoke on condition of anonymity
      // because the investigation has not been made public", "what you will not say": no verdict held back
      if (cue.withholding && (/\bconfirm\w*\b/.test(lower.slice(0, cue.at)) || /\b(?:because|since)\b[^,;]*$/.test(lower.slice(Math.max(0, cue.at - 60), cue.at)) || /(?:^|\s)(?:you|i|we)$/.test(agent))) continue;
      const isDenialVerb = cue.status === "disputed" && /^(?:denied|denies|deny|denying|rejected|rejects|reject|rejecting|refute|contradict|rebut|dismiss\b|dispute\b|disputed|disputes|disputing|refuted|refutes|dismissed|dismisses|dismissing|rebutted|contested|contradicted|contradicts|countered|counters|retort|contend|took issue|takes issue|pushed back|scoffed|gave a|gives a|offered a)/.test(lower.slice(cue.at));
      const isConfirmVerb = cue.status === "confirmed";
      // the cue is the sentence's own reporting verb ("Ukraine denied …", "X corroborated the decline"),
      // or a denial by the sentence's source ahead of its "saying …"
      // ("The Council President said the contributions were legal and denied that …": the same speaker's
      // second verb, a denial of what was said before)
      const coordinatedDenial = isDenialVerb && s.cueStart !== null && s.cueStart < cue.at && /\b(?:and|but)\s+(?:also\s+|flatly\s+|firmly\s+)?$/.test(lower.slice(Math.max(0, cue.at - 16), cue.at));
      const cueIsAttribution = s.cueStart !== null && (isDenialVerb || isConfirmVerb) &&
        (cue.at === s.cueStart || (isDenialVerb && cue.at < s.cueStart) || coordinatedDenial);
      // "the UN says it has confirmed 474 deaths": the source confirming itself is no evidence
      if (isConfirmVerb && s.source && SELF_PRONOUN.test(agent)) continue;
      // "… said the staff had not finished its review, and he declined to comment on any recommendation": the
      // speaker's own claim stands; the silence is about the earlier claim the rest names
      if (cue.status === "unverified" && s.isClaim && s.cueStart !== null && s.cueStart < cue.at && /\bcomment\b/.test(lower.slice(cue.at, cue.end)) &&
        WITHHELD_AFTER_RE.test(lower.slice(Math.max(0, cue.at - 40), cue.at))) {
        const about = contentWordsOfLower(lower.slice(cue.end, cue.end + 80));
        const t = about.size ? bestOverlap(sents, i, Math.max(0, i - WINDOW), about, (k) => sents[k]!.isClaim && sents[k]!.source !== s.source, 1) : -1;
        if (t >= 0) set(t, "unverified", i);
        continue;
      }
      const anaphor = nearestAnaphor(anaphors, cue.at, s.text, cue.status === "unverified");
      // ("… records bear that out": the pronoun object points back too)
      // "Corrivan did not respond to questions about the credits": the earlier claim about the credits
      if (cue.needsAnaphor && !anaphor && cue.status === "unverified") {
        const q = QUESTIONS_ABOUT_RE.exec(lower.slice(cue.end, cue.end + 90));
        const t = otherClaimAbout(q ? contentWordsOfLower(q[1]!) : null);
        if (t >= 0) { set(t, "unverified", i); continue; }
      }
      // "Stoller accepted that the money had been approved": what counsel had put to her just before, confirmed
      if (cue.needsAnaphor && !anaphor && cue.status === "confirmed" && /^(?:accepted|accepts)\s+that\b/.test(lower.slice(cue.at, cue.end + 6))) {
        const clause = CLAUSE_AFTER_RE.exec(lower.slice(cue.end, cue.end + 120));
        const about = clause ? contentWordsOfLower(clause[1]!) : null;
        const other = (k: number) => sents[k]!.isClaim && !!sents[k]!.source && sents[k]!.source !== s.source;
        // (two words in common within three sentences, or one with the claim right before)
        let t = about && about.size >= 2 ? bestOverlap(sents, i, Math.max(0, i - 3), about, other, 2) : -1;
        if (t < 0 && about && i > 0) t = bestOverlap(sents, i, i - 1, about, other, 1);
        if (t >= 0) { set(t, "confirmed", i); continue; }
      }
      // ("…, a figure borne out by the result published by the scrutineer": the apposition is the anaphor)
      const beforeCue = lower.slice(Math.max(0, cue.at - 80), cue.at);
      const ownAppositionCue = s.isClaim && NAMED_APPOSITION_BEFORE.test(beforeCue);
      if (cue.needsAnaphor && !anaphor && !leading && !pronounObject && !ownAppositionCue) {
        // "Harte could not be reached for comment": the silence leaves his own claims unverified
        if (cue.status === "unverified") silentSource(sents, i, agent, set);
        continue;
      }
      // "…, but his lawyers have not submitted evidence to support that explanation": an unverified
      // cue in a claim, naming the claim after it, is about this sentence
      // ("declined to say how it had arrived at the estimate of 1,500 families": a number an earlier claim gave names that claim)
      // ("has not released the economic model behind the projection", "but it did not provide evidence for the
      // claim": the sentence's own)
      const ownAnaphor = anaphor !== null && s.isClaim && cue.status === "unverified" && anaphor.at > cue.at && !cueIsAttribution &&
        (/\b(?:support|back|substantiate|justify|prove|explain|how|behind|underlying|evidence for|proof of|proof for)\b/.test(lower.slice(cue.at, anaphor.at)) ||
          // ("… said an internal review had cleared the districts, but the department has refused to release that
          // review": the thing named in this sentence's own claim)
          (s.cueStart !== null && s.cueStart < cue.at && new RegExp(`\\b(?:a|an|the|its|their)\\s+(?:[a-z-]+\\s+)?${anaphor.noun}\\b`).test(lower.slice(s.cueStart, cue.at)))) &&
        !earlierClaimSharesNumber(sents, i, s.text.slice(anaphor.at, anaphor.at + 60));
      // "Mr. Castellano denied a report by Thrift Watch that …": the report's content is this sentence's claim
      if (isDenialVerb && s.cueLemma === "report" && s.cueStart !== null && s.cueStart > cue.at && s.cueStart - cue.at < 40) {
        set(i, "disputed", i);
        continue;
      }
      // "…, a figure the Congressional Budget Office confirmed in a letter": an apposition naming this sentence's claim
      // (a cue that is itself the apposition, ", a figure ministers dispute", names it too: the verb "estimates" before it
      // is no earlier estimate pointed back to)
      const ownApposition = s.isClaim && (OWN_APPOSITION_BEFORE.test(beforeCue) || APPOSED_CUE_RE.test(lower.slice(cue.at, cue.end)));
      // ("The agency gave a different account, saying …" answers what was said before, even as a claim of its own)
      const differentAccount = isDenialVerb && DIFFERENT_ACCOUNT_RE.test(lower.slice(cue.at, cue.at + 40));
      // ("Meridian denied the claim, …, describing it as categorically untrue": the pronoun is the claim denied)
      const describesPronoun = cue.status === "disputed" && DESCRIBES_PRONOUN_RE.test(lower.slice(cue.at, cue.at + 30));
      // ("…, and videos from the scene, whose location was verified by Sahel Watch, show …": the evidence this
      // sentence offers was checked, and it bears on the earlier claim it corroborates)
      const verifiedEvidence = isConfirmVerb && WHOSE_VERIFIED_RE.test(beforeCue);
      const pointsBack = !ownApposition && ((anaphor !== null && !ownAnaphor) || leading || (pronounObject && (isDenialVerb || isConfirmVerb)) || describesPronoun || cueIsAttribution || differentAccount || verifiedEvidence || !s.isClaim);

      if (!pointsBack) {
        // "Her spokesman would neither confirm nor deny that an offer had been made": the earlier claim
        // about the offer, from someone else, is left unverified, not what the spokesman goes on to say
        if (cue.status === "unverified" && NOT_CONFIRMED_RE.test(lower.slice(cue.at, cue.end))) {
          const q = CONFIRM_OBJECT_RE.exec(lower.slice(cue.end, cue.end + 100));
          const t = otherClaimAbout(q ? contentWordsOfLower(q[1]!) : null);
          if (t >= 0) { set(t, "unverified", i); continue; }
        }
        // "… said it would carry out an inspection but would not say when": an answer held back, no verdict on
        // the claim (the same after a denial is one: see withheldAnswer)
        if (cue.withholding && /\bsay\b/.test(lower.slice(cue.at, cue.end))) {
          // (held back by a speaker who has just denied something: see withheldAnswer)
          if (s.isClaim && s.cueStart !== null && s.cueStart < cue.at && WITHHELD_AFTER_RE.test(lower.slice(Math.max(0, cue.at - 40), cue.at))) withheldAnswer = true;
          continue;
        }
        // "after Moscow accepted on-site inspections it had long rejected": history inside the claim, not a verdict on it
        if (cue.status === "disputed" && OBJECT_RELATIVE_BEFORE.test(lower.slice(Math.max(0, cue.at - 40), cue.at))) continue;
        // own sentence: a confirmation by the source itself is not independent
        if (isConfirmVerb && (SELF_PRONOUN.test(agent) || (s.source && agent && namesAgent(s.source, agent)))) continue;
        // ("He said an outside firm had reviewed the records, and he declined to give them to the subcommittee",
        // after his denial: the evidence for that denial, held back)
        const heldBySpeaker = cue.status === "unverified" && s.cueStart !== null && s.cueStart < cue.at && (!agent.trim() || /(?:^|\s)(?:he|she|it|they)$/.test(agent.trim())) && /^(?:declin|refus)/.test(lower.slice(cue.at));
        set(heldBySpeaker && deniedJustBefore(sents, i, disputers) ? i - 1 : i, cue.status, i);
        continue;
      }
      // a cue sentence that names nothing ("Both men denied wrongdoing.") applies only to a claim it shares words with
      const vague = !s.isClaim && anaphor === null && !leading && !pronounObject;
      // "The campaign did not release a breakdown.": right after a claim in its paragraph, it is about that claim
      const followsClaim = i > 0 && sents[i - 1]!.isClaim && sents[i - 1]!.paragraph === s.paragraph;
      // "back that up", "took issue with that", "denied it": the claim just before, whatever else is named
      // ("gave a different account" answers what was just said too)
      // ("Moscow gave a different account." alone only introduces the account that follows)
      // ("The company has denied receiving any such request.": "such" is what was just said)
      const suchJustSaid = isDenialVerb && SUCH_RE.test(lower.slice(cue.end, cue.end + 50));
      const answersLast = (isDenialVerb || isConfirmVerb) && (PRONOUN_AT_CUE.test(lower.slice(cue.at, cue.at + 40)) || suchJustSaid || (s.isClaim && DIFFERENT_ACCOUNT_RE.test(lower.slice(cue.at, cue.at + 40))));
      const justBefore = answersLast ? previousClaim(sents, i, s.source) : -1;
      // "Whitford denied that, saying …. She declined to release the inspection report.": the denier's own
      // evidence withheld leaves the denial just before unverified
      // ("… called the chairman's estimate wishful arithmetic. She did not say which contracts she meant": a rebuttal too)
      // ("It did not say how many …": the pronoun opens the cue; "The company did not publish the data …": a
      // generic name for the side that just spoke, even when the article named it by a person)
      const withholder = agent.trim().replace(/\s+(?:did|does|do|has|have|had|would|will|could|can)$/, "") || (/^(?:he|she|it|they)\b/.exec(lower.slice(cue.at))?.[0] ?? "");
      const deniedBefore = i > 0 ? sents[i - 1]! : null;
      const withheldByDenier = cue.status === "unverified" && !s.isClaim && deniedBefore !== null &&
        (/^(?:he|she|it|they)\b/.test(withholder) || (GENERIC_ORG_RE.test(withholder) && sameSide(deniedBefore.source, withholder) && !(anaphor && NUMERIC_NOUNS.has(anaphor.noun)))) &&
        deniedBefore.isClaim && (DENIAL_LEMMAS.has(deniedBefore.cueLemma ?? "") || disputers.has(i - 1)) ? i - 1 : -1;
      // "Neither Ms. Ybarra nor the agency would confirm the report": the report about the party that will not confirm it
      // ("The Courier was unable to verify the clinician's account": the clinician's, whoever else a claim names)
      const silentAbout = justBefore < 0 && cue.status === "unverified" && anaphor !== null && REPORT_NOUNS.test(anaphor.noun) && !s.isClaim ? claimAboutParty(sents, i, s.text.slice(0, cue.at)) : -1;
      // ("… did not respond to a request for comment on their account": "their" is whoever spoke last)
      const pronounOwner = /^(?:his|her|its|their)$/.test(anaphor?.owner ?? "");
      const lastClaim = pronounOwner ? previousClaim(sents, i, null) : -1;
      const aboutSilent = silentAbout < 0 ? -1 : !anaphor!.owner ? silentAbout : pronounOwner ? (lastClaim >= 0 && ownedBy(sents[lastClaim]!, anaphor!.owner) ? lastClaim : silentAbout)
        : ownedBy(sents[silentAbout]!, anaphor!.owner) ? silentAbout : -1;
      const targets = justBefore >= 0 ? [justBefore] : withheldByDenier >= 0 ? [withheldByDenier] : aboutSilent >= 0 ? [aboutSilent] : BOTH_SIDES_RE.test(s.text) ? bothSides(sents, i)
        : vague && cue.status === "unverified" && followsClaim ? [i - 1]
        : vague ? overlapTarget(sents, i) : backTargets(sents, i, anaphor, cueIsAttribution ? s.source : null, isDenialVerb ? deniedClause(lower, cue.end) : null, cue.status === "unverified");
      if (cue.status === "unverified") silentSource(sents, i, agent, set);
      // "Mr. Strickland called that account flatly untrue but declined to release the campaign's spending
      // figures": the denier's own evidence, withheld in the same breath
      // ("… but would not say when" holds back an answer, not evidence: only a withheld record counts)
      // (and only after the claim: "He did not provide that evidence, and the campaign declined to release …" is a verdict throughout)
      if (cue.status === "unverified" && s.isClaim && s.cueStart !== null && s.cueStart < cue.at &&
        !cues.some((o) => o.status === "unverified" && o.at < cue.at) && WITHHELD_AFTER_RE.test(lower.slice(Math.max(0, cue.at - 40), cue.at))) {
        if (cue.withholding) withheldAnswer = true;
        else withheldInSentence = true;
      }
      const ownAide = isConfirmVerb ? aidedPerson(sents, i) : null;
      for (const t of targets) {
        const ts = sents[t]!;
        // self-confirmation / self-denial is not independent
        if (ts.source && SELF_PRONOUN.test(agent) && ts.source === s.source) continue;
        if (ts.source && cueIsAttribution && ts.source === s.source) continue;
        if (isConfirmVerb && ts.source && agent && (namesAgent(ts.source, agent) || (!!ts.sourceRole && namesAgent(ts.sourceRole, agent)))) continue;
        // "His press secretary, Alice M. Corcoran, confirmed the payments": his own aide is not another party
        if (isConfirmVerb && ts.source && ownAide !== null && ts.source === ownAide) continue;
        // "Veridyne said its own laboratory testing had confirmed …": a source confirming itself
        if (isConfirmVerb && ts.source && ts.source === s.source) continue;
        // (co-defendants' pleas answer the prosecution, not each other)
        if (cue.status === "disputed" && PLEA_RE.test(lower) && PLEA_RE.test(lowerOf(ts))) continue;
        // a party's silence ("has not commented") does not undo someone else's confirmation
        if (cue.status === "unverified" && cue.needsAnaphor && out[t]!.status === "confirmed") continue;
        set(t, cue.status, i);
      }
    }
    // ("… said the federal reports had been filed early, but she did not provide the updated numbers": the
    // speaker's own evidence, withheld in the same breath, whether the claim rebuts another or not)
    if (withheldInSentence || (withheldAnswer && disputers.has(i))) {
      // ("He denied that the company had billed for hours not worked. He said an outside firm had reviewed the
      // records, and he declined to give them to the subcommittee.": the evidence for the denial just before)
      set(deniedJustBefore(sents, i, disputers) ? i - 1 : i, "unverified", i);
    }
  }
  defenceAgainstVerdict(sents, set);
  matchingFigures(sents, set);
  counterStatements(sents, out, set);
  recordsAnswering(sents, out, set);
  recordsContradicting(sents, out, set);
  pleas(sents, out, set);
  corrections(sents, out, set);
  return out;
}

// "The council said it logged 488 burglary reports last year, not 569": a number set right against
// the one another party gave
const NOT_NUMBER_RE = /\d[\d,.]*%?(?:\s+[a-z]+){0,4},?\s+not\s+([$£€]?\d[\d,.]*%?)/;

function corrections(sents: StatusSentence[], out: StatusResult[], set: SetStatus): void {
  for (let i = 1; i < sents.length; i++) {
    const s = sents[i]!;
    if (!s.isClaim || !s.text.includes(" not ")) continue;
    const m = NOT_NUMBER_RE.exec(s.text);
    if (!m) continue;
    const nums = numbersIn(m[1]!);
    const k = claimWithNumber(sents, i, nums, (k) => sents[k]!.isClaim && sents[k]!.source !== s.source);
    if (k >= 0 && out[k]!.status === "unaddressed") set(k, "disputed", i);
  }
}

// "A charity founder spent £400,000 of donations on a holiday flat, a court heard. Gareth Linwood, 52,
// denies eight charges." A plea answers the accusation just made, which names no charge to point back to.
const PLEA_RE = /\b(?:pleaded|pleads|pleading) not guilty\b|\b(?:denies|deny|denied|denying) (?:all |the |both )?(?:[\w-]+ )?(?:counts?|charges?|offen[cs]es?)\b/;

function pleas(sents: StatusSentence[], out: StatusResult[], set: SetStatus): void {
  for (let i = 1; i < sents.length; i++) {
    const s = sents[i]!;
    if (!PLEA_RE.test(lowerOf(s))) continue;
    for (let k = i - 1; k >= Math.max(0, i - 2); k--) {
      const ks = sents[k]!;
      // (a co-defendant's plea answers the same accusation, further back)
      if (!ks.isClaim || !ks.source || PLEA_RE.test(lowerOf(ks))) continue;
      if (ks.source !== s.source && out[k]!.status === "unaddressed") set(k, "disputed", i);
      break;
    }
  }
}

// "Mr. Pruett said the plant had gone three years without an accident. But records kept by OSHA show
// that a worker lost two fingers in August." A record set against what a party has just said, by a
// "but", is the article contradicting that party with evidence.
// (or "Committee records, however, show …": the contrast inside the record's own opening clause)
const CONTRAST_OPENING_RE = /^(?:But|Yet|However,)\s|^[^,;:]{1,80}?,\s+however,\s/;

function recordsAnswering(sents: StatusSentence[], out: StatusResult[], set: SetStatus): void {
  for (let i = 1; i < sents.length; i++) {
    const s = sents[i]!;
    const k = i - 1;
    const ks = sents[k]!;
    if (!s.isClaim || !s.sourceIsDoc || !CONTRAST_OPENING_RE.test(s.text)) continue;
    if (!ks.isClaim || !ks.source || ks.sourceIsDoc || out[k]!.status !== "unaddressed") continue;
    set(k, "disputed", i);
  }
}

// "… paid roughly $4 million a year in local property taxes." then "County tax records show Corrivan paid
// $2.6 million in property taxes last year.": a record's figure for the same thing, set against a
// speaker's, answers it with no cue word
function recordsContradicting(sents: StatusSentence[], out: StatusResult[], set: SetStatus): void {
  for (let i = 1; i < sents.length; i++) {
    const s = sents[i]!;
    if (!s.isClaim || !s.numeric || !s.sourceIsDoc) continue;
    const [v] = valuesIn(s.text, 1);
    if (!v) continue;
    for (let k = i - 1; k >= Math.max(0, i - 2); k--) {
      const ks = sents[k]!;
      if (!ks.isClaim) continue;
      // (a subheading between them starts another part of the story)
      const apart = k < i - 1 && sents[i - 1]!.paragraph !== s.paragraph && sents[i - 1]!.paragraph !== ks.paragraph;
      if (!apart && ks.numeric && ks.source && !ks.sourceIsDoc && out[k]!.status === "unaddressed" && MONEY_RE.test(s.text) === MONEY_RE.test(ks.text) &&
        SHARE_RE.test(s.text) === SHARE_RE.test(ks.text) && !AGREEMENT_RE.test(s.text)) {
        const [w] = valuesIn(ks.text, 1);
        // (the same quantity: the words after the two figures meet, "$4 million … in property taxes")
        const gap = w ? Math.abs(v - w) / Math.max(v, w) : 0;
        // ("… had risen by 21,400 since July." then "Monthly reports … show a rise of 21,380": the record agrees)
        if ((gap > 0.15 || (gap > 0 && gap <= 0.03)) && sameCounted(lowerOf(s), lowerOf(ks))) {
          if (gap > 0.15) set(k, "disputed", i);
          else if (!/\bciting\b|\baccording to\b/.test(lowerOf(ks))) set(k, "confirmed", i);
        }
      }
      break;
    }
  }
}

const AFTER_FIGURE_RE = /\d[\d,.]*\s*(?:%|percent|per cent|million|billion|bn|m\b)?((?:\s+[a-z’'-]+){1,5})/g;

function countedWords(lower: string, max = 3): Set<string> {
  const out = new Set<string>();
  AFTER_FIGURE_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  let n = 0;
  while (n++ < max && (m = AFTER_FIGURE_RE.exec(lower)) !== null) for (const w of contentWordsOfLower(m[1]!)) out.add(w);
  return out;
}

const SHARE_RE = /%|\bper\s?cent\b/;

function sameCounted(a: string, b: string): boolean {
  const A = countedWords(a);
  for (const w of countedWords(b)) if (A.has(w) && w.length >= 4) return true;
  return false;
}

const WHOSE_VERIFIED_RE = /\bwhose\s+[a-z]+\s+(?:was|were|has been|have been|had been)\s+(?:independently\s+)?$/;
const SUCH_RE = /^[^,;.]*?\b(?:any|no)\s+such\s+[a-z]+/;
const DESCRIBES_PRONOUN_RE = /^(?:call|calls|called|calling|describ\w*|label\w*|brand\w*)\s+(?:it|them|that|this)\b/;
const WITHHELD_AFTER_RE = /\b(?:but|and|though|although)\s+(?:(?:he|she|it|they|the\s+[a-z]+|his\s+[a-z]+|her\s+[a-z]+|its\s+[a-z]+)\s+)?(?:(?:has|have|had|did|does|do|would|could|will)\s+)?$/;

// A reply by the party a claim is about, saying the opposite: "Northfield have agreed a fee with
// Sporting Lisbon, according to people familiar with the matter. … Sporting Lisbon said no agreement
// had been reached." One of the two is negative, the other is not.
const NEG_RE = /\b(?:not|no|never|none|nothing|neither|nor)\b|n[’']t\b/i;
// ("would have to postpone work if the bill was not signed": a condition's "not" denies nothing)
const CONDITION_CLAUSE_RE = /\b(?:if|unless|whether)\b[^,;]*/gi;
function negative(text: string): boolean {
  return NEG_RE.test(text) && NEG_RE.test(text.replace(CONDITION_CLAUSE_RE, ""));
}
const NO_COMMENT_RE = /\b(?:comment\w*|respond\w*|declin\w*|aware|unable|refus\w*)\b/i;
const PARTY_STOP = new Set(["the", "a", "an", "its", "his", "her", "their", "and", "of", "for", "mr", "mrs", "ms", "dr", "said", "says"]);

function partyWords(s: StatusSentence): string[] {
  const out: string[] = [];
  // the resolved name's proper words ("Sporting Lisbon", "Veritas Semiconductor")
  for (const w of (s.source ?? "").split(/[\s,.]+/)) if (/^\p{Lu}[\p{L}’'-]{2,}$/u.test(w) && !PARTY_STOP.has(w.toLowerCase())) out.push(w.toLowerCase());
  // the words naming it in this sentence ("The company said…" → "the company")
  const head = s.text.slice(0, s.cueStart ?? 0).trim().toLowerCase().match(/^(?:the|its)\s+([a-z]{4,})$/);
  if (head) out.push("the " + head[1]!);
  return out;
}

const REPORTING = new Set("said says told tells added adds stated according reported reports claimed claims noted wrote insisted insists maintained maintains replied responded announced statement".split(" "));

function prefixes(text: string, drop: Set<string>): Set<string> {
  const out = new Set<string>();
  eachWord(text.toLowerCase(), 4, (w) => {
    if (!STOP.has(w) && !REPORTING.has(w) && !drop.has(w) && !hasAsciiDigit(w)) out.add(w.slice(0, 5));
  });
  return out;
}

/** /\d/.test(w), without a pattern call per word. */
function hasAsciiDigit(w: string): boolean {
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c >= 48 && c <= 57) return true;
  }
  return false;
}

// a reply in the past or present: "Sporting Lisbon said…", not "Pruitt will say…" or "according to"
const REPLY_CUE_RE = /^(?:said|says|told|tells|insisted|insists|maintained|maintains|replied|responded|stated|added|insist|maintain)\b/;
const MODAL_BEFORE = /\b(?:will|would|could|may|might|to|expected to)\s+$/;

// one compiled pattern per party word (no global flag: test() keeps no state)
const PARTY_RES = new Map<string, RegExp>();
function partyRe(w: string): RegExp {
  let re = PARTY_RES.get(w);
  if (!re) {
    re = new RegExp(`(?:^|[^\\p{L}])${w}(?![\\p{L}])`, "u");
    if (PARTY_RES.size >= 2000) PARTY_RES.clear(); // names from many pages: keep the cache bounded
    PARTY_RES.set(w, re);
  }
  return re;
}

/** "one of two Kerbline workers" speaks for the group "Two Kerbline workers" it is one of. */
function oneOf(a: string, b: string | null): boolean {
  return !!b && a.startsWith("one of ") && a.slice(7).toLowerCase() === b.toLowerCase();
}

function counterStatements(sents: StatusSentence[], out: StatusResult[], set: SetStatus): void {
  for (let i = 1; i < sents.length; i++) {
    const s = sents[i]!;
    if (!s.isClaim || !s.source || s.cueStart === null || s.sourceIsDoc) continue;
    // (every test here is a pure filter: the cheapest run first)
    // the nearest earlier claim with a source of its own, two sentences back at most
    let k = -1;
    for (let j = i - 1; j >= Math.max(0, i - 2); j--) if (sents[j]!.isClaim && sents[j]!.source) { k = j; break; }
    if (k < 0) continue;
    const ks = sents[k]!;
    if (ks.source === s.source || oneOf(s.source, ks.source)) continue;
    const lower = lowerOf(s);
    if (!REPLY_CUE_RE.test(lower.slice(s.cueStart)) || MODAL_BEFORE.test(lower.slice(Math.max(0, s.cueStart - 14), s.cueStart))) continue;
    const reply = s.text.slice(s.cueStart);
    if (negative(ks.text) === negative(reply)) continue;
    if (NO_COMMENT_RE.test(s.text)) continue;
    // ("its inspectors had found the same unofficial lists": another party agreeing, whatever the polarity)
    if (AGREEMENT_RE.test(reply)) continue;
    // "said only that the leader will look at it": an answer that says nothing either way
    if (/^\w+\s+only\b/.test(lower.slice(s.cueStart))) continue;
    const kl = lowerOf(ks);
    const party = partyWords(s);
    // (party words are letters, apostrophes and hyphens only, so they are safe inside a pattern)
    // (a substring test first: the word-boundary pattern runs only where the word occurs at all)
    if (!party.some((w) => kl.includes(w) && partyRe(w).test(kl))) continue;
    // and about the same thing: a word in common besides the party's name ("agreed" / "agreement")
    const drop = new Set(party.flatMap((w) => w.split(" ")));
    for (const w of contentWords(s.source)) drop.add(w);
    const theirs = prefixes(ks.text, drop);
    let shared = false;
    for (const w of prefixes(reply, drop)) if (theirs.has(w)) { shared = true; break; }
    // an inferred contradiction gives way to what the article says outright ("That claim could not be verified")
    if (shared && out[k]!.status === "unaddressed") set(k, "disputed", i);
  }
}

// ("for the same period" is a time, not agreement)
const AGREEMENT_RE = /\b(?:the same(?!\s+(?:period|year|month|week|time|day|quarter|date|months|years|weeks|days|quarters)\b)|matched|matches|in line with|consistent with|confirmed|corroborat\w*|bore out|borne out)\b/i;

// Another party arriving at the same number: "A state survey put the vacancy rate at 18%, the same
// figure the guild cited." The earlier claim with that number, from someone else, is confirmed.
const SAME_FIGURE_RE = /\b(?:the same (?:figure|number|rate|estimate|count|total|tally|amount|level)|(?:matching|matches|matched|in line with|consistent with|echoing|echoed) (?:the |an? |its |their |that |this |those |these )?(?:[\w’'.-]+ ){0,2}?(?:figure|number|estimate|count|total|tally|rate)s?)\b/i;
const NUMBER_RE = /\d[\d,]*(?:\.\d+)?%?/g;

/** The nearest earlier claim (four windows back at most) that `ok` accepts and that gives one of `nums`, or -1. */
function claimWithNumber(sents: StatusSentence[], i: number, nums: Set<string>, ok: (k: number) => boolean): number {
  for (let k = i - 1; k >= Math.max(0, i - 4 * WINDOW); k--) if (ok(k) && sents[k]!.numeric && sharesNumber(sents, k, nums)) return k;
  return -1;
}

function earlierClaimSharesNumber(sents: StatusSentence[], i: number, phrase: string): boolean {
  const nums = numbersIn(phrase);
  return nums.size > 0 && claimWithNumber(sents, i, nums, (k) => sents[k]!.isClaim) >= 0;
}

function numbersIn(text: string): Set<string> {
  const out = new Set<string>();
  NUMBER_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = NUMBER_RE.exec(text)) !== null) if (m[0].length >= 2 || m[0].endsWith("%")) out.add(m[0].replace(/,/g, ""));
  return out;
}

function sharesNumber(sents: StatusSentence[], k: number, nums: Set<string>): boolean {
  let mine = memo.numbers[k];
  if (!mine) {
    mine = numbersIn(sents[k]!.text);
    memo.numbers[k] = mine;
  }
  for (const n of mine) if (nums.has(n)) return true;
  return false;
}

function matchingFigures(sents: StatusSentence[], set: SetStatus): void {
  for (let i = 1; i < sents.length; i++) {
    const s = sents[i]!;
    if (!s.numeric || !SAME_FIGURE_RE.test(s.text)) continue;
    const mine = numbersIn(s.text);
    const lo = Math.max(0, i - WINDOW);
    const another = (ks: StatusSentence) => ks.isClaim && ks.numeric && !!ks.source && ks.source !== s.source;
    let found = -1;
    if (mine.size) for (let k = i - 1; k >= lo && found < 0; k--) if (another(sents[k]!) && sharesNumber(sents, k, mine)) found = k;
    // ("its own tally came to about $2 billion, in line with the federal figure" after "$2.1 billion"): the
    // agreement is stated, so a near number names the claim it agrees with
    const [v] = found < 0 ? valuesIn(s.text, 1) : [];
    if (v !== undefined && v !== 0) for (let k = i - 1; k >= lo && found < 0; k--) if (another(sents[k]!) && nearValue(v, sents[k]!.text)) found = k;
    if (found >= 0) set(found, "confirmed", i);
  }
}

/** Whether a figure in `text` is within 10% of `v`. */
function nearValue(v: number, text: string): boolean {
  return valuesIn(text, 8).some((w) => Math.abs(w - v) <= 0.1 * Math.max(w, v));
}

// The defence's case ("Mr. Lowell's lawyers maintained that the grants were awarded lawfully") is
// contradicted by a guilty verdict reported nearby ("A jury disagreed, convicting him…").
const DEFENCE_LEMMAS = new Set(["maintain", "insist", "contend", "argue", "claim"]);
const DEFENCE_RE = /\b(?:lawyers?|attorneys?|counsel|defen[cs]e)\b/i;
const VERDICT_RE = /\b(?:convicted|convicting|found (?:\w+ ){0,2}?guilty|guilty verdicts?|verdict of guilty)\b/gi;

function hasVerdict(text: string): boolean {
  VERDICT_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = VERDICT_RE.exec(text)) !== null) {
    const before = text.slice(Math.max(0, m.index - 24), m.index).toLowerCase();
    // "was not convicted", "if convicted", "could be found guilty"
    if (!/\b(?:not|never|n't|if|unless|could|would|may|might)\s+(?:\w+\s+)?(?:be\s+)?$/.test(before)) return true;
  }
  return false;
}

function defenceAgainstVerdict(sents: StatusSentence[], set: SetStatus): void {
  let verdicts: number[] | null = null;
  for (let i = 0; i < sents.length; i++) {
    const s = sents[i]!;
    if (!s.isClaim || s.cueStart === null || !s.cueLemma || !DEFENCE_LEMMAS.has(s.cueLemma)) continue;
    if (!DEFENCE_RE.test(s.text.slice(0, s.cueStart))) continue;
    verdicts ??= sents.flatMap((t, k) => (hasVerdict(t.text) ? [k] : []));
    let best = -1;
    for (const k of verdicts) if (k !== i && Math.abs(k - i) <= WINDOW && (best < 0 || Math.abs(k - i) < Math.abs(best - i))) best = k;
    if (best >= 0) set(i, "disputed", best);
  }
}

const DIFFERENT_ACCOUNT_RE = new RegExp(`^${DIFFERENT_ACCOUNT}\\b`);
// ("confirmed it had received the request", "confirmed receiving the request but said …": the receipt just reported)
const PRONOUN_AT_CUE = /^\S+\s+(?:(?:up|issue|back)\s+)?(?:with\s+|at\s+|on\s+)?(?:it|them|this|that)\b(?!\s+(?:[a-z]+s|the|a|an)\b)(?:\s+up\b|\s*[,.:;]|\s*$)|^\S+\s+(?:that\s+)?(?:it|he|she|they)\s+(?:had|has|have)\s+received\s+(?:the|that|this|those|these|her|his|their)\s+[a-z]+\s*[.]?$|^\S+\s+(?:receiving|receipt\s+of)\s+(?:the|that|this|those|these|her|his|their)\s+[a-z]+\b/;

/** The nearest earlier claim in the last two sentences that is not the cue's own source's, or -1. */
function previousClaim(sents: StatusSentence[], i: number, source: string | null): number {
  for (let k = i - 1; k >= Math.max(0, i - 2); k--) {
    const ks = sents[k]!;
    if (ks.isClaim) return source && ks.source === source ? -1 : k;
  }
  return -1;
}

/** "Mr. Rennick did not provide documents": every claim the silent party just made, a denial included. */
function silentSource(sents: StatusSentence[], i: number, agent: string, set: SetStatus): void {
  // a named party only: "His office did not respond" names no one whose claims these are
  if (/^(?:the|his|her|its|their|a|an)\s/.test(agent)) return;
  const who = agent.replace(/(?:\s+(?:did|does|do|could|would|can|will|may|has|have|had))+$/, "").split(/\s+/).pop() ?? "";
  if (who.length < 3 || STOP.has(who) || SELF_PRONOUN.test(" " + who)) return;
  for (let k = i - 1; k >= Math.max(0, i - 3); k--) {
    const ks = sents[k]!;
    if (!ks.isClaim || !ks.source) continue;
    const theirs = ks.source.toLowerCase();
    // (a cheap test first: their last word is at the end)
    if (theirs.endsWith(who) && theirs.split(/\s+/).pop() === who) set(k, "unverified", i);
  }
}

/** The figure a rival estimate answers: the nearest earlier numeric claim of another named source, close by. */
// ("puts the increase … closer to $13 a month": a sum answers a sum, nine sentences back if need be)
const MONEY_RE = /[$£€]\s?\d|\b\d[\d,.]*\s*(?:dollars|pounds|euros|cents)\b/;

// "the true number of job losses", "the real count of displaced families": the thing counted (its last word)
const NUMBER_OF_RE = /\b(?:true|real|actual)\s+(?:number|count|total|tally)\s+of\s+((?:[a-z-]+\s+){0,2}?[a-z]{3,})\b(?=\s+(?:would|will|was|is|could|may|might|had|has|were|are|at|stood|stands)\b)/;

/** The nearest claim of another source, 25 sentences back at most, whose figure counts what "the true number of …" names; -1 if none. */
function countedTarget(sents: StatusSentence[], i: number): number {
  const named = NUMBER_OF_RE.exec(lowerOf(sents[i]!));
  if (!named) return -1;
  const heads = new Set([...contentWordsOfLower(named[1]!)].map(wordStem));
  const own = sents[i]!.source;
  for (let k = i - 1; k >= Math.max(0, i - 25); k--) {
    const ks = sents[k]!;
    if (!ks.isClaim || !ks.numeric || !ks.source || ks.source === own) continue;
    for (const w of countedWords(lowerOf(ks), 8)) if (heads.has(wordStem(w))) return k;
  }
  return -1;
}

/** The claim just before is a denial by this sentence's own source (and this sentence rebuts nothing itself). */
function deniedJustBefore(sents: StatusSentence[], i: number, disputers: Set<number>): boolean {
  const s = sents[i]!;
  const prev = i > 0 ? sents[i - 1]! : null;
  return !!prev && prev.isClaim && !!s.source && prev.source === s.source && !disputers.has(i) &&
    (DENIAL_LEMMAS.has(prev.cueLemma ?? "") || disputers.has(i - 1) || /\b(?:denied|denies|rejected|disputed)\b/.test(lowerOf(prev)));
}

// "the company", "the trust": what an article calls the organisation it has just quoted
const GENERIC_ORG_RE = /^the\s+(?:company|firm|trust|ministry|department|council|agency|club|union|bank|group|government|chain|airline|retailer|operator|authority|board|party|campaign|office|university|hospital|school|force|charity|federation|association|league|network|lender|insurer|supermarket|grocer|utility|carrier|manufacturer|developer|owner|landlord|regulator|service|corporation)$/;

// ("Fairhurst’s rejected …. The company did not publish …": a proper name alone, or one that holds the noun;
// not "the freighter’s owners said …. The ministry did not release …")
const PROPER_NAME_RE = /^(?:[\p{Lu}\d][\p{L}\d’'&.-]*|of|the|and|for|&)(?:\s+(?:[\p{Lu}\d][\p{L}\d’'&.-]*|of|the|and|for|&))*$/u;
function sameSide(source: string | null, generic: string): boolean {
  if (!source) return false;
  return source.toLowerCase().includes(generic.slice(4)) || PROPER_NAME_RE.test(source);
}

function rivalTarget(sents: StatusSentence[], i: number, who: string, money = false): number {
  // the party giving the rival figure: the sentence's source, else the words before the verb ("Police put …")
  // ("The inspector general's auditors, who reviewed the test logs, counted only 11": no agent next to
  // the verb, so any other source's figure about the same thing)
  const party = who.toLowerCase();
  const last = party.split(/\s+/).pop() ?? "";
  if (last && (last.length < 3 || STOP.has(last))) return -1;
  // (a shared generic head — "economists", "officials" — is not the same party)
  const lastNamesParty = last !== "" && !GENERIC_PEOPLE.has(last);
  const other = (k: number) => {
    const ks = sents[k]!;
    if (!ks.isClaim || !ks.numeric || !ks.source) return false;
    if (!last) return true;
    const theirs = ks.source.toLowerCase();
    // (a cheap test first: a word of theirs that is the last one is in their text)
    return !(theirs === party || (lastNamesParty && theirs.includes(last) && theirs.split(/\s+/).includes(last)));
  };
  // a figure answers the figure about the same thing ("no more than 20 had been arrested" → "37 arrests"),
  // up to six sentences back; failing that, the nearest numeric claim of another party
  const about = bagOf(sents, i);
  if (money && about.size) {
    const sum = bestOverlap(sents, i, Math.max(0, i - 10), about, (k) => other(k) && MONEY_RE.test(sents[k]!.text), 1);
    if (sum >= 0) return sum;
  }
  const best = about.size ? bestOverlap(sents, i, Math.max(0, i - 6), about, other, 1) : -1;
  if (best >= 0 || !last) return best;
  for (let k = i - 1; k >= Math.max(0, i - 3); k--) {
    const ks = sents[k]!;
    if (!ks.isClaim || !ks.numeric || !ks.source) continue;
    return other(k) ? k : -1;
  }
  return -1;
}

// (a rival count in words, "put the number at three", answers "only four inspectors")
const SCALED_RE = /(\d[\d,]*(?:\.\d+)?|\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b(?!-))(?:\s*(thousand|million|billion|trillion|bn|m|k)\b)?/g;
const SCALE: Record<string, number> = { thousand: 1e3, k: 1e3, million: 1e6, m: 1e6, billion: 1e9, bn: 1e9, trillion: 1e12 };

function valuesIn(text: string, max: number): number[] {
  const out: number[] = [];
  SCALED_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while (out.length < max && (m = SCALED_RE.exec(text)) !== null) {
    const v = SMALL.get(m[1]!) ?? Number(m[1]!.replace(/,/g, ""));
    // (years are dates, not the figure)
    if (!m[2] && /^(?:19|20)\d\d$/.test(m[1]!)) continue;
    out.push(v * (m[2] ? SCALE[m[2]]! : 1));
  }
  return out;
}

/** Whether a rival figure (the first one or a "between A and B" range in `rival`) agrees with a figure in `claim`: within 3%, or inside the range. */
function agreesWith(rival: string, claim: string): boolean {
  const r = valuesIn(rival, 2);
  if (!r.length) return false;
  const lo = r[0]!;
  const hi = r.length === 2 && r[1]! > lo && /\b(?:between|from)\b[^.;]*\d[^.;]*\b(?:and|to)\b|\d\s*(?:to|-|–)\s*[$£€]?\d/.test(rival) ? r[1]! : null;
  for (const v of valuesIn(claim, 8)) {
    if (hi !== null ? v >= lo && v <= hi : Math.abs(v - lo) <= 0.03 * Math.max(v, lo)) return true;
  }
  return false;
}

// Heads too common to identify a speaker alone: "the Congressional Budget Office" is not "Fortier's office".
const GENERIC_AGENT_HEADS = new Set(["office", "department", "ministry", "committee", "agency", "service", "board", "council", "commission", "authority", "bureau", "group"]);

function hasWholeWord(text: string, w: string): boolean {
  for (let at = text.indexOf(w); at >= 0; at = text.indexOf(w, at + 1)) {
    const before = at === 0 ? "" : text[at - 1]!;
    const after = text[at + w.length] ?? "";
    if (!/[\p{L}\p{N}]/u.test(before) && !/[\p{L}\p{N}]/u.test(after)) return true;
  }
  return false;
}

/** Whether the source names the cue's agent: its last word, and the word before a generic head. */
function namesAgent(source: string, agent: string): boolean {
  const src = source.toLowerCase();
  const words = agent.split(/\s+/);
  const last = words[words.length - 1] ?? "";
  // (a whole word: "the Department of Correction" is not the "Corrections Oversight Board")
  if (!last || !hasWholeWord(src, last)) return false;
  return !(GENERIC_AGENT_HEADS.has(last) && words.length > 1) || src.includes(words[words.length - 2]!);
}

// ("… analysing its results, which the foundation's director, Ruth Okafor, confirmed in an email")
const APPOSED_CUE_RE = /^,\s+(?:an?|the)\s/;
const OWN_APPOSITION_BEFORE = /,\s+(?:a|an)\s+(?:[\w’'-]+\s+)?(?:figure|number|estimate|claim|count|total|tally|projection|amount|sum|assertion|account|range|margin|lead|share|price|valuation|fee|cost|rate|toll|finding|conclusion|allegation|charge|characteri[sz]ation)\b[^,;.!?]{0,60}$|,\s+which\s+(?:the|a|an|its|their|his|her)\s+[^;.!?“"]{0,80}$/;
// An anaphor belongs to a cue in the same clause: close to it, on either side.
// (only the apposition that names the claim: ", a figure borne out by …")
const NAMED_APPOSITION_BEFORE = /,\s+(?:a|an)\s+(?:[\w’'-]+\s+)?(?:figure|number|estimate|claim|count|total|tally|amount|sum|assertion|account)\s+(?:that\s+|which\s+)?$/;
const ANAPHOR_REACH = 60;
const SUBJECT_START = 5;

// "inspections it had long rejected": a noun, then the pronoun subject of a relative clause
const OBJECT_RELATIVE_BEFORE = /\b[a-z]{3,}\s+(?:it|they|he|she|we)\s+(?:(?:had|has|have|would|once|long|previously|earlier|repeatedly)\s+){0,2}$/;
const AGENT_GAP = /^\S+\s+(?:\w+\s+)?by\s+$/;
const PARTY_RUN_RE = /\p{Lu}[\p{L}-]+(?:[’']s)?(?:\s+\p{Lu}[\p{L}-]+(?:[’']s)?)*/gu;
const PARTY_STOP_WORDS = new Set(["The", "Sen", "Rep", "Gov", "Mrs", "Prof", "Chief", "Executive", "Senior", "Deputy", "Inc", "Corp", "Group", "Systems", "Department", "Ministry", "Office", "Council", "Committee", "National", "State", "United", "States", "American", "New", "House", "Association"]);
const GENERIC_PEOPLE = new Set(["economists", "officials", "analysts", "experts", "researchers", "scientists", "sources", "aides", "lawmakers", "residents", "police", "spokesman", "spokeswoman", "officers", "authorities"]);
const DENIED_CLAUSE_RE = /^\s+that\s+([^;:]*?)(?:,\s*(?:but|and|saying|adding|arguing|calling)\b|[;:]|$)/;
// "denied that it had sought a cut, saying its offer would …": past a content clause, a phrase is content
const CONTENT_OPENER = /,\s*(?:saying|adding|arguing|noting)\b/;

const CLAUSE_BREAK = /,\s*(?:though|although|but|while|whereas)\b|;/;

const SUPPORT_BEFORE = /\bto\s+(?:back\s+up|support|substantiate|justify|prove|corroborate)\s+$/i;

function nearestAnaphor(list: Anaphor[], at: number, text: string, unsupported = false): Anaphor | null {
  let best: Anaphor | null = null;
  for (const a of list) {
    // (the sentence's subject reaches its predicate however long the clause between: "Mr. Ostrander's
    // prediction that … is not widely shared")
    // ("Neither the company nor its lawyers have produced any correspondence … to back up the denial": what it would support)
    if (Math.abs(a.at - at) > ANAPHOR_REACH && !(a.at <= SUBJECT_START && a.at < at) && !(unsupported && a.at > at && SUPPORT_BEFORE.test(text.slice(at, a.at)))) continue;
    if (a.at > at && CONTENT_OPENER.test(text.slice(at, a.at))) continue;
    // "its readings were unreliable, though the authority has not released its own discharge logs": another clause
    if (a.at < at && a.at > SUBJECT_START && CLAUSE_BREAK.test(text.slice(a.at, at))) continue;
    // "matched in its own count": the judge's own material, not the claim judged
    if (a.modifiers.startsWith("own ")) continue;
    // "corroborated by the audio of body-camera footage": the agent, not the claim
    if (a.at > at && AGENT_GAP.test(text.slice(at, a.at))) continue;
    if (!best || Math.abs(a.at - at) < Math.abs(best.at - at)) best = a;
  }
  return best;
}

function overlapTarget(sents: StatusSentence[], i: number): number[] {
  const lo = Math.max(0, i - WINDOW);
  const t = bestOverlap(sents, i, lo, bagOf(sents, i), (k) => sents[k]!.isClaim, 1);
  return t >= 0 ? [t] : [];
}

// "Neither side's claims could be independently verified": the sourced claims just before it
// ("neither account could be independently checked": the two just given)
const BOTH_SIDES_RE = /\b(?:neither|either|both)\s+(?:(?:side|sides|party|parties|camp|camps|country|countries|army|armies|government|governments|candidate|candidates|campaign|campaigns)(?:[’']s|s[’'])?\s+(?:claims?|accounts?|figures?|assertions?|versions?|reports?|tallies|numbers?|estimates?|counts?|totals?)|(?:claims?|accounts?|figures?|assertions?|versions?|reports?|tallies|numbers|estimates|counts|totals|projections|forecasts))\b/i;

// "… can be squared with that count": the count is the yardstick, the two claims before it are judged
const AGAINST_STANDARD_RE = /\b(?:with|against)\s+(?:that|this|the)\s+(?:count|figure|tally|total|number|record|records|data)\b/i;

function bothSides(sents: StatusSentence[], i: number): number[] {
  const out: number[] = [];
  const sources = new Set<string>();
  let skip = AGAINST_STANDARD_RE.test(sents[i]!.text);
  for (let k = i - 1; k >= Math.max(0, i - (skip ? 5 : 4)); k--) {
    const ks = sents[k]!;
    if (!ks.isClaim || !ks.source) continue;
    if (skip) { skip = false; continue; }
    if (sources.size >= 2 && !sources.has(ks.source)) break;
    sources.add(ks.source);
    out.push(k);
  }
  // ("The ministry said … and that …. It offered no evidence for either claim": one source's two claims, the last)
  return sources.size >= 2 ? out : out.slice(0, 1);
}

// Claim nouns that name everything a source said in a row: "backs up her account".
const ACCOUNT_NOUNS = new Set(["account", "version", "explanation", "story", "timeline", "testimony"]);
// Owners that name an organisation by its kind: "the company's injury count".
// (an army, ministry or government is named in its own sources: "Ostrevia’s army said")
const GENERIC_ORGS = new Set(["company", "firm", "club", "group", "union", "hospital", "campaign", "airline", "carrier", "bank", "insurer", "lender",
  "retailer", "utility", "operator", "manufacturer", "maker", "university", "school", "trust", "charity", "league", "association", "federation"]);
// ("the figure given by Reczek's lawyer")
const OWNER_BY_RE = /^\s+(?:(?:given|provided|cited|offered|quoted|released|put forward)\s+)?by\s+((?:(?:the|mr|mrs|ms|dr|sen|rep|gov)\.?\s+)?[\w’'.-]+(?:\s+[\w’'.-]+){0,3}?)(?=\s+(?:that|was|were|is|are|has|had)\b|[,.;:]|$)/i;
// "rejected the Kessarian account": a party's adjective alone before the noun
const PARTY_ADJECTIVE_RE = /^\p{Lu}[\p{Ll}-]+\s+$/u;
// (only what a party asserts: "the Russian defence ministry" is no claim of Russia's)
const PARTY_CLAIM_NOUNS = new Set(["claim", "claims", "figure", "figures", "estimate", "estimates", "count", "toll", "tally", "numbers"]);
// "the number Mr. Coyle cited", "the figure the Pentagon gave the commission"
const OWNER_GAVE_RE = /^\s+(?:that\s+)?((?:(?:the|mr|mrs|ms|dr|sen|rep|gov)\.?\s+)?[\w’'.-]+(?:\s+[\w’'.-]+){0,2}?)\s+(?:had\s+)?(?:cited|gave|claimed|reported|quoted|announced|offered|stated)\b/i;

/** The party whose claim an anaphor names, or "" when it names none. */
function ownerOf(det: string, written: string, noun: string, after: string): string {
  if (det === "his" || det === "her" || det === "its" || det === "their") return det;
  // "rejected the Kessarian account": a party's adjective or name alone before the noun
  if (det === "the" && (ACCOUNT_NOUNS.has(noun) || PARTY_CLAIM_NOUNS.has(noun)) && PARTY_ADJECTIVE_RE.test(written)) return written.trim().toLowerCase();
  const modifiers = written.toLowerCase();
  const poss = /^(.*?)(?:[’']s|s[’'])\s/.exec(modifiers);
  if (poss) return poss[1]!.trim() + (/s[’']\s/.test(modifiers) ? "s" : "");
  if (/[’']s$/.test(det)) return det.slice(0, -2);
  const by = OWNER_BY_RE.exec(after) ?? OWNER_GAVE_RE.exec(after);
  return by ? by[1]!.trim().toLowerCase() : "";
}

// Words for one role: "the figure given by Reczek's lawyer" is his solicitor's
const ROLE_GROUPS = [["lawyer", "lawyers", "attorney", "attorneys", "solicitor", "solicitors", "counsel", "barrister", "barristers"],
  ["spokesman", "spokeswoman", "spokesperson", "spokespeople", "spokesmen", "spokeswomen"]];
const ROLE_GROUP = new Map(ROLE_GROUPS.flatMap((g, k) => g.map((w) => [w, k] as const)));

function sameRole(a: string, b: string): boolean {
  const k = ROLE_GROUP.get(a);
  return k !== undefined && k === ROLE_GROUP.get(b);
}

const PERSON_SUBJECT_RE = /^(?:(?:his|her)\s+(?:wife|husband|son|daughter|mother|father|brother|sister|partner)|she|he)\b/i;
const SUBJECT_WORDS = /^\S+(?:\s+\S+){0,2}/;

/** "kessarian" for "kessaria's", "russian" for "russia": a people's adjective from its country's name. */
function isDemonymOf(adjective: string, name: string): boolean {
  const stem = name.replace(/[’']s$/, "");
  return stem.length >= 5 && adjective.length > stem.length && adjective.length - stem.length <= 2 && adjective.startsWith(stem);
}

/** Whether claim `k`'s source (or its subject) is the owner an anaphor names. */
function ownedBy(k: StatusSentence, owner: string): boolean {
  // (an anonymous source is a person too: "a former engineer, who spoke on condition of anonymity" → "Her account")
  // ("confirm her employment there" after "His wife, the report said, has worked …": the person the claim is about)
  if (owner === "his" || owner === "her") {
    if (!(k.sourceKind === "person" || k.sourceKind === "anonymous" || PERSON_SUBJECT_RE.test(k.text))) return false;
    // ("Her account" after "… he said": a claim whose words are all of one sex is not the other's)
    const g = sexOf(k);
    return g === null || g === (owner === "his" ? "m" : "f");
  }
  if (owner === "its") return k.sourceKind === "organization" || k.sourceKind === "document";
  if (owner === "their") return k.sourceKind === "group" || k.sourceKind === "organization" || k.sourceKind === "anonymous";
  const w = owner.split(/\s+/).pop()!.replace(/\.$/, "");
  if (w.length < 3 || STOP.has(w)) return false;
  const src = (k.source ?? "").toLowerCase();
  // ("the suit's central claim" is the lawsuit's)
  if (src && src.split(/\s+/).some((x) => x === w || (w.length >= 4 && x.endsWith(w)) || isDemonymOf(w, x))) return true;
  // the role's own words, before "of"/"for" ("ally of the Governor" is not the governor)
  // (but a spokesman or official speaks for the body named after "for": "a spokesman for the Authority")
  const fullRole = k.sourceRole ? k.sourceRole.toLowerCase() : "";
  const role = SPEAKS_FOR_RE.test(fullRole) ? fullRole : fullRole.split(/\s+(?:of|for|to|at|with)\s/)[0]!;
  if (role && role.split(/[\s.,]+/).some((r) => r.length >= 3 && (w.startsWith(r) || r.startsWith(w) || sameRole(r, w)))) return true;
  if (GENERIC_ORGS.has(w) && k.sourceKind === "organization") return true;
  // "the consultants' methods": the claim whose subject they are
  return SUBJECT_WORDS.exec(k.text)?.[0].toLowerCase().includes(w) ?? false;
}

const MALE_RE = /\b(?:he|him|his|himself|mr|spokesman|chairman|congressman|councilman)\b/i;
const FEMALE_RE = /\b(?:she|her|hers|herself|mrs|ms|spokeswoman|chairwoman|congresswoman|councilwoman)\b/i;

/** "m" or "f" when the claim's words (and its source's role) speak of one sex only, else null. */
function sexOf(k: StatusSentence): "m" | "f" | null {
  const text = `${k.sourceRole ?? ""} ${k.text}`;
  const m = MALE_RE.test(text);
  const f = FEMALE_RE.test(text);
  return m === f ? null : m ? "m" : "f";
}

const SPEAKS_FOR_RE = /^(?:an?\s+|the\s+)?(?:[\w-]+\s+)?(?:spokes(?:man|woman|person)|officials?|representatives?|press officer|director of communications)\s+(?:for|of|at)\s/;

const WARNING_LEMMAS = new Set(["warn", "fear", "worry", "caution", "predict", "threaten", "complain"]);

const REPORT_NOUNS = /^(?:reports?|claims?|allegations?|accounts?|story|stories|rumou?rs?)$/;

/**
 * The claim, among the three before sentence i, that is about a party named before the cue (and
 * not said by it), or -1: "A Justice Department spokesman … declined to comment on the report" →
 * "The Justice Department has opened a criminal investigation …, according to two people …".
 */
function claimAboutParty(sents: StatusSentence[], i: number, before: string): number {
  const names: string[] = [];
  for (const m of before.matchAll(PARTY_RUN_RE)) {
    for (const w of m[0].split(/\s+/)) {
      const word = w.replace(/[’']s$/, "");
      // (a nationality or a sentence's opening word names no party: "However, Ukrainian officials …")
      if (word.length >= 4 && !PARTY_STOP_WORDS.has(word) && !DEMONYM.test(word) && !(m.index === 0 && m[0] === w) && !/^(?:Neither|Both|Asked)$/.test(word)) names.push(word);
    }
  }
  if (!names.length) return -1;
  for (let k = i - 1; k >= Math.max(0, i - 3); k--) {
    const ks = sents[k]!;
    if (!ks.isClaim) continue;
    const src = ks.source ?? "";
    if (names.some((n) => ks.text.includes(n) && !src.includes(n))) return k;
  }
  return -1;
}

const DEMONYM = /^\p{Lu}\p{Ll}+(?:an|ian|ish|ese|ch|ic|i|ean)$/u;

/**
 * The organisations a source speaks for, as runs of capitalised words: its role's ("a Quillon
 * spokeswoman" → Quillon), or its own name when it is one.
 */
function partyOf(s: StatusSentence): string[][] {
  const text = `${s.sourceRole ?? ""} ; ${s.sourceKind === "organization" ? s.source ?? "" : ""}`;
  const runs: string[][] = [];
  for (const m of text.matchAll(PARTY_RUN_RE)) {
    const all = m[0].split(/\s+/);
    const words = all.map((w) => w.replace(/[’']s$/, "")).filter((w) => !PARTY_STOP_WORDS.has(w));
    // ("the Czech finance minister" and "the Czech Fiscal Council": a nationality alone is no party)
    if (words.length === 1 && DEMONYM.test(words[0]!)) continue;
    // ("the House Budget Committee" and "the Missouri Budget Project": one word left of a longer name,
    // often a common noun, is no party of its own; "Quillon" named alone is)
    if (words.length === 1 && all.length > 1) continue;
    if (words.length) runs.push(words);
  }
  return runs;
}

// Sentence k's partyOf, worked out once per sentence: the same sentences are compared as candidates of many cues.
function partiesOf(sents: StatusSentence[], k: number): string[][] {
  let p = memo.parties[k];
  if (!p) {
    p = partyOf(sents[k]!);
    memo.parties[k] = p;
  }
  return p;
}

// one run inside the other: "Quillon" and "Quillon Systems Inc", not "Halden Transit Riders Union" and
// "Halden Regional Transit Authority"
function sameParty(sents: StatusSentence[], a: number, b: number): boolean {
  const pb = partiesOf(sents, b);
  if (!pb.length) return false;
  return partiesOf(sents, a).some((ra) => pb.some((rb) => runInside(ra, rb) || runInside(rb, ra)));
}

function runInside(x: string[], y: string[]): boolean {
  return x.every((w) => y.includes(w));
}

/** What an anaphor's modifiers say it is about, without whose it is: "the White House's wage figures" → "wage". */
function described(a: Anaphor): string {
  // ("the Kessarian account": the adjective is whose it is, not what it is about)
  if (a.owner && a.modifiers.trim() === a.owner) return "";
  return a.modifiers.replace(/^.*[’']s\s+/, "");
}

/** The earlier claims a backward-pointing cue in sentence i refers to. */
/** "denied that any wages had been paid late, but …": the words of what is denied, or null. */
function deniedClause(lower: string, end: number): Set<string> | null {
  const m = DENIED_CLAUSE_RE.exec(lower.slice(end, end + 200));
  if (!m) return null;
  const words = contentWords(m[1]!);
  return words.size >= 2 ? words : null;
}

const CLAUSE_AFTER_RE = /^\s*(?:that\s+)?((?:(?!\bbut\b|\band\s+said\b)[^,;:!?“"]){1,100})/;
const NOT_CONFIRMED_RE = /^(?!.*\b(?:requests?|respond\w*|asked)\b).*\bconfirm/;
const CONFIRM_OBJECT_RE = /^\s+(?:that|whether|reports?\s+that|the\s+report\s+that)\s+([^,.;:!?“"]{1,80})/;
const OWN_AIDE_RE = /^(?:his|her)\s+(?:own\s+)?(?:press\s+secretary|spokes(?:man|woman|person)|aide|lawyer|attorney|chief\s+of\s+staff|campaign\s+manager|communications\s+director|adviser|advisor)\b/i;

/** The person whose aide speaks in sentence i ("His press secretary, …"): the last person quoted before it. */
function aidedPerson(sents: StatusSentence[], i: number): string | null {
  const role = sents[i]!.sourceRole;
  if (!role || !OWN_AIDE_RE.test(role)) return null;
  for (let k = i - 1; k >= Math.max(0, i - WINDOW); k--) {
    const ks = sents[k]!;
    if (ks.source && ks.sourceKind === "person" && ks.source !== sents[i]!.source) return ks.source;
  }
  return null;
}

const QUESTIONS_ABOUT_RE = /^\s+to\s+(?:(?:written\s+|repeated\s+)?questions|(?:a\s+)?requests?\s+for\s+comment|inquiries|enquiries)\s+(?:about|on|regarding|concerning)\s+(?!whether\b|why\b|how\b|when\b|if\b)([^,.;:!?“"]{1,60})/;

function backTargets(sents: StatusSentence[], i: number, anaphor: Anaphor | null, excludeSource: string | null, clause: Set<string> | null = null, unsupported = false): number[] {
  const lo = Math.max(0, i - WINDOW);
  // (a denial by "a Quillon spokeswoman" is not about what Quillon's chief executive said)
  const isClaim = (k: number) => sents[k]!.isClaim && !(excludeSource && (sents[k]!.source === excludeSource || sameParty(sents, k, i)));
  const noun = anaphor?.noun ?? null;
  let target = -1;
  // "the White House's deficit estimate", "her account", "the claim by Mr. Gaddis": whose claim it is
  // narrows the search, and reaches further back
  if (anaphor?.owner) {
    const owner = anaphor.owner;
    const owned = (k: number) => isClaim(k) && ownedBy(sents[k]!, owner);
    target = ownerTarget(sents, i, anaphor, owned);
  }
  if (target < 0 && noun) target = namedTarget(sents, i, anaphor!, lo, isClaim, unsupported);
  if (!noun) {
    // no anaphor (a denial or confirmation with its own content): the claim it shares most words with,
    // the words of the denied clause first
    if (clause) target = bestOverlap(sents, i, lo, clause, isClaim, 1);
    if (target < 0) target = bestOverlap(sents, i, lo, bagOf(sents, i), isClaim, 1);
    // failing that, only a claim right before it
    if (target < 0) for (let k = i - 1; k >= Math.max(lo, i - 2); k--) if (isClaim(k)) { target = k; break; }
    if (target < 0) return [];
  }
  if (target < 0) for (let k = i - 1; k >= lo; k--) if (isClaim(k)) { target = k; break; }
  if (target < 0) return [];
  const out = [target];
  // ("… said the deficit was “a one-time hit” …. “Take out the buyout and we are within …,” Mr. Whitlock said.
  // The records contradict that account": a quotation that carries on what its speaker just said is one account with it)
  if (noun && ACCOUNT_NOUNS.has(noun) && !anaphor!.owner && sents[target]!.source && sents[target]!.quotedOnly) {
    for (let k = target - 1; k >= Math.max(0, target - 2) && sents[k]!.isClaim && sents[k]!.source === sents[target]!.source; k--) out.push(k);
  }
  if (noun && NUMERIC_NOUNS.has(noun) && !PLURAL_NOUNS.test(noun)) return out;
  // the other claims of the same source nearby: "these allegations" (plural), "the poll" (a document's findings)
  const src = sents[target]!.source;
  if (!src) return out;
  // (a document's claims go together only when the document itself is named: "dismissed the poll")
  // ("her account" is everything she said just before it, when it is backed or denied; "could not verify
  // her account" is about what she said last)
  if (!(noun && PLURAL_NOUNS.test(noun) && !DOC_NOUNS.has(noun)) && !(sents[target]!.sourceIsDoc && noun && DOC_SELF.has(noun)) && !(noun && ACCOUNT_NOUNS.has(noun) && anaphor!.owner && !(unsupported && /^(?:his|her|its|their)$/.test(anaphor!.owner)))) return out;
  // the same source's claims on either side of the one named, up to the cue ("The poll found … The
  // survey of 1,204 voters found … X dismissed the poll"); "its figures on patient loads" only those
  // ("the Red Cross’s admission figures": only its claims about admissions)
  const narrowing = `${anaphor?.about ?? ""} ${anaphor?.owner ? described(anaphor) : ""}`.trim();
  const narrowed = narrowing ? contentWords(narrowing) : null;
  // ("their account" reaches as far back as the owner's search does)
  for (let k = anaphor?.owner ? Math.max(0, i - 2 * WINDOW) : lo; k < i; k++) {
    const ks = sents[k]!;
    if (k === target || !ks.isClaim || ks.source !== src) continue;
    if (narrowed && narrowed.size && !sharesWord(bagOf(sents, k), narrowed)) continue;
    out.push(k);
  }
  return out;
}

const ESTIMATE_WORDING_RE = /\b(?:estimat\w*|closer to|nearer to|(?:true|real|actual) (?:cost|number|figure|total|count)|projected|forecast\w*|calculated|reckon\w*)\b/;

/**
 * Among the owner's claims (up to four windows back): the one sharing what the phrase is about
 * ("the White House's deficit estimate" → "deficit"), else, when it says nothing more ("her
 * account"), the owner's latest; -1 leaves the choice to the unowned search.
 */
function ownerTarget(sents: StatusSentence[], i: number, anaphor: Anaphor, owned: (k: number) => boolean): number {
  const far = Math.max(0, i - 4 * WINDOW);
  const numeric = NUMERIC_NOUNS.has(anaphor.noun);
  const ok = numeric ? (k: number) => owned(k) && sents[k]!.numeric && reportsChange(anaphor.noun, sents[k]!) : owned;
  const words = contentWords(described(anaphor) + " " + anaphor.about);
  // ("contradicting the minister’s claim of a 30% rise": the owner's claim that gave the number)
  const nums = numbersIn(`${anaphor.modifiers} ${anaphor.about} ${anaphor.ofNumber}`);
  if (nums.size) {
    const t = claimWithNumber(sents, i, nums, owned);
    if (t >= 0) return t;
  }
  // "the suit's central claim": what the owner said first
  if (/\b(?:central|main|chief|principal|core|headline)\s+$/.test(anaphor.modifiers)) {
    for (let k = far; k < i; k++) if (ok(k)) return k;
  }
  // ("Moravec's estimate of the cost": of her figures about the cost, the one she put as an estimate)
  if (anaphor.noun === "estimate" && words.size) {
    const est = bestOverlap(sents, i, far, words, (k) => ok(k) && ESTIMATE_WORDING_RE.test(lowerOf(sents[k]!)), 1, 0.01);
    if (est >= 0) return est;
  }
  // (the owner already narrows the search: distance counts for less)
  if (words.size) return bestOverlap(sents, i, far, words, ok, 1, 0.01);
  // "put the cost of the plan at $580 million, saying the governor's figure left out interest": of the
  // owner's figures, the one about what the cue sentence is about
  if (numeric) {
    // ("less than half the number Mr. Coyle cited", ten sentences after his count: a named owner reaches
    // as far back; "his estimate" is what he just said)
    const pronoun = /^(?:his|her|its|their)$/.test(anaphor.owner);
    const about = bestOverlap(sents, i, pronoun ? Math.max(0, i - WINDOW) : far, bagOf(sents, i), ok, 1, pronoun ? undefined : 0.01);
    if (about >= 0) return about;
  }
  // ("rejected the Kessarian account": what the ministry asserted, not its denial just before)
  if (ACCOUNT_NOUNS.has(anaphor.noun)) return nearestContent(sents, i, far, ok);
  for (let k = i - 1; k >= far; k--) if (ok(k)) return k;
  return -1;
}


// "the size of Harmon Valley's jump" names a claim that reports a change, not any figure about Harmon Valley
const CHANGE_NOUNS = new Set(["decline", "increase", "rise", "drop", "fall", "jump", "surge", "growth", "gain", "gains"]);
const CHANGE_WORD_RE = /\b(?:rais|rose|rise|rising|jump|gain|increas|grew|grow|climb|surg|soar|doubl|tripl|fell|fall|drop|declin|decreas|shrank|shrink|cut|lower|improv|up|down)\w*/i;

/**
 * Of the last two numeric claims in the window, the one whose first number is the larger (or smaller):
 * the pair a comparison names. -1 unless they are two parties' counts of one kind (no share set against a
 * count) that differ.
 */
function extremeClaim(sents: StatusSentence[], i: number, lo: number, ok: (k: number) => boolean, largest: boolean): number {
  const pair: { k: number; v: number; share: boolean }[] = [];
  for (let k = i - 1; k >= lo && pair.length < 2; k--) {
    if (!ok(k)) continue;
    const [v] = valuesIn(sents[k]!.text, 1);
    if (v !== undefined) pair.push({ k, v, share: sents[k]!.text.includes("%") || /\bper\s?cent\b/i.test(sents[k]!.text) });
  }
  // (rival numbers come from two parties: one party's "410,000, not 2.3 million" compares within its claim)
  if (pair.length < 2 || pair[0]!.v === pair[1]!.v || pair[0]!.share !== pair[1]!.share || sents[pair[0]!.k]!.source === sents[pair[1]!.k]!.source) return -1;
  const firstWins = largest ? pair[0]!.v > pair[1]!.v : pair[0]!.v < pair[1]!.v;
  return firstWins ? pair[0]!.k : pair[1]!.k;
}

/** Whether claim `k` can be the one a change noun ("that jump") names: it reports a change. */
function reportsChange(noun: string, k: StatusSentence): boolean {
  return !CHANGE_NOUNS.has(noun) || CHANGE_WORD_RE.test(k.text);
}

/** The nearest earlier claim that is not itself a verdict on another, else the nearest claim. */
function nearestContent(sents: StatusSentence[], i: number, lo: number, isClaim: (k: number) => boolean): number {
  let any = -1;
  for (let k = i - 1; k >= lo; k--) {
    if (!isClaim(k)) continue;
    // (a verdict that goes on to give its own version, "called the estimate inflated and said …", is an account too)
    if (memo.cued[k] === 0 || OWN_VERSION_RE.test(sents[k]!.text)) return k;
    if (any < 0) any = k;
  }
  return any;
}
// ("He contended that the audit had relied on dispatch logs that …": a contention with its clause is a version too)
const OWN_VERSION_RE = /\b(?:and|but)\s+(?:also\s+)?(?:said|says|added|insisted|argued|maintained)\b|,\s+(?:saying|insisting|arguing)\b|\b(?:contended|contends|insisted|insists|argued|argues|maintained|maintains|countered|counters)\s+that\b/;

/** The claim a named phrase ("the savings figure", "this proposal", "the safety data") points back to, or -1. */
function namedTarget(sents: StatusSentence[], i: number, anaphor: Anaphor, lo: number, isClaim: (k: number) => boolean, unsupported = false): number {
  const noun = anaphor.noun;
  // what the phrase is about, without whose it is: "the White House's wage figures" → "wage"
  const about = contentWords(described(anaphor));
  let target = -1;
  if (NUMERIC_NOUNS.has(noun)) {
    const numericClaim = (k: number) => isClaim(k) && sents[k]!.numeric && reportsChange(noun, sents[k]!);
    // "the savings figure": a numeric claim that shares the modifier, else the nearest numeric claim
    const mods = contentWords(anaphor.modifiers);
    // "confirmed the $1.3 billion figure": the claim that gave that number
    const nums = numbersIn(anaphor.modifiers + " " + anaphor.ofNumber);
    if (nums.size) {
      // a number names its claim anywhere in the article so far
      target = claimWithNumber(sents, i, nums, isClaim);
    }
    // "confirmed the higher count": of the rival numbers just given, the larger (or smaller) one
    const extreme = target < 0 ? /\b(?:(higher|larger|bigger|greater)|(lower|smaller))\s+$/.exec(anaphor.modifiers) : null;
    if (extreme) target = extremeClaim(sents, i, lo, numericClaim, extreme[1] !== undefined);
    // "confirmed the headline figure": the figure the story opened with
    if (target < 0 && /\bheadline\b/.test(anaphor.modifiers)) {
      for (let k = Math.max(0, i - 4 * WINDOW); k < i && target < 0; k++) if (numericClaim(k)) target = k;
    }
    // "the White House's wage figures": what the figures are about ("wage") before whose they are
    if (target < 0 && about.size && about.size < mods.size) target = bestOverlap(sents, i, lo, about, numericClaim, 1);
    if (target < 0 && mods.size) target = bestOverlap(sents, i, lo, mods, numericClaim, 1);
    // ("The budget office's savings estimate was challenged", twelve sentences after the memo's savings figure:
    // what it is about reaches further back before any nearer number will do)
    if (target < 0 && about.size) target = bestOverlap(sents, i, Math.max(0, i - 4 * WINDOW), about, numericClaim, 1);
    if (target < 0) for (let k = i - 1; k >= lo; k--) if (numericClaim(k)) { target = k; break; }
  } else if (/^(?:concerns?|fears?|warnings?)$/.test(noun)) {
    // "Supporters called that concern overblown": the claim someone warned of
    for (let k = i - 1; k >= lo && target < 0; k--) if (isClaim(k) && WARNING_LEMMAS.has(sents[k]!.cueLemma ?? "")) target = k;
  } else if (noun === "denial" || noun === "denials" || noun === "rebuttal" || noun === "rebuttals") {
    // "… to back up the denial": the claim that denied something
    for (let k = i - 1; k >= lo && target < 0; k--) if (isClaim(k) && DENIAL_LEMMAS.has(sents[k]!.cueLemma ?? "")) target = k;
  } else if (ACCOUNT_NOUNS.has(noun)) {
    // "That account", "that timeline": what was just said ("an account" in a bank's sense is no match)
    // ("He offered no evidence for that account": a denial just before is the account left unsupported)
    target = unsupported && i > 0 && isClaim(i - 1) ? i - 1 : nearestContent(sents, i, lo, isClaim);
  } else {
    // "the safety data": what the modifiers are about first
    if (about.size && DOC_NOUNS.has(noun)) target = bestOverlap(sents, i, lo, about, isClaim, 1);
    // ("Battery researchers were skeptical of the energy-density claim", eight sentences after it: what the
    // claim was about reaches further back than the nearest claim)
    if (target < 0 && about.size && /^claims?$/.test(noun)) target = bestOverlap(sents, i, Math.max(0, i - 4 * WINDOW), about, isClaim, 1);
    // the noun itself in an earlier claim ("This proposal" → "an earlier proposal"), then a document
    // source for "the findings", then a looser stem
    // ("That claim was independently confirmed": what was just claimed; every claim before it has its "claimed")
    const det = sents[i]!.text.slice(anaphor.at, anaphor.at + 6).split(/\s/)[0]!.toLowerCase();
    if (target < 0 && /^claims?$/.test(noun) && /^(?:this|that|these|those)$/.test(det)) target = nearestContent(sents, i, lo, isClaim);
    const exact = nounRe(noun);
    for (let k = i - 1; k >= lo && target < 0; k--) if (isClaim(k) && exact.test(sents[k]!.text)) target = k;
    // ("Quillmont rejected that analysis" right after a biostatistician's claim: an expert's work, not
    // the register's records before it)
    if (target < 0 && EXPERT_WORK_NOUNS.has(noun)) {
      let k = i - 1;
      while (k >= lo && !isClaim(k)) k--;
      const ks = k >= lo ? sents[k]! : null;
      // (the role as read, else the words before the cue: "Dr Hannah Lewick, a biostatistician at …, said")
      if (ks && ks.sourceKind === "person" && (EXPERT_ROLE.test(ks.sourceRole ?? "") || (ks.cueStart !== null && EXPERT_ROLE.test(ks.text.slice(0, ks.cueStart))))) target = k;
    }
    if (target < 0 && DOC_NOUNS.has(noun)) {
      for (let k = i - 1; k >= lo; k--) if (isClaim(k) && sents[k]!.sourceIsDoc) { target = k; break; }
    }
    if (target < 0) {
      const stem = stemOf(noun);
      for (let k = i - 1; k >= lo && target < 0; k--) {
        if (!isClaim(k)) continue;
        const ks = sents[k]!;
        if (lowerOf(ks).includes(stem) || (ks.source && ks.source.toLowerCase().includes(stem))) target = k;
      }
    }
  }
  return target;
}

// Content words of sentence k, computed once per sentence and only when a cue needs them.
function bagOf(sents: StatusSentence[], k: number): Set<string> {
  let b = memo.bags[k];
  if (!b) {
    b = contentWordsOfLower(lowerOf(sents[k]!));
    memo.bags[k] = b;
  }
  return b;
}

/**
 * The candidate claim sharing the most distinctive words with `words`: a word found in many of the
 * window's sentences counts little, and a nearer claim wins a tie.
 * (A bag's stems are prefixes of the sentence's words: a sentence whose text holds none of the words
 * has none of them in its bag, and needs no bag to tell.)
 */
function bestOverlap(sents: StatusSentence[], i: number, lo: number, words: Set<string>, ok: (k: number) => boolean, min: number, decay = 0.05): number {
  // each candidate's words in common with `words`, in its bag's order (the order the scores add up in);
  // undefined for a sentence that is no candidate
  const common: (string[] | null | undefined)[] = new Array(i - lo).fill(undefined);
  // the words some candidate shares: the only ones whose counts are read
  const shared = new Set<string>();
  for (let k = i - 1; k >= lo; k--) {
    if (!ok(k)) continue;
    let mine: string[] | null = null;
    if (mayHoldAny(sents, k, words)) {
      for (const w of bagOf(sents, k)) {
        if (!words.has(w)) continue;
        shared.add(w);
        (mine ??= []).push(w);
      }
    }
    common[k - lo] = mine;
  }
  // (no word in common: every score would be a distance penalty alone)
  if (shared.size === 0) return -1;
  // in how many of the window's sentences each shared word is, candidates or not
  const df = new Map<string, number>();
  for (let k = i - 1; k >= lo; k--) {
    const mine = common[k - lo];
    if (mine === undefined) {
      if (mayHoldAny(sents, k, shared)) for (const w of bagOf(sents, k)) if (shared.has(w)) df.set(w, (df.get(w) ?? 0) + 1);
    } else if (mine !== null) for (const w of mine) df.set(w, (df.get(w) ?? 0) + 1);
  }
  let best = -1;
  let bestScore = 0;
  for (let k = i - 1; k >= lo; k--) {
    const mine = common[k - lo];
    if (mine === undefined) continue;
    let n = 0;
    const found = mine === null ? 0 : mine.length;
    for (let x = 0; x < found; x++) n += 1 / (df.get(mine![x]!) ?? 1);
    if (found < min) continue;
    const score = n - decay * (i - k);
    if (score > bestScore) { best = k; bestScore = score; }
  }
  return best;
}

/** Whether sentence k's bag may hold one of `words`: it has one already, or its text holds one. */
function mayHoldAny(sents: StatusSentence[], k: number, words: Set<string>): boolean {
  if (memo.bags[k] !== undefined) return true;
  const text = lowerOf(sents[k]!);
  for (const w of words) if (text.includes(w)) return true;
  return false;
}

function sharesWord(bag: Set<string>, words: Set<string>): boolean {
  for (const w of words) if (bag.has(w)) return true;
  return false;
}

const NOUN_RES = new Map<string, RegExp>();
function nounRe(noun: string): RegExp {
  let re = NOUN_RES.get(noun);
  if (!re) {
    re = new RegExp(`\\b${noun.replace(/s$/, "")}`, "i");
    NOUN_RES.set(noun, re);
  }
  return re;
}

// A claim noun and the reporting verb it names: "that argument" → "argued", "the assertion" → "asserted"
const NOUN_VERB_STEMS: Record<string, string> = {
  argument: "argu", contention: "contend", assertion: "assert", allegation: "alleg", explanation: "explain",
  prediction: "predict", estimate: "estimat", suit: "sue", lawsuit: "sue", projection: "project", accusation: "accus", insistence: "insist",
};

function stemOf(noun: string): string {
  const n = noun.replace(/ings?$/, "").replace(/(?:ies)$/, "y").replace(/s$/, "");
  const verb = NOUN_VERB_STEMS[n];
  if (verb) return verb;
  return n.length > 7 ? n.slice(0, 7) : n;
}
