import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// Imports inside form-kit go one way: a loop (type-only imports included) makes load order and
// bundle splits (the rows entry) depend on which module happens to be read first.

const SRC = dirname(fileURLToPath(import.meta.url));

// Every relative module a file names: `import … from`, `export … from`, `import type`, bare and dynamic imports.
const SPEC = /(?:\bfrom\s*|\bimport\s*\(?\s*)'\.\/([\w.-]+)'/g;

function importGraph(sources: ReadonlyMap<string, string>): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const [file, text] of sources) {
    const deps = [...text.matchAll(SPEC)].map((m) => `${m[1]}.ts`).filter((d) => sources.has(d));
    graph.set(file, [...new Set(deps)]);
  }
  return graph;
}

// The first loop found (depth first), as the files in order back to the first; null when none.
function firstLoop(graph: ReadonlyMap<string, readonly string[]>): string[] | null {
  const done = new Set<string>();
  const path: string[] = [];
  const visit = (file: string): string[] | null => {
    const at = path.indexOf(file);
    if (at >= 0) return [...path.slice(at), file];
    if (done.has(file)) return null;
    path.push(file);
    for (const dep of graph.get(file) ?? []) {
      const loop = visit(dep);
      if (loop) return loop;
    }
    path.pop();
    done.add(file);
    return null;
  };
  for (const file of graph.keys()) {
    const loop = visit(file);
    if (loop) return loop;
  }
  return null;
}

describe('form-kit imports', () => {
  it('form no loop among the source files (type-only imports counted)', () => {
    const files = readdirSync(SRC).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'));
    const sources = new Map(files.map((f) => [f, readFileSync(join(SRC, f), 'utf8')]));
    const graph = importGraph(sources);
    // The graph is read from the files: the modules that once looped are there, with their imports.
    expect(graph.get('check.ts')).toContain('locate.ts');
    expect(graph.get('row-kit.ts')).toContain('form-problem.ts');
    expect(firstLoop(graph)?.join(' → ') ?? null).toBeNull();
  });

  it('finds a loop made only of type imports, multi-line imports and re-exports', () => {
    const sources = new Map([
      ['a.ts', "import {\n  b,\n  type B,\n} from './b';"],
      ['b.ts', "export { c } from './c';"],
      ['c.ts', "import type { A } from './a';"],
      ['d.ts', "import { a } from './a';"],
    ]);
    expect(firstLoop(importGraph(sources))).toEqual(['a.ts', 'b.ts', 'c.ts', 'a.ts']);
    sources.set('c.ts', "import { x } from 'elsewhere';");
    expect(firstLoop(importGraph(sources))).toBeNull();
  });
});
