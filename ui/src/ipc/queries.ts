import {
  MutationCache,
  QueryCache,
  QueryClient,
  queryOptions,
  useMutation,
  useQuery,
  useQueryClient,
} from "@tanstack/react-query";
import {
  commands,
  type AnswerSaved,
  type Answers,
  type ConsentScope,
  type Contrast,
  type Language,
  type TextScale,
  type OrganizationDraft,
  type PlanScope,
  type PlanView,
  type RevisionInput,
  type Value,
} from "./bindings.gen";
import { IpcFailure, unwrap } from "./client";

export const queryKeys = {
  organization: ["organization"],
  regions: ["regions"],
  settings: ["settings"],
  appInfo: ["appInfo"],
  /** The licences the About screen lists; fixed for the life of the program. */
  licenses: ["licenses"],
  guide: ["guide"],
  plan: ["plan"],
  revisions: ["revisions"],
  /** Prefix of every comparison; one entry per (from, to) pair. */
  changes: ["changes"],
  obligations: ["obligations"],
  /** The ranked register with the open outage (if any); see patientQueries.ts. */
  patients: ["patients"],
  /** Prefix of every single record; one entry per id. */
  patient: ["patient"],
  safetyChecks: ["safetyChecks"],
  identity: ["identity"],
  /** Partners, agreements, partners' plans and the findings between them; see linkQueries.ts. */
  linkView: ["linkView"],
  /** 地域BCP: the coordination base's region and the dashboard over its members' files; see regionalQueries.ts. */
  regionScope: ["regionScope"],
  regionalDashboard: ["regionalDashboard"],
  /** 訓練: scenarios, drills, action items and briefings; see drillQueries.ts. */
  drills: ["drills"],
  /** Prefix of every tabletop run; one entry per drill id (audited: it names patients). */
  tabletop: ["tabletop"],
  /** The home screen's reminders; they follow from the plan, its versions, partners, patients and drills. */
  reminders: ["reminders"],
  /** Whether a start-up passphrase is set and still to be entered; see lockQueries.ts. */
  lockStatus: ["lockStatus"],
  /** The backup folder's listing; one preview per file name under backupPreview. See backupQueries.ts. */
  backups: ["backups"],
  backupPreview: ["backupPreview"],
  /** Prefix of every filtered reading of the audit log; see auditQueries.ts. */
  auditEvents: ["auditEvents"],
} as const;

export const organizationQuery = queryOptions({
  queryKey: queryKeys.organization,
  queryFn: () => unwrap(commands.getOrganization()),
});

export const regionsQuery = queryOptions({
  queryKey: queryKeys.regions,
  queryFn: () => unwrap(commands.listRegions()),
});

export const settingsQuery = queryOptions({
  queryKey: queryKeys.settings,
  queryFn: () => unwrap(commands.getSettings()),
});

export const appInfoQuery = queryOptions({
  queryKey: queryKeys.appInfo,
  queryFn: () => unwrap(commands.appInfo()),
});

export const licensesQuery = queryOptions({
  queryKey: queryKeys.licenses,
  queryFn: () => unwrap(commands.getLicenses()),
});

export const guideQuery = queryOptions({
  queryKey: queryKeys.guide,
  queryFn: () => unwrap(commands.getGuide()),
});

/** null until the plan is started. */
export const planQuery = queryOptions({
  queryKey: queryKeys.plan,
  queryFn: () => unwrap(commands.getPlan()),
});

/** 改訂履歴, oldest first. Only asked once a plan exists (the Rust side answers notFound before). */
export const revisionsQuery = queryOptions({
  queryKey: queryKeys.revisions,
  queryFn: () => unwrap(commands.listRevisions()),
});

/** A version number, or null for the working copy (現在の内容). */
export type PlanVersionRef = number | null;

export const changesQuery = (from: PlanVersionRef, to: PlanVersionRef) =>
  queryOptions({
    queryKey: [...queryKeys.changes, from, to],
    queryFn: () => unwrap(commands.compareRevisions(from, to)),
  });

export const obligationsQuery = queryOptions({
  queryKey: queryKeys.obligations,
  queryFn: () => unwrap(commands.getObligations()),
});

/**
 * What follows from the plan's content: the obligations checklist and every comparison that involves
 * the working copy. Called after each change to the plan; only the queries on screen refetch at once.
 */
