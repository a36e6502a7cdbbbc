import { formatNumber, type Lang, type Message, type Pack2, sumExact, type Task } from '@tusoi/rubric-core';
import { useId, useState } from 'preact/hooks';
import { BilingualMessages, inLang } from './bilingual';
import { quarterLabel, VALUE_LABELS } from './field-labels';
import { labels } from './labels';
import { NumberInput } from './number-input';
import { weightTotal } from './quarterly-issues';

/** A task as the editor holds it: a half-typed row may lack its name. */
export type TaskRow = Partial<Task>;

/** Props of {@link TaskTable}. */
export interface TaskTableProps {
  /** The quarterly pack: its axes and frames, and whether tasks are scored by weight × A/B/C/D. */
  readonly pack: Pack2;
  readonly tasks: readonly TaskRow[];
  /** Replaces the list (an empty list removes it). */
  readonly onChange: (tasks: TaskRow[]) => void;
  readonly lang: Lang;
  /** rubric-core's problems by path (`taskList`, `taskList[1].weight`, …), shown beside their fields. */
  readonly issues?: ReadonlyMap<string, readonly Message[]>;
  /** Each task's points from rubric-core's result (`breakdown.tasks`), when the draft can be rated. */
  readonly points?: readonly number[];
}

const COMPONENTS = ['A', 'B', 'C', 'D'] as const;

function Errors({ messages, id }: { messages: readonly Message[] | undefined; id?: string }) {
  if (!messages || messages.length === 0) return null;
  return (
    <span class="field-error" id={id} data-testid="task-error">
      <BilingualMessages messages={messages} />
    </span>
  );
}

