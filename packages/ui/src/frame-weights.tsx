import { formatNumber, type Lang, type Message, type Pack2, sumExact } from '@tusoi/rubric-core';
import { useId, useState } from 'preact/hooks';
import { inLang } from './bilingual';
import { quarterLabel } from './field-labels';
import { labels } from './labels';
import { NumberInput } from './number-input';
import { type FrameValue, frameIssues } from './quarterly-issues';

/** Props of {@link FrameWeights}. */
export interface FrameWeightsProps {
  /** The quarterly pack: its frames and how far a weight may move (`results.frameAdjustPp`). */
  readonly pack: Pack2;
  /** The draft's `frame` (absent: the pack's default frame, unadjusted). */
  readonly frame: FrameValue | undefined;
  /** Replaces the draft's `frame` (undefined removes it). */
  readonly onChange: (frame: FrameValue | undefined) => void;
  readonly lang: Lang;
  /** The draft's own problems under `frame` from its live result (rubric-core), shown with the frame's. */
  readonly issues?: ReadonlyMap<string, readonly Message[]>;
}

const COMPONENTS = ['A', 'B', 'C', 'D'] as const;

/** A rubric-core message in both languages, Vietnamese first; the English half marked as English. */
function Bilingual({ m }: { m: Message }) {
  return (
    <>
      {m.vi}
      {' / '}
      <span lang="en">{m.en}</span>
    </>
  );
}

/**
 * The weights A/B/C/D of the person's frame (K1–K4), as the assigning level adjusted them (HD
 * 03-HD/TVĐU tr.13: each within the pack's ± percentage points, together 100%). Shows the frame's
 * own weights, the live sum and rubric-core's own problems with the adjustment (Vietnamese, then
 * English), beside the weight they name; "Đặt lại" goes back to the frame. Only the weights typed
 * are stored: an untouched one is the frame's.
 */
export function FrameWeights({ pack, frame, onChange, lang, issues: live }: FrameWeightsProps) {
  const l = labels(lang);
  const uid = useId();
  const frames = pack.results.frames ?? [];
  const id = frame?.id ?? pack.results.defaultFrame;
  const base = frames.find((f) => f.id === id);
  const adjusted = COMPONENTS.some((c) => frame?.[c] !== undefined);
  const [open, setOpen] = useState(adjusted);
  const pp = pack.results.frameAdjustPp ?? 0;
  // No frame to adjust, or a pack that allows none (a stored adjustment still shows, to be reset).
  if (base === undefined || (pp <= 0 && !adjusted)) return null;
  const issues = frameIssues(pack, frame);
  const value = (c: (typeof COMPONENTS)[number]) => frame?.[c] ?? base[c];
  const sum = sumExact(COMPONENTS.map(value));
  const put = (c: (typeof COMPONENTS)[number], v: number | undefined) => {
    const next: Record<string, unknown> = { ...frame, id: base.id };
    if (v === undefined) delete next[c];
    else next[c] = v;
    const still = COMPONENTS.some((k) => next[k] !== undefined);
    // Back to the frame as chosen: a default frame never chosen leaves no `frame` behind.
    onChange(still ? (next as FrameValue) : frame?.id === undefined ? undefined : { id: base.id });
  };
  const shown = COMPONENTS.map((c) => `${c} ${formatNumber(value(c), lang)}%`).join(' · ');
  // The frame weighed alone, and as part of the whole draft: one message said once.
  const errorsOf = (path: string) => {
    const all = [...(issues.get(path) ?? []), ...(live?.get(path) ?? [])];
    return all.filter((m, i) => all.findIndex((x) => x.vi === m.vi) === i);
  };
  const whole = errorsOf('frame');
  return (
    <details
      class="q-frame-weights"
      data-testid="frame-weights"
      open={open}
      onToggle={(e) => setOpen((e.currentTarget as HTMLDetailsElement).open)}
    >
      <summary>
        {l.frameWeights}: {shown}
        {adjusted ? ` (${l.frameAdjusted})` : ''}
      </summary>
      <fieldset>
        <legend>
          {l.frameWeightsOf} {inLang(base, lang)} ({l.frameAdjustBy} ±{formatNumber(pp, lang)} {l.percentPoints})
        </legend>
        {COMPONENTS.map((c) => {
          const errors = errorsOf(`frame.${c}`);
          const errorId = `${uid}-${c}-error`;
          return (
            <div key={c} class="q-component">
              <NumberInput
                name={`frame.${c}`}
                label={`${quarterLabel(`taskList[].components.${c}`, lang)} · ${l.frameOwn} ${formatNumber(base[c], lang)}%`}
                lang={lang}
                min={0}
                max={100}
                value={value(c)}
                onValue={(v) => put(c, v)}
                describedBy={errors.length > 0 ? errorId : undefined}
              />
              {errors.length > 0 && (
                <span class="field-error" id={errorId} data-testid="frame-error">
                  {errors.map((m, i) => (
                    <span key={i}>
                      <Bilingual m={m} />{' '}
                    </span>
                  ))}
                </span>
              )}
            </div>
          );
        })}
        <output class="q-frame-sum q-frame-span" data-testid="frame-sum" data-sum={sum} aria-live="polite">
          {l.frameSum}: {formatNumber(sum, lang)}%
        </output>
        {whole.length > 0 && (
          <p class="field-error q-frame-span" data-testid="frame-error">
            {whole.map((m, i) => (
              <span key={i}>
                <Bilingual m={m} />{' '}
              </span>
            ))}
          </p>
        )}
        <button
          type="button"
          class="q-frame-reset q-frame-span"
          data-action="frame-reset"
          onClick={() => onChange(frame?.id === undefined ? undefined : { id: base.id })}
        >
          {l.frameReset}
        </button>
      </fieldset>
    </details>
  );
}