function invalidatePlanDerived(queryClient: QueryClient) {
  // Two fixed versions never change, so only comparisons with the working copy (null) are asked again.
  void queryClient.invalidateQueries({
    queryKey: queryKeys.changes,
    predicate: ({ queryKey }) => queryKey[1] === null || queryKey[2] === null,
  });
  void queryClient.invalidateQueries({ queryKey: queryKeys.obligations });
  // The stock list's expiry dates, the staff roster and the review date are read by the reminders.
  void queryClient.invalidateQueries({ queryKey: queryKeys.reminders });
}

export function useOrganization() {
  return useQuery(organizationQuery);
}

/** The organisation's key fingerprint (made on first run; it never changes). */
export function useIdentity() {
  return useQuery({ queryKey: queryKeys.identity, queryFn: () => unwrap(commands.getIdentity()), staleTime: Infinity });
}

/** Saves the whole draft; the returned view (with updatedAt and the derived place) replaces the cache. */
export function useSaveOrganization() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (draft: OrganizationDraft) => unwrap(commands.saveOrganization(draft)),
    onSuccess: (view) => {
      queryClient.setQueryData(queryKeys.organization, view);
      // The duties depend on the organisation's kind.
      void queryClient.invalidateQueries({ queryKey: queryKeys.obligations });
    },
  });
}

export function useSamples() {
  return useQuery({ queryKey: ["samples"], queryFn: () => unwrap(commands.listSamples()), staleTime: Infinity });
}

/**
 * Loads a sample into the (empty) data folder. Everything the app shows changes, so every cached answer
 * is dropped (reset, not just invalidated: the route guards read the cache and would still see "no
 * organisation").
 */
export function useLoadSample() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => unwrap(commands.loadSample(id)),
    onSuccess: () => queryClient.resetQueries(),
  });
}

export function useRegions() {
  return useQuery(regionsQuery);
}

export function useSettings() {
  return useQuery(settingsQuery);
}

/** A preference change: the answer is the whole of the stored settings, which replaces the cached copy. */
function useSettingsChange<A>(change: (value: A) => ReturnType<typeof commands.getSettings>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (value: A) => unwrap(change(value)),
    onSuccess: (settings) => queryClient.setQueryData(queryKeys.settings, settings),
  });
}

export const useSetLanguage = () => useSettingsChange((language: Language) => commands.setLanguage(language));
export const useSetPrintLanguage = () =>
  useSettingsChange((language: Language) => commands.setPrintLanguage(language));
export const useSetContrast = () => useSettingsChange((contrast: Contrast) => commands.setContrast(contrast));
export const useSetTextScale = () => useSettingsChange((scale: TextScale) => commands.setTextScale(scale));


/** The printable documents that need no argument; each opens the native save dialog in the shell. */
export type PrintDocument = "cover" | "plan" | "summary" | "actionCards" | "checkSheet" | "connected" | "evidence";

const printCommands = {
  cover: commands.printCover,
  plan: commands.printPlan,
  summary: commands.printSummary,
  actionCards: commands.printActionCards,
  checkSheet: commands.printCheckSheet,
  /** 連携型BCP: members, agreements, shared levels, open issues. */
  connected: commands.printConnected,
  /** BCPの点検記録: versions, briefings, drills and their action items, for the inspector. */
  evidence: commands.printEvidence,
} satisfies Record<PrintDocument, unknown>;

/** The papers about one patient. */
export type PatientDocument = "supportPlan" | "evacuationPlan";

const patientPrintCommands = {
  /** 災害時個別支援計画 */
  supportPlan: commands.printSupportPlan,
  /** 個別避難計画, a draft for the municipality */
  evacuationPlan: commands.printEvacuationPlan,
} satisfies Record<PatientDocument, unknown>;

/** One patient's paper; one mutation for both, so the list shows one result line for whichever was last. */
export function usePrintPatientDocument() {
  return useMutation({
    mutationFn: ({ document, id }: { document: PatientDocument; id: string }) => unwrap(patientPrintCommands[document](id)),
  });
}

/**
 * The 優先順位名簿. null = for the organisation itself (every name); a recipient outside gets names only
 * where the patient's consent covers it (the Rust side decides, and audits how many names left).
 */
export function usePrintRoster() {
  return useMutation({ mutationFn: (recipient: ConsentScope | null) => unwrap(commands.printRoster(recipient)) });
}

/** 第n版 as it was fixed, from its snapshot. */
export function usePrintVersion() {
  return useMutation({ mutationFn: (number: number) => unwrap(commands.printPlanVersion(number)) });
}

export function usePrint() {
  return useMutation({ mutationFn: (document: PrintDocument) => unwrap(printCommands[document]()) });
}

