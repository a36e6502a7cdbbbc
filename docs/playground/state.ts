import { type ClassifyOptions, fromValibotIssue, type Message, PolicyOptionsSchema } from '@tusoi/rubric-core';
import * as v from 'valibot';

// The playground's whole state lives in the URL (`#s=…`), so that a trainer can send a case to
// a colleague; what comes back from a URL is checked like any other input.

/** Valibot schema of the playground state (version 1). */
export const StateSchema = v.strictObject({
  v: v.literal(1),
  /** The assessment as edited; rubric-core judges whether it is valid. */
  assessment: v.record(v.string(), v.unknown()),
  options: PolicyOptionsSchema,
  /** The scenario it started from, if any. */
  scenario: v.optional(v.pipe(v.string(), v.maxLength(80))),
  lang: v.picklist(['vi', 'en']),
  present: v.optional(v.boolean()),
  /** Side by side with another scenario, or with the same facts under other policy readings. */
  compare: v.optional(
    v.strictObject({ scenario: v.optional(v.pipe(v.string(), v.maxLength(80))), options: PolicyOptionsSchema }),
  ),
});

/** The playground state. */
export type PlaygroundState = v.InferOutput<typeof StateSchema>;
/** What the compare view sets beside the case on screen. */
export type CompareState = NonNullable<PlaygroundState['compare']>;
/** The policy options a playground state carries. */
export type PolicyOptions = Pick<ClassifyOptions, 'nested' | 'bands' | 'gap' | 'mitigation' | 'targets'>;

function toBase64Url(text: string): string {
  let binary = '';
  for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(code: string): string {
  const binary = atob(code.replace(/-/g, '+').replace(/_/g, '/'));
  return new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)));
}

/** The URL hash that carries a state. */
export function encodeState(state: PlaygroundState): string {
  return `#s=${toBase64Url(JSON.stringify(state))}`;
}

/** Reads a state from a URL hash; an empty hash gives `null`, a damaged one a bilingual error naming what is wrong. */
export function decodeState(hash: string): { state: PlaygroundState } | { error: Message } | null {
  const code = /^#s=([A-Za-z0-9_-]*)$/.exec(hash)?.[1];
  if (hash === '' || hash === '#') return null;
  if (code === undefined)
    return {
      error: {
        vi: 'Liên kết không đúng dạng "#s=…" của Tự Soi.',
        en: 'The link does not have Tự Soi’s "#s=…" form.',
      },
    };
  let json: unknown;
  try {
    json = JSON.parse(fromBase64Url(code));
  } catch {
    return {
      error: {
        vi: 'Liên kết bị cắt hoặc hỏng: không đọc được nội dung.',
        en: 'The link is cut short or damaged: its content cannot be read.',
      },
    };
  }
  const parsed = v.safeParse(StateSchema, json);
  if (!parsed.success) {
    const where = parsed.issues.map((i) => fromValibotIssue(i).path || '(gốc)').join(', ');
    return {
      error: {
        vi: `Liên kết có dữ liệu không hợp lệ ở: ${where}.`,
        en: `The link holds invalid data at: ${where.replace('(gốc)', '(root)')}.`,
      },
    };
  }
  return { state: parsed.output };
}

/** JSON with sorted keys: two states are the same case when these are equal. */
export function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value !== null && typeof value === 'object')
    return `{${Object.keys(value)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  return JSON.stringify(value);
}