/** A task's fields as a card: one column at side-panel widths, never a sideways-scrolling table. */
function TaskCard({
  i,
  task,
  pack,
  lang,
  set,
  remove,
  issues,
  points,
  shown,
  touch,
}: {
  i: number;
  task: TaskRow;
  pack: Pack2;
  lang: Lang;
  set: (patch: Partial<Record<keyof Task, unknown>>) => void;
  remove: () => void;
  issues: ReadonlyMap<string, readonly Message[]>;
  points: number | undefined;
  /** Whether a field's problems are shown yet: a new row keeps "required" quiet until the field is left. */
  shown: (field: string) => boolean;
  touch: (field: string) => void;
}) {
  const uid = useId();
  const l = labels(lang);
  const v = VALUE_LABELS[lang];
  const at = `taskList[${i}]`;
  const name = `taskList.${i}`;
  const weighted = pack.results.mode === 'task-weights';
  const axes = pack.results.axes ?? [];
  const frames = pack.results.frames ?? [];
  const title = `${l.task} ${i + 1}`;
  const err = (field: string) => (shown(field) ? issues.get(`${at}.${field}`) : undefined);
  const check = (field: 'exceeded' | 'key' | 'completed' | 'late', extra?: Partial<Record<keyof Task, unknown>>) => (
    <label class="field check">
      <input
        type="checkbox"
        name={`${name}.${field}`}
        checked={task[field] === true}
        // "completed" is required (false is a fact); the other flags are left out when not set.
        onChange={(e) => {
          touch(field);
          set({ [field]: e.currentTarget.checked || (field === 'completed' ? false : undefined), ...extra });
        }}
      />
      <span>{quarterLabel(`taskList[].${field}`, lang)}</span>
    </label>
  );
  return (
    <fieldset class="q-task" data-task={i}>
      <legend>
        {title}
        {task.name ? `: ${task.name}` : ''}
      </legend>
      <div class="field">
        <label for={`${uid}-name`}>{quarterLabel('taskList[].name', lang)}</label>
        <input
          id={`${uid}-name`}
          name={`${name}.name`}
          value={task.name ?? ''}
          aria-invalid={err('name') ? 'true' : undefined}
          aria-describedby={err('name') ? `${uid}-name-error` : undefined}
          onInput={(e) => set({ name: e.currentTarget.value || undefined })}
          onBlur={() => touch('name')}
        />
        <Errors id={`${uid}-name-error`} messages={err('name')} />
      </div>
      {axes.length > 0 && (
        <div class="field">
          <label for={`${uid}-axis`}>{quarterLabel('taskList[].axis', lang)}</label>
          <select
            id={`${uid}-axis`}
            name={`${name}.axis`}
            value={task.axis ?? ''}
            onChange={(e) => {
              touch('axis');
              set({ axis: e.currentTarget.value || undefined });
            }}
            onBlur={() => touch('axis')}
          >
            <option value="">{l.noAxis}</option>
            {axes.map((a) => (
              <option key={a.id} value={a.id}>
                {inLang(a, lang)}
              </option>
            ))}
          </select>
          <Errors messages={err('axis')} />
        </div>
      )}
      {weighted && (
        <>
          <NumberInput
            name={`${name}.weight`}
            label={quarterLabel('taskList[].weight', lang)}
            lang={lang}
            min={0}
            max={70}
            value={task.weight}
            onValue={(weight) => set({ weight })}
            onLeave={() => touch('weight')}
          />
          <Errors messages={err('weight')} />
          <fieldset class="q-components">
            <legend>{quarterLabel('taskList[].components', lang)}</legend>
            {COMPONENTS.map((c) => (
              <div key={c} class="q-component">
                <NumberInput
                  name={`${name}.components.${c}`}
                  label={quarterLabel(`taskList[].components.${c}`, lang)}
                  lang={lang}
                  min={0}
                  max={120}
                  value={task.components?.[c]}
                  onLeave={() => touch(`components.${c}`)}
                  onValue={(value) => {
                    const { [c]: _old, ...rest } = task.components ?? {};
                    const next = value === undefined ? rest : { ...rest, [c]: value };
                    set({ components: Object.keys(next).length > 0 ? next : undefined });
                  }}
                />
                <Errors messages={err(`components.${c}`)} />
              </div>
            ))}
          </fieldset>
          {frames.length > 0 && (
            <div class="field">
              <label for={`${uid}-frame`}>{quarterLabel('taskList[].frame', lang)}</label>
              <select
                id={`${uid}-frame`}
                name={`${name}.frame`}
                value={task.frame ?? ''}
                onChange={(e) => {
                  touch('frame');
                  set({ frame: e.currentTarget.value || undefined });
                }}
                onBlur={() => touch('frame')}
              >
                <option value="">{l.personFrame}</option>
                {frames.map((f) => (
                  <option key={f.id} value={f.id}>
                    {inLang(f, lang)}
                  </option>
                ))}
              </select>
              <Errors messages={err('frame')} />
            </div>
          )}
        </>
      )}
      <div class="q-flags">
        {/* Late and exceeded are facts of a completed task (rubric-core refuses them on an unfinished one):
            unticking "completed" drops both, and ticking "exceeded" ticks "completed". */}
        {check('completed', task.completed ? { late: undefined, exceeded: undefined } : { objectiveReason: undefined })}
        {task.completed === true && check('late')}
        {check(
          'exceeded',
          task.exceeded !== true && task.completed !== true ? { completed: true, objectiveReason: undefined } : {},
        )}
        {check('key', task.key ? { keyLevel: undefined } : {})}
      </div>
      {task.completed !== true && (
        <div class="field">
          <label for={`${uid}-objective`}>{quarterLabel('taskList[].objectiveReason', lang)}</label>
          <input
            id={`${uid}-objective`}
            name={`${name}.objectiveReason`}
            value={task.objectiveReason ?? ''}
            onInput={(e) => set({ objectiveReason: e.currentTarget.value || undefined })}
            onBlur={() => touch('objectiveReason')}
          />
        </div>
      )}
      {task.key === true && (
        <fieldset class="q-key-level">
          <legend>{quarterLabel('taskList[].keyLevel', lang)}</legend>
          {([1, 2, 3] as const).map((n) => (
            <label key={n} class="q-answer">
              <input
                type="radio"
                name={`${name}.keyLevel`}
                value={n}
                checked={task.keyLevel === n}
                onChange={() => {
                  touch('keyLevel');
                  set({ keyLevel: n });
                }}
              />
              <span>{v[`keyLevel${n}`]}</span>
            </label>
          ))}
        </fieldset>
      )}
      {shown('') && <Errors messages={issues.get(at)} />}
      <div class="q-task-foot">
        {points !== undefined && (
          <span class="q-task-points" data-testid="task-points">
            {l.taskPoints}: {formatNumber(points, lang)}
          </span>
        )}
        <button
          type="button"
          class="btn-danger" // Named by the task itself, so that a screen reader says which one goes.
          aria-label={`${l.removeTask}: ${task.name?.trim() || title}`}
          onClick={remove}
        >
          {l.removeTask}
        </button>
      </div>
    </fieldset>
  );
}

