import {
  DEMO_MAPS,
  type Detection,
  type FillReport,
  FORMMAP_FORMAT,
  type FormMap,
  type FormProblem,
  fieldValue,
  judgeProposal,
  type Locator,
  MAPPABLE_FIELDS,
  type MappableField,
  mapMatches,
  notOnPage,
  type PlannedStep,
  type PreviewRow,
  type ProposalOnPage,
  pagePatterns,
  planFromMap,
  type Target,
  type UndoReport,
  whyNotLevel,
} from '@tusoi/form-kit';
import {
  BUILTIN_PACKS_2,
  groupsFor,
  type Lang,
  type Level,
  type Message,
  type Pack,
  type Pack2,
} from '@tusoi/rubric-core';
import { liveResult } from '@tusoi/ui';
import type { ComponentChildren } from 'preact';
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { chooseDetected, isDetected, perForm } from '@/lib/form-maps';
import { texts } from '@/lib/i18n';
import type { PortalRequest } from '@/lib/messages';
import type { PickResult } from '@/lib/pick-session';
import { locatorText, type PageProblem, pageProblem, pageProblemText } from '@/lib/plain-words';
import { PanelStatus } from './panel-status';
import {
  criterionRowLabel,
  criterionWillText,
  fieldLabel,
  missingColumns,
  notOnPageText,
  nowText,
  officialLabelList,
  PICKABLE,
  periodWarning,
  plannedFor,
  portalTexts,
  problemCriterion,
  problemsText,
  taskPreview,
  taskTableText,
  willText,
} from './portal-texts';

type Problem = Omit<FormProblem, 'element'>;

/** A map the user made by picking fields on a page (pick mode names it so). */
const PICKED_PREFIX = 'custom-';
const isPicked = (map: FormMap) => map.id.startsWith(PICKED_PREFIX);
/** What a step fills: a field, a criterion, the task table; a press is its own. */
const stepKey = (s: FormMap['steps'][number]) =>
  'field' in s
    ? `field ${s.field}`
    : 'criterion' in s
      ? `criterion ${s.criterion}`
      : 'tasks' in s
        ? 'tasks'
        : JSON.stringify(s);

/**
 * The picked map with what detection found beside it: detection's steps in the page's order, a
 * pick in place of detection's step for the same field, picks detection has no step for after.
 */
export function withPicks(detected: FormMap, picked: FormMap): FormMap {
  const picks = new Map(picked.steps.map((s) => [stepKey(s), s]));
  const steps = detected.steps.map((s) => picks.get(stepKey(s)) ?? s);
  const have = new Set(steps.map(stepKey));
  return { ...picked, steps: [...steps, ...picked.steps.filter((s) => !have.has(stepKey(s)))] };
}

/**
 * The task tables' own add-row buttons a fill of this detection presses (form-kit presses them only
 * for a map detected on the page, see DETECTED_ID): none for a picked map that took detection's steps.
 */
const ownAddRows = (d: Detection) => (isDetected(d.map) ? (d.addRows ?? []) : []);

/** The portal tab beside the panel: the active tab, or (when the panel itself is a tab) the last portal tab used. */
async function portalTab(): Promise<number | null> {
  const [active] = await browser.tabs.query({ active: true, lastFocusedWindow: true });
  if (active?.id !== undefined && active.url && /^https?:/.test(active.url)) return active.id;
  const tabs = await browser.tabs.query({ url: ['http://*/*', 'https://*/*'] });
  const last = tabs.sort((a, b) => (b.lastAccessed ?? 0) - (a.lastAccessed ?? 0))[0];
  return last?.id ?? active?.id ?? null;
}

/** A frame of the portal tab: 0 is the page itself. */
interface Where {
  readonly tabId: number;
  readonly frameId: number;
}

// A plan or map that addresses rows (a row locator, a task table, criteria to check) needs form-kit's row code: it
// is injected beside the portal script only then (the portal script's size is a budget).
const usesRows = (request: PortalRequest) =>
  request.type === 'tusoi:fill' || request.type === 'tusoi:planned'
    ? request.plan.some((s) => 'rows' in s.locator || s.addRow)
    : request.type === 'tusoi:check'
      ? // Criterion reasons are judged by the row code too (it carries rubric-core's pack rules).
        /"(rows|criterion)":/.test(JSON.stringify((request.map as FormMap).steps))
      : // Detection reads task tables with the row code.
        request.type === 'tusoi:detect' ||
        (request.type === 'tusoi:describe' && request.locators.some((l) => 'rows' in l));

// Pick mode is its own script, injected (and answering) only for the pick messages: the portal
// script leaves those unanswered. A check also gets the check's code (notes.js), which reads the
// form against the draft and draws its notes on the page.
const scriptsFor = (request: PortalRequest): ScriptPublicPath[] => {
  if (request.type === 'tusoi:pick' || request.type === 'tusoi:pick-cancel') return ['/content-scripts/pick.js'];
  const scripts: ScriptPublicPath[] = usesRows(request) ? ['/content-scripts/rows.js'] : [];
  if (request.type === 'tusoi:check') scripts.push('/content-scripts/notes.js');
  scripts.push('/content-scripts/portal.js');
  return scripts;
};

