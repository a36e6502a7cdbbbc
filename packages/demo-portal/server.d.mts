/** Starts the demo portal on 127.0.0.1; resolves to its base URL and a way to stop it. */
export function startPortal(port?: number): Promise<{ url: string; close: () => void }>;
