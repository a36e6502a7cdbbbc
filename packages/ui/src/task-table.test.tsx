// @vitest-environment happy-dom
import { cleanup, fireEvent, render, within } from '@testing-library/preact';
import { builtinPack2, type Pack2 } from '@tusoi/rubric-core';
import { useState } from 'preact/hooks';
import { afterEach, describe, expect, it } from 'vitest';
import { type TaskRow, TaskTable } from './task-table';

afterEach(cleanup);

const VATM = builtinPack2('q2026-vatm-09a') as Pack2;
const CAND = builtinPack2('q2026-cand-kpi') as Pack2;

function setup(tasks: TaskRow[], pack = VATM, extra: Partial<Parameters<typeof TaskTable>[0]> = {}) {
  const lists: TaskRow[][] = [];
  const view = render(<TaskTable pack={pack} tasks={tasks} lang="vi" onChange={(l) => lists.push(l)} {...extra} />);
  const field = (name: string) => view.container.querySelector(`[name="${name}"]`) as HTMLInputElement;
  return { lists, view, field };
}

describe('TaskTable', () => {
  it('adds a task (not completed until said so) and removes one', () => {
    const empty = setup([]);
    expect(empty.view.container.textContent).toContain('Chưa có nhiệm vụ nào');
    fireEvent.click(within(empty.view.container as HTMLElement).getByRole('button', { name: 'Thêm nhiệm vụ' }));
    expect(empty.lists.at(-1)).toEqual([{ completed: false }]);
    cleanup();
    const two = setup([
      { name: 'Báo cáo', completed: true },
      { name: 'Hồ sơ', completed: false },
    ]);
    // Each delete button is named by its task's own name (a screen reader says which task goes).
    const buttons = within(two.view.container as HTMLElement).getAllByRole('button', { name: /^Xoá nhiệm vụ: / });
    expect(buttons.map((b) => b.getAttribute('aria-label'))).toEqual(['Xoá nhiệm vụ: Báo cáo', 'Xoá nhiệm vụ: Hồ sơ']);
    fireEvent.click(within(two.view.container as HTMLElement).getByRole('button', { name: 'Xoá nhiệm vụ: Báo cáo' }));
    expect(two.lists.at(-1)).toEqual([{ name: 'Hồ sơ', completed: false }]);
    cleanup();
    // An unnamed task (or one named only with spaces) falls back to its number.
    const unnamed = setup([
      { name: 'Báo cáo', completed: true },
      { name: '  ', completed: false },
      { completed: false },
    ]);
    expect(
      within(unnamed.view.container as HTMLElement)
        .getAllByRole('button', { name: /^Xoá nhiệm vụ: / })
        .map((b) => b.getAttribute('aria-label')),
    ).toEqual(['Xoá nhiệm vụ: Báo cáo', 'Xoá nhiệm vụ: Nhiệm vụ 2', 'Xoá nhiệm vụ: Nhiệm vụ 3']);
  });

  it('reads weights "27,5" and "27.5" alike and adds them up against 70', () => {
    const { lists, field, view } = setup([
      { name: 'A', weight: 30, completed: true },
      { name: 'B', completed: true },
    ]);
    fireEvent.input(field('taskList.1.weight'), { target: { value: '27,5' } });
    expect(lists.at(-1)?.[1]?.weight).toBe(27.5);
    fireEvent.input(field('taskList.1.weight'), { target: { value: '27.5' } });
    expect(lists.at(-1)?.[1]?.weight).toBe(27.5);
    expect(view.getByTestId('weight-total').textContent).toBe('Tổng trọng số: 30/70 (còn thiếu 40)');
    cleanup();
    const full = setup([
      { name: 'A', weight: 42.5, completed: true },
      { name: 'B', weight: 27.5, completed: true },
    ]);
    expect(full.view.getByTestId('weight-total').textContent).toBe('Tổng trọng số: 70/70 (đủ 70)');
    cleanup();
    const over = setup([
      { name: 'A', weight: 70.05 - 0.05, completed: true },
      { name: 'B', weight: 0.1, completed: true },
    ]);
    expect(over.view.getByTestId('weight-total').textContent).toBe('Tổng trọng số: 70,1/70 (vượt 0,1)');
  });

  it('sets components A–D in %, refusing text that is not a number beside the field', () => {
    const { lists, field, view } = setup([{ name: 'A', weight: 30, completed: true, components: { A: 100 } }]);
    fireEvent.input(field('taskList.0.components.B'), { target: { value: '95,5' } });
    expect(lists.at(-1)?.[0]?.components).toEqual({ A: 100, B: 95.5 });
    fireEvent.input(field('taskList.0.components.A'), { target: { value: '' } });
    expect(lists.at(-1)?.[0]?.components).toBeUndefined();
    const before = lists.length;
    fireEvent.input(field('taskList.0.components.C'), { target: { value: '9o' } });
    expect(lists.length).toBe(before);
    expect(view.getByTestId('number-error').textContent).toContain('không phải là số');
  });

  it('late only for a completed task, Mức 1/2/3 only for a key task; flags set and clear', () => {
    const { lists, field } = setup([{ name: 'A', completed: false }]);
    expect(field('taskList.0.late')).toBeNull();
    expect(field('taskList.0.keyLevel')).toBeNull();
    fireEvent.click(field('taskList.0.completed'));
    expect(lists.at(-1)?.[0]).toEqual({ name: 'A', completed: true });
    fireEvent.click(field('taskList.0.key'));
    expect(lists.at(-1)?.[0]).toEqual({ name: 'A', completed: false, key: true });
    cleanup();
    const key = setup([{ name: 'A', completed: true, key: true }]);
    const level = within(key.view.container as HTMLElement).getByRole('group', {
      name: 'Mức hoàn thành nhiệm vụ trọng tâm',
    });
    fireEvent.click(within(level).getByRole('radio', { name: 'Mức 2' }));
    expect(key.lists.at(-1)?.[0]).toEqual({ name: 'A', completed: true, key: true, keyLevel: 2 });
    fireEvent.click(key.field('taskList.0.late'));
    expect(key.lists.at(-1)?.[0]?.late).toBe(true);
    // Unchecking "completed" records false (the field is required) and drops "late".
    fireEvent.click(key.field('taskList.0.completed'));
    expect(key.lists.at(-1)?.[0]).toEqual({ name: 'A', completed: false, key: true });
  });

  it('exceeded belongs to a completed task: ticking it ticks completed, unticking completed drops it', () => {
    const open = setup([{ name: 'A', completed: false, objectiveReason: 'Thiên tai' }]);
    fireEvent.click(open.field('taskList.0.exceeded'));
    expect(open.lists.at(-1)?.[0]).toEqual({ name: 'A', completed: true, exceeded: true });
    cleanup();
    const done = setup([{ name: 'A', completed: true, exceeded: true, late: true }]);
    fireEvent.click(done.field('taskList.0.completed'));
    expect(done.lists.at(-1)?.[0]).toEqual({ name: 'A', completed: false });
    cleanup();
    // On a completed task, exceeded sets and clears alone.
    const plain = setup([{ name: 'A', completed: true }]);
    fireEvent.click(plain.field('taskList.0.exceeded'));
    expect(plain.lists.at(-1)?.[0]).toEqual({ name: 'A', completed: true, exceeded: true });
  });

  it('offers the pack’s axes and frames by their titles; shows rubric-core’s problems and each task’s points', () => {
    const { view, field } = setup([{ name: 'A', weight: 70, axis: 'T1', completed: true }], VATM, {
      issues: new Map([['taskList[0].components.B', [{ vi: 'thiếu thành phần B', en: 'component B is missing' }]]]),
      points: [29.3],
    });
    const axis = field('taskList.0.axis') as unknown as HTMLSelectElement;
    expect([...axis.options].map((o) => o.text)).toContain(
      'Trục 1: Thực hiện mục tiêu phát triển kinh tế - xã hội và nhiệm vụ chính trị được giao',
    );
    expect(view.container.textContent).not.toMatch(/\bT1\b|\bK2\b|objectiveReason|keyLevel/);
    expect(view.getByTestId('task-points').textContent).toBe('Điểm nhiệm vụ: 29,3');
    expect(view.getByTestId('task-error').textContent).toContain('thiếu thành phần B');
  });

  it('a pack that does not weigh tasks (KPI) asks only what the counts need', () => {
    const { field, view } = setup([{ name: 'Hồ sơ', completed: true }], CAND);
    expect(field('taskList.0.weight')).toBeNull();
    expect(field('taskList.0.components.A')).toBeNull();
    expect(view.queryByTestId('weight-total')).toBeNull();
    expect(field('taskList.0.exceeded')).toBeTruthy();
  });

  it('a new row keeps "required" quiet until its field is left or a check is asked for; rows from the draft show theirs', () => {
    const missing = { vi: 'thiếu trường bắt buộc', en: 'required field is missing' };
    const lists: TaskRow[][] = [];
    // The table as the editor holds it: the list and rubric-core's problems follow each change.
    function Live() {
      const [tasks, setTasks] = useState<TaskRow[]>([{ completed: true }]);
      const issues = new Map(
        tasks.flatMap((t, i) => [
          ...(t.name ? [] : [[`taskList[${i}].name`, [missing]] as const]),
          ...(t.weight === undefined ? [[`taskList[${i}].weight`, [missing]] as const] : []),
        ]),
      );
      return (
        <TaskTable
          pack={VATM}
          tasks={tasks}
          lang="vi"
          issues={issues}
          onChange={(l) => {
            lists.push(l);
            setTasks(l);
          }}
        />
      );
    }
    const view = render(<Live />);
    const c = view.container as HTMLElement;
    const errorsIn = (i: number) =>
      [...(c.querySelector(`[data-task="${i}"]`)?.querySelectorAll('[data-testid="task-error"]') ?? [])].length;
    // The stored row (not typed here) shows its two problems at once.
    expect(errorsIn(0)).toBe(2);
    fireEvent.click(within(c).getByRole('button', { name: 'Thêm nhiệm vụ' }));
    expect(lists.at(-1)).toHaveLength(2);
    expect(errorsIn(1)).toBe(0);
    const name = c.querySelector('[name="taskList.1.name"]') as HTMLInputElement;
    expect(name.getAttribute('aria-invalid')).toBeNull();
    // Leaving the name empty: now it is wrong, and said so; the weight, never left, stays quiet.
    fireEvent.blur(name);
    expect(errorsIn(1)).toBe(1);
    expect(name.getAttribute('aria-invalid')).toBe('true');
    const error = c.querySelector('[data-task="1"] [data-testid="task-error"]');
    expect(error?.textContent).toBe('thiếu trường bắt buộc / required field is missing');
    expect(error?.querySelector('[lang="en"]')?.textContent).toBe('required field is missing');
    // Asking for a check shows every problem, and the button goes.
    fireEvent.click(within(c).getByRole('button', { name: 'Kiểm tra các nhiệm vụ' }));
    expect(errorsIn(1)).toBe(2);
    expect(within(c).queryByRole('button', { name: 'Kiểm tra các nhiệm vụ' })).toBeNull();
    // Another new row, then the stored row removed: the rows move up, the new one still quiet.
    fireEvent.click(within(c).getByRole('button', { name: 'Thêm nhiệm vụ' }));
    expect(errorsIn(2)).toBe(0);
    fireEvent.click(within(c).getByRole('button', { name: 'Xoá nhiệm vụ: Nhiệm vụ 1' }));
    expect(errorsIn(0)).toBe(2);
    expect(errorsIn(1)).toBe(0);
    // A weight left empty is said too.
    fireEvent.blur(c.querySelector('[name="taskList.1.weight"]') as HTMLInputElement);
    expect(errorsIn(1)).toBe(1);
  });
});