async function send<T>({ tabId, frameId }: Where, request: PortalRequest): Promise<T> {
  await browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: scriptsFor(request) });
  return browser.tabs.sendMessage(tabId, request, { frameId }) as Promise<T>;
}

/**
 * The frames of origins the user has granted, among the foreign frames the page holds. The
 * script is injected into every frame the extension may reach; the browser skips the others.
 */
async function grantedFrames(
  tabId: number,
  origins: readonly string[],
): Promise<{ granted: Where[]; denied: string[] }> {
  const denied: string[] = [];
  const allowed: string[] = [];
  for (const origin of origins)
    ((await browser.permissions.contains({ origins: [`${origin}/*`] })) ? allowed : denied).push(origin);
  if (allowed.length === 0) return { granted: [], denied };
  const injected = await browser.scripting.executeScript({
    target: { tabId, allFrames: true },
    files: ['/content-scripts/portal.js'],
  });
  const granted: Where[] = [];
  for (const { frameId } of injected) {
    if (frameId === 0) continue;
    const { url } = (await browser.tabs.sendMessage(tabId, { type: 'tusoi:url' }, { frameId })) as { url: string };
    if (allowed.includes(new URL(url).origin)) granted.push({ tabId, frameId });
  }
  return { granted, denied };
}

/**
 * Fill, check and undo on the portal form beside the panel (in the page, or in a frame of an
 * origin the user granted); an unknown form, or a saved map on a page for the first time, is
 * previewed before anything is written.
 */
