/** Starts the demo portal on 127.0.0.1 (or another 127.x `host`); resolves to its base URL and a way to stop it. */
export function startPortal(port?: number, host?: string): Promise<{ url: string; close: () => void }>;
/** Serves the files under `dir` on 127.0.0.1 (or another 127.x `host`); `onRequest` may answer a request first (resolving to true). */
export function startStatic(
  dir: string,
  port?: number,
  onRequest?: (
    req: import('node:http').IncomingMessage,
    res: import('node:http').ServerResponse,
    url: URL,
  ) => Promise<boolean>,
  host?: string,
): Promise<{ url: string; close: () => void }>;
