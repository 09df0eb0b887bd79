/**
 * SPEC §10: a draft campaign read from an announcement or a signup page. Every read field keeps
 * the text it came from (`text`), so the review can show it beside the field; whatever the reader
 * is not certain of is an unread requirement (its sentence, verbatim) or a warning, never a guess.
 */
import type { ProgramKind, TermMetric, TermOp } from '../pack/schema';

/** An inclusive Asia/Shanghai calendar-day window, with the text it was read from. */
export interface DraftWindow {
  from: string;
  to: string;
  text: string;
}

export interface DraftTerm {
  metric: TermMetric;
  op: TermOp;
  value: number | boolean;
  text: string;
}

export interface DraftSubsidy {
  periods: (3 | 6 | 12)[];
  /** The platform's share of the fee, basis points (10 000 for interest-free-platform). */
  platformShareBp: number;
  platformCapFen: number | null;
  text: string;
}

export interface DraftProgram {
  id: string;
  kind: ProgramKind;
  title: { zh: string; en: string };
  signup: DraftWindow | null;
  active: DraftWindow | null;
  merchantTerms: DraftTerm[];
  productTerms: DraftTerm[];
  /** interest-free-platform and -cosubsidy; null for the other kinds. */
  subsidy: DraftSubsidy | null;
  /** interest-free-rate-cut only: the lowered merchant-borne rates, basis points. */
  rates: { 3?: number; 6?: number; 12?: number; text: string } | null;
  /** Requirements of this program the reader could not read, verbatim. */
  unread: string[];
}

export interface DraftWarning {
  text: string;
  message: { zh: string; en: string };
}

export interface CampaignDraft {
  campaign: {
    name: string | null;
    signupUrl: string | null;
    /** The activity id of its signup page (digits or letters), when the text gives one. */
    activityId: string | null;
  };
  programs: DraftProgram[];
  /** Requirements stated for the whole campaign that were not read. */
  unread: string[];
  warnings: DraftWarning[];
}