export function PortalActions({
  assessment,
  notes,
  packs,
  ownPacks2 = [],
  lang,
  maps,
  onAccept,
  firstUse,
  more,
  quarters,
}: {
  assessment: Record<string, unknown>;
  /** Reasons for criteria not met, for portals that ask for them. */
  notes: Readonly<Record<string, string>>;
  /** The packs a draft scored by criteria may use. */
  packs: readonly Pack[];
  /** The user's own quarterly packs (tusoi.pack/2): the check judges criterion reasons by the draft's. */
  ownPacks2?: readonly Pack2[];
  lang: Lang;
  maps: readonly FormMap[];
  /**
   * Keeps an accepted detection (or a pick), so the form is known next time; `page` is the address
   * it was accepted on. Resolves with the ids of earlier detected maps of the same form it replaced
   * there (read back as gone), if any.
   */
  onAccept: (map: FormMap, page?: string) => Promise<readonly string[] | undefined>;
  /** Whether a saved map was already accepted on a page (`mapId origin/path`); a new pairing is previewed first. */
  firstUse?: { isNew: (key: string) => Promise<boolean>; mark: (key: string) => Promise<void> };
  /** More actions for the overflow menu (⋯), after pick mode. */
  more?: ComponentChildren;
  /** An annual draft's quarters its year is rolled from: a proposal is judged against the year. */
  quarters?: readonly Record<string, unknown>[];
}) {
  const t = texts(lang);
  const p = portalTexts(lang);
  const [status, setStatus] = useState<string>('');
  const [help, setHelp] = useState<readonly string[] | null>(null);
  const [preview, setPreviewState] = useState<{
    where: Where;
    detection: Detection;
    seenKey?: string;
    /** A saved or imported map used on this page for the first time (not a form found by its labels). */
    known?: boolean;
    /** What each field shows now and what the fill would write, read from the page. */
    planned?: readonly PlannedStep[];
    /** The page's address the map was found on. */
    page?: string;
    /**
     * Shown for a check: its button says "Kiểm tra" and only reads the page (a check never writes,
     * not even on a form it confirms first); else the fill's preview, "Đồng ý và điền".
     */
    forCheck?: boolean;
  } | null>(null);
  const [problems, setProblems] = useState<readonly Problem[] | null>(null);
  const [pickField, setPickField] = useState<MappableField>('subject.name');
  const [picking, setPicking] = useState<readonly Where[] | null>(null);
  // The frames of the pick in progress (read by a fill started meanwhile, whatever the render),
  // and whether a fill, check or undo ended it (then the pick says nothing of its own).
  const pickingNow = useRef<readonly Where[] | null>(null);
  const pickEnded = useRef(false);
  // Said before the next status: a pending pick that a fill, check or undo ended.
  const endedNote = useRef('');
  const [problem, setProblem] = useState<PageProblem | null>(null);
  // The frame last filled, where "Hoàn tác" applies.
  const [filledIn, setFilledIn] = useState<Where | null>(null);
  // The ⋯ menu: Esc, a click outside it or an action in it closes it,
  // and the keyboard focus goes back to its summary (a <details> does none of this by itself).
  const menu = useRef<HTMLDetailsElement>(null);
  useEffect(() => {
    const close = (refocus: boolean) => {
      const d = menu.current;
      if (!d?.open) return;
      d.open = false;
      if (refocus) d.querySelector('summary')?.focus();
    };
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape' && menu.current?.open) {
        e.preventDefault();
        close(true);
      }
    };
    const onPointer = (e: PointerEvent) => {
      if (!menu.current?.contains(e.target as Node)) close(false);
    };
    const onClick = (e: MouseEvent) => {
      const target = e.target as HTMLElement;
      const inMenu = target.closest('.more-menu');
      if (inMenu && menu.current?.contains(inMenu) && target.closest('button, a[href]')) close(true);
    };
    // The menu opens below the row of actions, never over "Điền biểu mẫu": a click meant for Fill
    // while it is open lands on Fill (the pointerdown outside closes the menu), not on the menu.
    const place = () => {
      const d = menu.current;
      const list = d?.querySelector<HTMLElement>('.more-menu');
      const row = d?.closest('.action-row');
      if (!d?.open || !list || !row) return;
      list.style.top = `${Math.max(0, row.getBoundingClientRect().bottom - d.getBoundingClientRect().top) + 4}px`;
    };
    menu.current?.addEventListener('toggle', place);
    document.addEventListener('keydown', onKey);
    document.addEventListener('pointerdown', onPointer);
    document.addEventListener('click', onClick);
    return () => {
      menu.current?.removeEventListener('toggle', place);
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('pointerdown', onPointer);
      document.removeEventListener('click', onClick);
    };
  }, []);
  // A new status replaces the old one whole: its help lines and its "Mở Cài đặt" go with it.
  const say = (text: string, more: readonly string[] | null = null, why: PageProblem | null = null) => {
    const note = endedNote.current;
    endedNote.current = '';
    // Parts are joined with one space each (a part that ends in a space never makes two: "lưu.  Bảng").
    setStatus((note && text ? `${note} ${text}` : text || note).replace(/ {2,}/g, ' ').trim());
    setHelp(more);
    setProblem(why);
  };
  // A long status is clamped to a few lines (the sticky header stays short); "Xem thêm" shows it whole.
  const statusRef = useRef<HTMLParagraphElement>(null);
  const [statusOpen, setStatusOpen] = useState(false);
  const [statusLong, setStatusLong] = useState(false);
  useLayoutEffect(() => {
    setStatusOpen(false);
    const el = statusRef.current;
    setStatusLong(el !== null && status !== '' && el.scrollHeight > el.clientHeight + 1);
  }, [status]);
  // The status is text in the language it was written in: a new language clears it rather than mix the two.
  useEffect(() => say(''), [lang]);
  // The browser's own words (English, technical) become what the user can do.
  const failed = (e: unknown) => {
    say(pageProblemText(pageProblem(e), lang), null, pageProblem(e));
  };

  // Pick mode: the next control clicked on the page is mapped to the chosen draft field, in a
  // map of the user's own for this page (saved like an accepted detection). The page never sees
  // that click; Esc, "Huỷ" (here or on the page) and a timeout end it.
  const pick = async () => {
    setProblem(null);
    const tabId = await portalTab();
    if (tabId === null) return say(t.noPortal);
    const top = { tabId, frameId: 0 };
    const label = fieldLabel(pickField, lang);
    let result: PickResult;
    let frames: Where[] = [top];
    try {
      // Frames of other origins: picked in too when the user granted their origin; else covered on
      // the page (a click there would reach a page Tự Soi cannot stop), and the panel says why.
      const { origins } = await send<{ origins: string[] }>(top, { type: 'tusoi:frames' });
      const { granted, denied } =
        origins.length > 0 ? await grantedFrames(tabId, origins) : { granted: [], denied: [] };
      frames = [top, ...granted];
      pickEnded.current = false;
      pickingNow.current = frames;
      setPicking(frames);
      if (denied.length > 0) say(`${t.pickNow} (${label}) ${p.pickFrameBlocked}: ${denied.join(', ')}.`, [p.frameWhy]);
      else say(`${t.pickNow} (${label})`);
      const open = origins.filter((o) => !denied.includes(o));
      result = await Promise.race(
        frames.map((where) =>
          send<PickResult>(where, { type: 'tusoi:pick', label, ...(where === top ? { open } : {}) }),
        ),
      );
    } catch (e) {
      return failed(e);
    } finally {
      pickingNow.current = null;
      setPicking(null);
      // The first click, Esc or "Huỷ" in any of them ends the pick in all.
      for (const where of frames) void send(where, { type: 'tusoi:pick-cancel' }).catch(() => undefined);
    }
    // Ended by a fill, check or undo: that action says so, and the pick has nothing to add.
    if (pickEnded.current) return;
    if (result.status === 'cancelled') return say(p.pickCancelled);
    if (result.status === 'timeout') return say(p.pickTimeout);
    const page = new URL(result.url);
    const id = `${PICKED_PREFIX}${page.host}${page.pathname}`.replace(/[^\w.-]+/g, '-');
    // A map the user accepted or imported for this page keeps its steps: the pick changes one field.
    const known = maps.find((m) => m.id === id);
    const base = known ?? maps.find((m) => mapMatches(m, result.url));
    const map: FormMap = known ?? {
      format: FORMMAP_FORMAT,
      id,
      title: { vi: `Biểu mẫu tự chọn: ${page.host}${page.pathname}`, en: `Picked form: ${page.host}${page.pathname}` },
      match: pagePatterns(page),
      steps: base?.steps ?? [],
    };
    const steps = [
      ...map.steps.filter((s) => !('field' in s) || s.field !== pickField),
      { field: pickField, locator: result.locator } as FormMap['steps'][number],
    ];
    await onAccept({ ...map, steps });
    // Picked by the user on this very page: nothing to preview.
    await firstUse?.mark(`${map.id} ${page.origin}${page.pathname}`);
    // Named in words where the locator allows ("ô có tên …"), else what the pick saw (a button's words, a row).
    const seen = 'css' in result.locator ? result.found : locatorText(result.locator, lang);
    say(`${t.picked}: ${label} → ${seen}`);
  };

  const criteria = assessment.criteria as { pack?: string; items?: Record<string, unknown> } | undefined;
  const pack = packs.find((p) => p.id === criteria?.pack);
  // The pack whose words name the criteria rows of a preview (a quarterly draft's is a tusoi.pack/2).
  // A user's own quarterly pack goes with a check: the content script holds only the built-in ones.
  const ownPack2 = ownPacks2.find((p) => p.id === criteria?.pack);
  const namingPack = pack ?? ownPack2 ?? BUILTIN_PACKS_2.find((p) => p.id === criteria?.pack);
  // The draft's scores are rubric-core's classification of it (a quarterly draft carries none of
  // its own): filled and checked as they are, never added up here.
  const { score, unscored, unrated } = useMemo(() => {
    const live = liveResult(assessment, [...packs, ...ownPacks2]);
    const r = live.result;
    // A draft rubric-core refuses has no scores to fill: said so, with its first problem.
    if (!r) return { score: undefined, unscored: live.issues[0], unrated: false };
    const tasks = r.breakdown?.tasks;
    // A quarter not rated (Q26-30) has no level to propose: the check asks for none.
    return {
      score: { ...r.score, ...(tasks ? { tasks } : {}) },
      unscored: undefined,
      unrated: r.decision === 'unrated',
    };
  }, [assessment, packs, ownPacks2]);

  // A task's axis is chosen on the page by its title in the draft's pack (rubric-core's pack is the one home of those titles).
  const axes = namingPack?.format === 'tusoi.pack/2' ? namingPack.results.axes : undefined;
  const context = { notes, ...(pack ? { pack } : {}), ...(score ? { score } : {}), ...(axes ? { axes } : {}) };
  const setPreview = setPreviewState;
  /** Shows a map before anything is written, with what each field holds now and what the fill would write. */
  const showPreview = async (
    where: Where,
    detection: Detection,
    seenKey: string,
    page: string,
    known = false,
    forCheck = false,
  ) => {
    // Nothing is written while a preview waits: an earlier page's "Đã điền …" must not stand beside it.
    say('');
    const planned = await send<PlannedStep[]>(where, {
      type: 'tusoi:planned',
      plan: planFromMap(detection.map, assessment, context) as never,
    }).catch(() => undefined);
    setPreviewState({
      where,
      detection,
      seenKey,
      page,
      ...(known ? { known } : {}),
      ...(planned ? { planned } : {}),
      ...(forCheck ? { forCheck } : {}),
    });
  };
  const fill = async (where: Where, map: FormMap) => {
    const plan = planFromMap(map, assessment, context);
    const report = await send<Pick<FillReport, 'results' | 'summary'>>(where, {
      type: 'tusoi:fill',
      plan: plan as never,
    });
    // Fields the form has and the draft leaves empty: not tried (so not in N/N), and said plainly.
    const emptyFields = map.steps.flatMap((s) =>
      'field' in s && !plan.some((step) => !step.absent && (step.key === s.field || step.key.startsWith(`${s.field}#`)))
        ? [s.field as string]
        : [],
    );
    // Scores of a draft rubric-core refused are not "nothing yet": the draft has an error to mend first.
    const noScore = unscored ? emptyFields.filter((f) => f.startsWith('scores.')) : [];
    const empty = emptyFields.filter((f) => !noScore.includes(f)).map((f) => fieldLabel(f as never, lang));
    const nothing = [
      empty.length > 0 ? `${p.draftEmpty}: ${[...new Set(empty)].join('; ')}.` : '',
      noScore.length > 0 && unscored
        ? `${p.draftUnscored}: ${[...new Set(noScore.map((f) => fieldLabel(f as never, lang)))].join('; ')} (${unscored.path ? `${unscored.path}: ` : ''}${unscored.message[lang]}).`
        : '',
    ]
      .filter((x) => x !== '')
      .join(' ');
    setFilledIn(where);
    // form-kit's summary is read back from the page: "Đã điền N/N" only when all N hold, else each field and why.
    // N counts the fields tried; what the draft holds and the form has no field for is said after it.
    const missing = notOnPageText(
      notOnPage(map, assessment, context),
      lang,
      map.steps.some((s) => 'criterion' in s),
      isDetected(map),
    );
    // A level the page locks (a disabled option) is told with the rules' reason, when they give one.
    const level = report.results.proposedLevel?.choice ? (assessment.proposedLevel as Level | undefined) : undefined;
    const why = level ? whyNotLevel(assessment, level, quarters, [...packs, ...ownPacks2])?.[lang] : undefined;
    const said = why ? `${report.summary[lang]} ${why}` : report.summary[lang];
    // (A summary may already end with a full stop: one is enough.)
    // Task values the page's table has no column for are named too (they were not written).
    const columns = missingColumns(
      map.steps,
      (assessment.taskList as Parameters<typeof missingColumns>[1] | undefined) ?? [],
      lang,
    );
    const withMissing = missing ? `${said.replace(/\.$/, '')}. ${missing}` : said;
    const told = columns ? `${withMissing.replace(/\.$/, '')}. ${columns}` : withMissing;
    say(nothing ? `${told.replace(/\.$/, '')}. ${nothing}` : told);
  };

  /** A detection's preview rows with a row for each task table it found (a map's preview has them too). */
  const withTaskRows = (d: Detection): PreviewRow[] => [
    ...d.preview,
    ...d.map.steps.flatMap((step) =>
      'tasks' in step
        ? [
            {
              field: 'taskList' as MappableField,
              label: p.taskTable,
              found: taskTableText(
                step.tasks,
                (assessment.taskList as readonly unknown[] | undefined)?.length ?? 0,
                lang,
                ownAddRows(d).find((a) => a.rows === step.tasks.rows)?.button,
              ),
            },
          ]
        : [],
    ),
  ];

  /** What each step of `map` points at on the page, as preview rows in the page's words (a button by its caption). */
  const describeSteps = async (where: Where, map: FormMap): Promise<PreviewRow[]> => {
    const locators = map.steps.map((step) =>
      'field' in step
        ? step.locator
        : 'click' in step
          ? step.click
          : 'criterion' in step
            ? (step.met ?? step.points)
            : undefined,
    );
    const targets = await send<Target[]>(where, {
      type: 'tusoi:describe',
      locators: locators.filter((l): l is Locator => l !== undefined),
    }).catch(() => [] as Target[]);
    let n = 0;
    return map.steps.map((step, i) => {
      const target = locators[i] ? targets[n++] : undefined;
      return {
        field: ('field' in step
          ? step.field
          : 'criterion' in step
            ? `criteria.${step.criterion}`
            : 'tasks' in step
              ? 'taskList'
              : 'click') as MappableField,
        label: map.title[lang] ?? map.title.vi,
        found:
          'tasks' in step
            ? taskTableText(step.tasks, (assessment.taskList as readonly unknown[] | undefined)?.length ?? 0, lang)
            : ((loc) => (loc ? locatorText(loc, lang) : '—'))(locators[i]),
        ...(target?.shown ? { shown: `“${target.shown}”` } : {}),
        // A field pointed at a button is filled by pressing it: refused just the same, said before.
        ...(target?.refused ? { refused: target.refused } : {}),
      };
    });
  };

  // The pack's general criteria let form-kit turn a criteria table's rows into criterion steps (a
  // quarterly draft's pack is a tusoi.pack/2: the groups for the draft's kind of subject, as
  // rubric-core scores them, so that a leader's 1.1 and a staff member's 1.1 are not both offered).
  const detect = (where: Where) => {
    const kind = (assessment.subject as { kind?: Parameters<typeof groupsFor>[1] } | undefined)?.kind;
    const packCriteria = (
      namingPack?.format === 'tusoi.pack/2'
        ? (kind ? groupsFor(namingPack, kind) : namingPack.general.groups).flatMap((g) => g.items)
        : pack?.general.sections.flatMap((s) => s.criteria)
    )?.map(({ id, vi }) => ({ id, vi }));
    return send<Detection | null>(where, {
      type: 'tusoi:detect',
      ...(packCriteria ? { criteria: packCriteria } : {}),
    });
  };

  /** `merged` without detection's steps that write a field the user picked for another draft field (the pick wins). */
  const withoutTwins = async (where: Where, merged: FormMap, picked: FormMap): Promise<FormMap> => {
    const planned = await send<PlannedStep[]>(where, {
      type: 'tusoi:planned',
      plan: planFromMap(merged, assessment, context) as never,
    }).catch(() => [] as PlannedStep[]);
    const mine = new Set(picked.steps.map(stepKey));
    const pickedAt = new Set(planned.filter((s) => mine.has(`field ${s.key.split('#')[0]}`)).map((s) => s.at));
    const twins = new Set(
      planned.filter((s) => pickedAt.has(s.at) && !mine.has(`field ${s.key.split('#')[0]}`)).map((s) => s.key),
    );
    return {
      ...merged,
      steps: merged.steps.filter((s) => !('field' in s) || !twins.has(s.field) || mine.has(stepKey(s))),
    };
  };

  /** Runs `action` with the map of the form in this frame, or shows the preview of a detected one; false when neither. */
  const inFrame = async (
    where: Where,
    action: (where: Where, map: FormMap) => Promise<void>,
    forCheck: boolean,
  ): Promise<boolean> => {
    const { url } = await send<{ url: string }>(where, { type: 'tusoi:url' });
    const matching = [...maps, ...DEMO_MAPS].filter((m) => mapMatches(m, url));
    // A map the user imported or picked, or a built-in one, decides. Detected maps are saved one
    // per form: the one made on the form the page shows now (several forms may share an address).
    let map = matching.find((m) => !isDetected(m));
    let found: Detection | null | undefined;
    if (!map && matching.length > 0) {
      found = await detect(where);
      map = chooseDetected(matching, found?.map ?? null);
    }
    const page = new URL(url);
    if (map) {
      const seenKey = `${map.id} ${page.origin}${page.pathname}`;
      // The user's picks on this page come on top of what detection finds (a pick decides its
      // field); what detection adds is shown first, beside the picks, and kept once accepted.
      if (isPicked(map)) {
        const detection = await detect(where);
        const merged = detection && (await withoutTwins(where, withPicks(detection.map, map), map));
        if (detection && merged && merged.steps.length > map.steps.length) {
          const kept = new Set(merged.steps.map(stepKey));
          const picked = new Set(map.steps.map(stepKey));
          const rows = [
            ...withTaskRows(detection).filter((r) => {
              // A task table's row stands for the map's `tasks` step.
              const k = (r.field as string) === 'taskList' ? 'tasks' : `field ${r.field}`;
              return kept.has(k) && !picked.has(k);
            }),
            ...(await describeSteps(where, map)).map((r) => ({ ...r, label: p.pickedRow })),
          ];
          await showPreview(where, { ...detection, map: merged, preview: rows }, seenKey, url, false, forCheck);
          return true;
        }
      }
      // A saved or imported map used on a page for the first time is shown before anything is written.
      if (!DEMO_MAPS.includes(map) && firstUse && (await firstUse.isNew(seenKey))) {
        await showPreview(where, { map, preview: await describeSteps(where, map) }, seenKey, url, true, forCheck);
        return true;
      }
      await action(where, map);
      return true;
    }
    const detected = found === undefined ? await detect(where) : found;
    if (!detected) return false;
    // An accepted detection is known on this page from then on, as this form's own map.
    const detection = { ...detected, map: perForm(detected.map, url), preview: withTaskRows(detected) };
    await showPreview(where, detection, `${detection.map.id} ${page.origin}${page.pathname}`, url, false, forCheck);
    return true;
  };

  /**
   * Ends a pending pick before a fill, check or undo runs: else the pick would take the fill's own
   * press of a button as the user's pick (and the page would never see it). Said before the
   * action's own status.
   */
  const endPick = async () => {
    const frames = pickingNow.current;
    if (!frames) return;
    pickEnded.current = true;
    pickingNow.current = null;
    setPicking(null);
    await Promise.all(frames.map((where) => send(where, { type: 'tusoi:pick-cancel' }).catch(() => undefined)));
    say(p.pickEndedByAction);
    endedNote.current = p.pickEndedByAction;
  };

  const withMap = async (action: (where: Where, map: FormMap) => Promise<void>, forCheck = false) => {
    setProblems(null);
    setProblem(null);
    setPreview(null);
    try {
      await endPick();
      const tabId = await portalTab();
      if (tabId === null) return say(t.noPortal);
      const top = { tabId, frameId: 0 };
      if (await inFrame(top, action, forCheck)) return;
      // Not in the page itself: a frame of another origin, if the user has granted it.
      const { origins } = await send<{ origins: string[] }>(top, { type: 'tusoi:frames' });
      const { granted, denied } = await grantedFrames(tabId, origins);
      for (const where of granted) if (await inFrame(where, action, forCheck)) return;
      if (denied.length > 0) return say(`${p.frameBlocked}: ${denied.join(', ')}.`, [p.frameWhy]);
      say(p.notRecognised, [`${p.lookedFor}: ${officialLabelList()}.`, p.nextSteps]);
    } catch (e) {
      failed(e);
    }
  };

  const check = (where: Where, map: FormMap) =>
    (async () => {
      const r = await send<
        { problems: Problem[]; proposal: ProposalOnPage | null; noted?: number } | { error: Message }
      >(where, {
        type: 'tusoi:check',
        map,
        draft: assessment,
        lang,
        ...(score ? { score } : {}),
        ...(unrated ? { unrated: true } : {}),
        ...(ownPack2 ? { pack: ownPack2 } : {}),
      });
      // The check's code did not reach the page: said as the page said it, no result claimed.
      if ('error' in r) {
        setProblems([]);
        return say(r.error[lang]);
      }
      // A level above what the rules give is judged here, from the page's scores and level with
      // the draft's other facts (and an annual draft's quarters: the year's result); it is told in
      // the panel only, never placed on the page.
      // The quarters scored by the user's own packs are judged with those packs.
      const above = r.proposal ? judgeProposal(assessment, r.proposal, quarters, [...packs, ...ownPacks2]) : null;
      const found: Problem[] = above
        ? [...r.problems, { code: 'PROPOSED_ABOVE_RULES', field: 'proposedLevel', message: above, panelOnly: true }]
        : r.problems;
      setProblems(found);
      const said = found.length === 0 ? t.formOk : problemsText(found.length, r.noted ?? 0, lang);
      // Said once: why no level was asked for.
      say(unrated ? `${said} ${p.unratedCheck}` : said);
    })();

  const undo = async () => {
    setProblem(null);
    try {
      await endPick();
      const tabId = await portalTab();
      // Nothing filled from this panel and no page to ask: there is nothing to undo, whatever the page is.
      if (tabId === null) return say(filledIn === null ? p.nothingToUndo : t.noPortal);
      type Undone = Partial<Pick<UndoReport, 'message'>> & { undone: boolean };
      const top = { tabId, frameId: 0 };
      const where = filledIn?.tabId === tabId ? filledIn : top;
      let r = await send<Undone>(where, { type: 'tusoi:undo' });
      // A panel opened again has forgotten where it filled: the page's frames of granted origins are
      // asked too (each keeps its own last fill, and drops its check notes when asked).
      if (!r.undone && filledIn?.tabId !== tabId) {
        const { origins } = await send<{ origins: string[] }>(top, { type: 'tusoi:frames' });
        for (const frame of (await grantedFrames(tabId, origins)).granted) {
          const there = await send<Undone>(frame, { type: 'tusoi:undo' });
          if (there.undone && !r.undone) r = there;
        }
      }
      setProblems(null);
      say(r.message?.[lang] ?? (r.undone ? t.undone : p.nothingToUndo));
    } catch (e) {
      if (filledIn === null) say(p.nothingToUndo);
      else failed(e);
    }
  };

  /** What a fill chooses in a criterion's row: the draft's answer in words, with the reason it writes. */
  const criterionWill = (map: FormMap, id: string) => {
    const step = map.steps.find((s) => 'criterion' in s && s.criterion === id);
    const has = (k: 'met' | 'notMet' | 'notApplicable' | 'points' | 'reason') =>
      step !== undefined && 'criterion' in step && step[k] !== undefined;
    const value = criteria?.items?.[id] as Parameters<typeof criterionWillText>[0];
    // The reason the fill writes (as planFromMap takes it): the answer's own, else the draft's note.
    const own = typeof value === 'object' && value !== null ? value.reason : undefined;
    const reason = has('reason') ? (own ?? notes[id]) : undefined;
    return criterionWillText(
      value,
      reason,
      { met: has('met'), notMet: has('notMet'), notApplicable: has('notApplicable'), points: has('points') },
      lang,
    );
  };

  return (
    <fieldset class="portal-actions">
      <legend class="visually-hidden">{t.portal}</legend>
      <div class="action-row">
        <button type="button" class="btn-primary" data-action="fill" onClick={() => void withMap(fill)}>
          {t.fillForm}
        </button>
        <button type="button" aria-label={t.checkForm} data-action="check" onClick={() => void withMap(check, true)}>
          {t.checkShort}
        </button>
        <button type="button" aria-label={t.undo} data-action="undo" onClick={() => void undo()}>
          {t.undoShort}
        </button>
        <details class="more" ref={menu}>
          <summary class="btn" aria-label={t.more} title={t.more}>
            <span aria-hidden="true">⋯</span>
          </summary>
          <div class="more-menu">
            <div class="pick">
              <label class="field">
                <span>{t.pickLabel}</span>
                <select
                  name="pickField"
                  value={pickField}
                  onChange={(e) => setPickField(e.currentTarget.value as MappableField)}
                >
                  {PICKABLE.map((f) => (
                    <option key={f} value={f}>
                      {fieldLabel(f, lang)}
                    </option>
                  ))}
                </select>
              </label>
              <button type="button" data-action="pick" disabled={picking !== null} onClick={() => void pick()}>
                {t.pickField}
              </button>
            </div>
            <PanelStatus.Provider value={(text) => say(text)}>{more}</PanelStatus.Provider>
          </div>
        </details>
      </div>
      <div class="portal-detail">
        {picking && (
          <button
            type="button"
            data-action="pick-cancel"
            onClick={() => {
              for (const where of picking) void send(where, { type: 'tusoi:pick-cancel' }).catch(() => undefined);
            }}
          >
            {p.pickCancel}
          </button>
        )}
        {preview && (
          <div data-testid="preview">
            <p>
              {preview.known
                ? `${p.knownMap} “${preview.detection.map.title[lang] ?? preview.detection.map.title.vi}” ${preview.forCheck ? p.checkKnownIntro : p.knownMapIntro}`
                : preview.forCheck
                  ? p.checkIntro
                  : t.previewIntro}
            </p>
            {/* One or two fields are proposed too: the count tells the user how much was recognised. */}
            <p data-testid="preview-count">{`${p.foundCount}: ${preview.detection.preview.filter((r) => !r.ambiguous).length}.`}</p>
            <table>
              <thead>
                <tr>
                  <th scope="col">{p.colField}</th>
                  <th scope="col">{p.colOnPage}</th>
                  <th scope="col">{p.colNow}</th>
                  {!preview.forCheck && <th scope="col">{p.colWill}</th>}
                </tr>
              </thead>
              <tbody>
                {preview.detection.preview.map((row, i) => {
                  const planned = plannedFor(preview.planned, row.field);
                  const criterion = row.field.startsWith('criteria.') ? row.field.slice(9) : undefined;
                  return (
                    // A map may press several buttons: rows are keyed by their place, which never changes.
                    <tr key={i} data-field={row.field}>
                      <th scope="row">
                        {row.field === ('click' as MappableField)
                          ? lang === 'vi'
                            ? 'Bấm nút (bước của bản đồ biểu mẫu)'
                            : 'Press a button (a form-map step)'
                          : row.field === ('taskList' as MappableField)
                            ? lang === 'vi'
                              ? 'Bảng nhiệm vụ (sản phẩm)'
                              : 'Task table'
                            : criterion !== undefined
                              ? criterionRowLabel(criterion, namingPack, lang)
                              : fieldLabel(row.field, lang)}
                      </th>
                      <td data-ambiguous={row.ambiguous ? 'true' : undefined}>
                        {/* A label two fields carry equally well is shown, not guessed (form-kit leaves it out of the map). */}
                        {row.ambiguous ? (
                          // Each candidate by its label on the page, in quotes: a selector means nothing to a person.
                          <span>{`${lang === 'vi' ? 'Nhiều ô cùng khớp, chưa chọn' : 'Several fields match; none chosen'}: ${row.ambiguous.map((a) => `“${a}”`).join(' / ')}`}</span>
                        ) : row.shown ? (
                          // The page's own label, not a selector; a field the page keeps read-only is not filled.
                          <span data-locked={row.locked ? 'true' : undefined}>
                            {row.shown}
                            {row.refused ? ` — ${row.refused[lang]}` : ''}
                          </span>
                        ) : (
                          <code>{row.found}</code>
                        )}
                        {row.label === p.pickedRow ? ` (${p.pickedRow})` : ''}
                      </td>
                      <td data-col="now">{planned ? nowText(planned.now, lang) : ''}</td>
                      {!preview.forCheck && (
                        <td data-col="will">
                          {criterion !== undefined
                            ? criterionWill(preview.detection.map, criterion)
                            : willText(
                                row,
                                planned,
                                lang,
                                (MAPPABLE_FIELDS as readonly string[]).includes(row.field) &&
                                  fieldValue(assessment, row.field, context) !== undefined,
                                unscored !== undefined,
                              )}
                        </td>
                      )}
                    </tr>
                  );
                })}
              </tbody>
            </table>
            {/* The criteria rows a fill will answer, by the codes the page shows, before anything is pressed. */}
            {((rows) =>
              rows.length > 0 && <p data-testid="preview-criteria">{`${p.criteriaRows} ${rows.join(', ')}.`}</p>)(
              preview.detection.map.steps.flatMap((s) =>
                'criterion' in s && s.met && 'row' in s.met ? [s.met.row] : [],
              ),
            )}
            {/* Every task cell the fill will write, the rows the page lacks and the columns it has not. */}
            {((t) =>
              !preview.forCheck &&
              t.lines.length + t.notes.length > 0 && (
                <div data-testid="preview-tasks">
                  {t.lines.length > 0 && <p>{`${p.taskWill}:`}</p>}
                  {t.lines.length > 0 && (
                    <ul>
                      {t.lines.map((line, i) => (
                        <li key={i}>{line}</li>
                      ))}
                    </ul>
                  )}
                  {t.notes.map((note, i) => (
                    <p key={`n${i}`} data-testid="preview-task-note">
                      {note}
                    </p>
                  ))}
                </div>
              ))(
              taskPreview(
                preview.detection.map.steps,
                preview.planned,
                (assessment.taskList as Parameters<typeof taskPreview>[2] | undefined) ?? [],
                lang,
                ownAddRows(preview.detection),
              ),
            )}
            {((warn) => warn && <p data-testid="preview-period">{warn}</p>)(
              periodWarning(
                preview.planned,
                assessment.period as { year?: number; quarter?: number } | undefined,
                lang,
              ),
            )}
            {((missing) => missing && <p data-testid="preview-not-on-page">{missing}</p>)(
              notOnPageText(
                notOnPage(preview.detection.map, assessment, context),
                lang,
                preview.detection.map.steps.some((s) => 'criterion' in s),
                isDetected(preview.detection.map),
              ),
            )}
            <button
              type="button"
              class="btn-primary"
              data-action="accept"
              onClick={async () => {
                const { where, detection, seenKey, page, forCheck } = preview;
                setPreview(null);
                await endPick();
                // A newer detection of a form detected before replaces the earlier map (read back
                // as gone): said before the fill's own status.
                const replaced = await onAccept(detection.map, page);
                if (replaced && replaced.length > 0)
                  endedNote.current = [endedNote.current, p.detectedUpdated].filter((x) => x !== '').join(' ');
                if (seenKey) await firstUse?.mark(seenKey);
                // A check confirmed here only reads the page: nothing is written.
                await (forCheck ? check : fill)(where, detection.map);
              }}
            >
              {preview.forCheck ? t.checkShort : t.acceptFill}
            </button>
            <button
              type="button"
              onClick={() => {
                setPreview(null);
                endedNote.current = '';
              }}
            >
              {t.cancel}
            </button>
          </div>
        )}
        <p
          role="status"
          data-testid="portal-status"
          class={statusOpen ? 'portal-status' : 'portal-status clamped'}
          id="portal-status"
          ref={statusRef}
        >
          {status}
        </p>
        {(statusLong || statusOpen) && (
          <button
            type="button"
            class="btn-quiet status-more"
            data-action="status-more"
            aria-expanded={statusOpen}
            aria-controls="portal-status"
            onClick={() => setStatusOpen((v) => !v)}
          >
            {statusOpen ? t.showLess : t.showMore}
          </button>
        )}
        {problem === 'permission' && (
          <button type="button" onClick={() => void browser.runtime.openOptionsPage()}>
            {t.openSettings}
          </button>
        )}
        {help && (
          <div data-testid="portal-help">
            {help.map((line) => (
              <p key={line}>{line}</p>
            ))}
          </div>
        )}
        {problems && problems.length > 0 && (
          <ul data-testid="form-problems">
            {problems.map((p, i) => (
              <li key={i} data-code={p.code}>
                {p.message[lang]}
                {((hint) =>
                  hint && (
                    <span class="problem-criterion" data-testid="problem-criterion">
                      {hint}
                    </span>
                  ))(problemCriterion(p.field, namingPack, lang))}
              </li>
            ))}
          </ul>
        )}
      </div>
    </fieldset>
  );
}