/**
 * The quarter's tasks (sản phẩm) as stacked cards: name, axis, weight (points of 70, "27,5" or
 * "27.5"), components A–D in %, the task's own frame, completed, late, exceeded, key task and its
 * Mức 1/2/3; the weights added up against 70. rubric-core's problems show beside their fields.
 */
export function TaskTable({ pack, tasks, onChange, lang, issues = new Map(), points }: TaskTableProps) {
  const l = labels(lang);
  // Rows added here, by index, with the fields left so far: an empty new row is not yet wrong, so its
  // problems wait until a field is left (or the user asks for a check). Rows from the draft show theirs.
  const [fresh, setFresh] = useState<ReadonlyMap<number, ReadonlySet<string>>>(new Map());
  const shownFor = (i: number) => (field: string) => {
    const left = fresh.get(i);
    return left === undefined || (field === '' ? left.size > 0 : left.has(field));
  };
  const touchFor = (i: number) => (field: string) => {
    const left = fresh.get(i);
    if (left === undefined || left.has(field)) return;
    setFresh((m) => new Map(m).set(i, new Set([...(m.get(i) ?? []), field])));
  };
  // Some problem is kept quiet: the user may ask for every one now.
  const quiet = [...issues.keys()].some((path) => {
    const m = /^taskList\[(\d+)\](?:\.(.+))?$/.exec(path);
    return m !== null && !shownFor(Number(m[1]))(m[2] ?? '');
  });
  const weighted = pack.results.mode === 'task-weights';
  const total = weightTotal(tasks);
  const gap = sumExact([70, -total]);
  const setTask = (i: number, patch: Partial<Record<keyof Task, unknown>>) => {
    const next = { ...tasks[i] } as Record<string, unknown>;
    for (const [k, value] of Object.entries(patch)) {
      if (value === undefined) delete next[k];
      else next[k] = value;
    }
    onChange(tasks.map((t, j) => (j === i ? (next as TaskRow) : t)));
  };
  return (
    <div class="q-tasks">
      {tasks.length === 0 && <p class="muted">{l.noTasks}</p>}
      {tasks.map((task, i) => (
        <TaskCard
          key={i}
          i={i}
          task={task}
          pack={pack}
          lang={lang}
          set={(patch) => setTask(i, patch)}
          remove={() => {
            setFresh((m) => new Map([...m].flatMap(([j, f]) => (j === i ? [] : [[j > i ? j - 1 : j, f] as const]))));
            onChange(tasks.filter((_t, j) => j !== i));
          }}
          issues={issues}
          points={points?.[i]}
          shown={shownFor(i)}
          touch={touchFor(i)}
        />
      ))}
      <div class="q-tasks-foot">
        <button
          type="button"
          data-add="taskList"
          onClick={() => {
            setFresh((m) => new Map(m).set(tasks.length, new Set()));
            onChange([...tasks, { completed: false }]);
          }}
        >
          {l.addTask}
        </button>
        {quiet && (
          <button type="button" data-action="check-tasks" onClick={() => setFresh(new Map())}>
            {l.checkTasks}
          </button>
        )}
        {weighted && (
          <output class="q-weight-total" data-testid="weight-total" data-total={total}>
            {l.weightTotal}: {formatNumber(total, lang)}/70
            {gap === 0
              ? ` (${l.weightExact})`
              : ` (${gap > 0 ? l.weightShort : l.weightOver} ${formatNumber(Math.abs(gap), lang)})`}
          </output>
        )}
      </div>
      <Errors messages={issues.get('taskList')} />
    </div>
  );
}
