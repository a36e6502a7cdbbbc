import type { Block, ReviewDocument, Run, Signature, TableBlock } from '@tusoi/rubric-core/document';

/**
 * Print styles of the review document: A4, margins of Hướng dẫn 36-HD/VPTW, Times New Roman 14pt;
 * tables, their rows and signature blocks are never split across pages where they fit.
 */
export const DOCUMENT_CSS = `
@page { size: A4; margin: 20mm 15mm 20mm 30mm; }
.tusoi-doc { font-family: "Times New Roman", "Liberation Serif", "Tinos", serif; font-size: 14pt; line-height: 1.3;
  color: #000; background: #fff; max-width: 165mm; margin: 0 auto; }
@media screen { .tusoi-doc { padding: 20mm 15mm 20mm 30mm; box-shadow: 0 0 4px #999; margin: 8px auto; } }
.tusoi-doc p { margin: 2pt 0; text-align: justify; white-space: pre-wrap; }
.tusoi-doc .indent { text-indent: 10mm; }
.tusoi-doc .note { font-size: 12pt; font-style: italic; text-align: left; margin-top: 8pt; }
.tusoi-doc .center { text-align: center; }
.tusoi-doc .keep { break-after: avoid; page-break-after: avoid; }
.tusoi-doc h1 { font-size: 15pt; text-align: center; margin: 12pt 0 0; }
.tusoi-doc .title-line { text-align: center; font-weight: bold; margin: 0; }
.tusoi-doc .title-sub { text-align: center; font-style: italic; margin: 0 0 6pt; }
.tusoi-doc h2, .tusoi-doc h3, .tusoi-doc h4 { font-size: 14pt; margin: 8pt 0 3pt; break-after: avoid; page-break-after: avoid; }
.tusoi-doc h2 { margin-top: 10pt; }
.tusoi-doc h4 { font-style: italic; }
.tusoi-doc table { width: 100%; border-collapse: collapse; table-layout: fixed; margin: 3pt 0 6pt; }
.tusoi-doc .grid { font-size: 13pt; break-inside: avoid; page-break-inside: avoid; }
.tusoi-doc .grid.long { break-inside: auto; page-break-inside: auto; }
.tusoi-doc .grid th, .tusoi-doc .grid td { border: 1px solid #000; padding: 1pt 3pt; vertical-align: top; }
.tusoi-doc .grid tr { break-inside: avoid; page-break-inside: avoid; }
.tusoi-doc .grid thead { display: table-header-group; }
.tusoi-doc .grid .section td, .tusoi-doc .grid .total td { font-weight: bold; }
.tusoi-doc .letterhead td, .tusoi-doc .signatures td { border: none; text-align: center; vertical-align: top; }
.tusoi-doc .letterhead .party { font-weight: bold; text-decoration: underline; font-size: 15pt; }
.tusoi-doc .letterhead .body { font-weight: bold; font-size: 13pt; }
.tusoi-doc .signatures { break-inside: avoid; page-break-inside: avoid; margin-top: 10pt; }
.tusoi-doc .signatures .sign-space { height: 22mm; }
`;

const LONG_TABLE = 14;

function runs(list: readonly Run[]) {
  return list.map((r, i) => {
    const text = r.bold ? <strong>{r.text}</strong> : r.text;
    return r.italic ? <em key={i}>{text}</em> : <span key={i}>{text}</span>;
  });
}

function GridTable({ block }: { block: TableBlock }) {
  return (
    <table class={`grid${block.rows.length > LONG_TABLE ? ' long' : ''}`}>
      <colgroup>
        {block.columns.map((c, i) => (
          <col key={i} style={{ width: `${c.width}%` }} />
        ))}
      </colgroup>
      <thead>
        <tr>
          {block.columns.map((c, i) => (
            <th key={i}>{c.title}</th>
          ))}
        </tr>
      </thead>
      <tbody>
        {block.rows.map((r, i) =>
          r.kind === 'section' ? (
            <tr key={i} class="section">
              <td colSpan={block.columns.length}>{r.cells[0]}</td>
            </tr>
          ) : (
            <tr key={i} class={r.kind ?? ''}>
              {r.cells.map((c, j) => (
                <td key={j} style={{ textAlign: block.columns[j]?.align ?? 'left' }}>
                  {c}
                </td>
              ))}
            </tr>
          ),
        )}
      </tbody>
    </table>
  );
}

function SignatureCell({ s }: { s: Signature }) {
  return (
    <td>
      {s.title.map((t, i) => (
        <div key={i}>
          <strong>{t}</strong>
        </div>
      ))}
      <div>
        <em>{s.note}</em>
      </div>
      <div class="sign-space" />
      <div>
        <strong>{s.name ?? ''}</strong>
      </div>
    </td>
  );
}

function BlockView({ block }: { block: Block }) {
  switch (block.kind) {
    case 'letterhead':
      return (
        <table class="letterhead">
          <tbody>
            <tr>
              <td style={{ width: '42%' }}>
                {block.left.map((l, i) => (
                  <div key={i} class={l === '*' ? '' : 'body'}>
                    {l}
                  </div>
                ))}
              </td>
              <td>
                <div class="party">{block.right}</div>
                <div>&nbsp;</div>
                <div>
                  <em>{block.placeDate}</em>
                </div>
              </td>
            </tr>
          </tbody>
        </table>
      );
    case 'title':
      return (
        <header>
          <h1>{block.lines[0]}</h1>
          {block.lines[1] !== undefined && <p class="title-line">{block.lines[1]}</p>}
          {block.lines.slice(2).map((l, i) => (
            <p key={i} class="title-sub">
              {l}
            </p>
          ))}
        </header>
      );
    case 'heading': {
      const Tag = block.level === 1 ? 'h2' : block.level === 2 ? 'h3' : 'h4';
      return <Tag>{block.text}</Tag>;
    }
    case 'paragraph':
      return (
        <p
          class={[
            block.indent ? 'indent' : '',
            block.note ? 'note' : '',
            block.align === 'center' ? 'center' : '',
            block.keepNext ? 'keep' : '',
          ]
            .filter(Boolean)
            .join(' ')}
        >
          {runs(block.runs)}
        </p>
      );
    case 'table':
      return <GridTable block={block} />;
    case 'signatures':
      return (
        <table class="signatures">
          <tbody>
            <tr>
              {block.blocks.map((s, i) => (
                <SignatureCell key={i} s={s} />
              ))}
            </tr>
            {block.remark !== undefined && (
              <tr>
                <td colSpan={block.blocks.length}>
                  <p class="note">{block.remark}</p>
                </td>
              </tr>
            )}
          </tbody>
        </table>
      );
  }
}

/** The review document for the screen and the browser's print to PDF: the same blocks as the .docx, as text nodes only. */
export function DocumentView({ doc }: { doc: ReviewDocument }) {
  return (
    <article class="tusoi-doc" data-form={doc.form} lang="vi">
      <style>{DOCUMENT_CSS}</style>
      {doc.blocks.map((b, i) => (
        <BlockView key={i} block={b} />
      ))}
    </article>
  );
}