export function useAppInfo() {
  return useQuery(appInfoQuery);
}

/** The app's, the printing font's and every third-party package's licence (About). */
export function useLicenses() {
  return useQuery(licensesQuery);
}

export function useGuide() {
  return useQuery(guideQuery);
}

export function usePlan() {
  return useQuery(planQuery);
}

/** Start and scope change answer with the whole plan, which replaces the cached one. */
export function useStartPlan() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (scope: PlanScope) => unwrap(commands.startPlan(scope)),
    onSuccess: (plan) => {
      queryClient.setQueryData(queryKeys.plan, plan);
      invalidatePlanDerived(queryClient);
    },
  });
}

export function useSetPlanScope() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (scope: PlanScope) => unwrap(commands.setPlanScope(scope)),
    onSuccess: (plan) => {
      queryClient.setQueryData(queryKeys.plan, plan);
      invalidatePlanDerived(queryClient);
    },
  });
}

export type PlanAnswer = { stepId: string; fieldId: string; value: Value };

/** Answers with null removed, as the Rust side stores them (a missing entry is an unanswered field). */
export function withAnswer(answers: Answers, { stepId, fieldId, value }: PlanAnswer): Answers {
  const { [fieldId]: _old, ...others } = answers[stepId] ?? {};
  const fields = value === null ? others : { ...others, [fieldId]: value };
  const { [stepId]: _step, ...otherSteps } = answers;
  return Object.keys(fields).length === 0 ? otherSteps : { ...otherSteps, [stepId]: fields };
}

/**
 * Saves one field. The reply carries only the new completeness, so the cached answers are patched
 * with the value that was sent; this runs on the mutation itself, so it still lands when the field
 * that sent it has unmounted (leaving a step flushes its last keystrokes).
 */
export function useSavePlanAnswer() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ stepId, fieldId, value }: PlanAnswer) => unwrap(commands.savePlanAnswer(stepId, fieldId, value)),
    onSuccess: (saved: AnswerSaved, answer) => {
      queryClient.setQueryData<PlanView | null>(queryKeys.plan, (plan) =>
        plan
          ? {
              ...plan,
              updatedAt: saved.updatedAt,
              progress: saved.progress,
              insights: saved.insights,
              answers: withAnswer(plan.answers, answer),
            }
          : plan,
      );
      invalidatePlanDerived(queryClient);
    },
  });
}

/** Remembers the open step so /plan resumes there, in this session (cache) and the next (Rust side). */
export function useVisitPlanStep() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (stepId: string) => unwrap(commands.visitPlanStep(stepId)),
    onSuccess: (_none, stepId) =>
      queryClient.setQueryData<PlanView | null>(queryKeys.plan, (plan) => (plan ? { ...plan, lastStep: stepId } : plan)),
  });
}

/** Off (`enabled` false) until a plan exists, where a screen may be open without one. */
export function useRevisions(enabled = true) {
  return useQuery({ ...revisionsQuery, enabled });
}

/** Off until both ends are known (e.g. the latest version, once the history has arrived). */
export function useChanges(from: PlanVersionRef, to: PlanVersionRef, enabled = true) {
  return useQuery({ ...changesQuery(from, to), enabled });
}

export function useObligations() {
  return useQuery(obligationsQuery);
}

/**
 * Fixes the working copy as the next version. The reply is the whole history, which replaces the
 * cached one; comparisons and the checklist (見直し) are asked again.
 */
export function useRevisePlan() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: RevisionInput) => unwrap(commands.revisePlan(input)),
    onSuccess: (history) => {
      queryClient.setQueryData(queryKeys.revisions, history);
      invalidatePlanDerived(queryClient);
    },
  });
}

/**
 * The app is the only writer of its data, so cached answers stay true until a mutation replaces them;
 * retrying a refused command would only repeat the same answer.
 */
export function createQueryClient() {
  // Every command but the lock's own answers `locked` while the start-up passphrase is still to be
  // entered: asking for the lock status again brings up the lock screen (see LockGate).
  const onError = (error: unknown) => {
    if (error instanceof IpcFailure && error.error.kind === "locked") void client.invalidateQueries({ queryKey: queryKeys.lockStatus });
  };
  const client: QueryClient = new QueryClient({
    queryCache: new QueryCache({ onError }),
    mutationCache: new MutationCache({ onError }),
    defaultOptions: {
      queries: { staleTime: Infinity, retry: false, refetchOnWindowFocus: false },
      mutations: { retry: false },
    },
  });
  return client;
}
