import { create } from 'qrcode';

/** The dark modules of a QR code as one SVG path (numbers only: nothing of the text becomes markup). */
export function qrPath(text: string): { size: number; d: string } {
  const { modules } = create(text, { errorCorrectionLevel: 'L' });
  const parts: string[] = [];
  for (let y = 0; y < modules.size; y++)
    for (let x = 0; x < modules.size; x++) if (modules.get(y, x)) parts.push(`M${x + 4} ${y + 4}h1v1h-1z`);
  return { size: modules.size + 8, d: parts.join('') };
}

/** A share link as a QR code (SVG drawn by Preact), or a sentence saying why it cannot be drawn. */
export function QrCode({ text, label, tooLong }: { text: string; label: string; tooLong: string }) {
  let code: { size: number; d: string };
  try {
    code = qrPath(text);
  } catch {
    // Over the largest QR version: say so rather than print a broken code.
    return <p class="qr-too-long">{tooLong}</p>;
  }
  return (
    <svg
      class="qr"
      role="img"
      aria-label={label}
      viewBox={`0 0 ${code.size} ${code.size}`}
      width="160"
      height="160"
      shape-rendering="crispEdges"
      data-testid="qr"
    >
      <rect width={code.size} height={code.size} fill="#fff" />
      <path d={code.d} fill="#000" />
    </svg>
  );
}
