import type { Sealed } from './db';

// The synchronous cipher is loaded with the first key (it is needed only once a key exists), not
// by every page that opens: it builds its tables when loaded.
let gcm: typeof import('@noble/ciphers/aes').gcm | null = null;

/** Parameters of the lock, stored in settings under "lock" (never the passphrase or the key). */
export interface LockSettings {
  readonly salt: string;
  readonly iterations: number;
  /** A known text sealed with the key: opening it proves the passphrase. */
  readonly check: Sealed;
}

/** PBKDF2-SHA-256 iterations (OWASP 2023 guidance for PBKDF2-HMAC-SHA256). */
export const DEFAULT_ITERATIONS = 600_000;
const CHECK_TEXT = 'tusoi-lock-v1';

/** Thrown when a passphrase does not open the data; nothing is changed. */
export class WrongPassphraseError extends Error {
  constructor() {
    super('Mật khẩu không đúng / Wrong passphrase');
    this.name = 'WrongPassphraseError';
  }
}

// Base64 in chunks: spreading a whole draft's bytes into String.fromCharCode overflows the call
// stack past about 120 KB (a long part A.I with the lock on was never saved again).
const CHUNK = 0x8000;
export function b64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += CHUNK) {
    binary += String.fromCharCode.apply(null, bytes.subarray(i, i + CHUNK) as unknown as number[]);
  }
  return btoa(binary);
}
export function unb64(text: string): Uint8Array {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

// The raw bytes of each key this module derived, for sealNow: a page being closed cannot wait
// for WebCrypto (asynchronous), so its last edit is sealed synchronously. Kept in memory only,
// like the key itself; never stored.
const rawKeys = new WeakMap<CryptoKey, Uint8Array>();

async function deriveKey(passphrase: string, salt: Uint8Array, iterations: number): Promise<CryptoKey> {
  gcm ??= (await import('@noble/ciphers/aes')).gcm;
  const material = await crypto.subtle.importKey('raw', new TextEncoder().encode(passphrase), 'PBKDF2', false, [
    'deriveBits',
  ]);
  // 256 derived bits are exactly the AES-256 key deriveKey would make (same salt, same iterations).
  const raw = new Uint8Array(
    await crypto.subtle.deriveBits(
      { name: 'PBKDF2', salt: salt as BufferSource, iterations, hash: 'SHA-256' },
      material,
      256,
    ),
  );
  const key = await crypto.subtle.importKey('raw', raw as BufferSource, { name: 'AES-GCM' }, false, [
    'encrypt',
    'decrypt',
  ]);
  rawKeys.set(key, raw);
  return key;
}

/**
 * Encrypts a JSON value with AES-GCM under a fresh 96-bit IV, synchronously (the same format
 * as {@link seal}; {@link open} opens it). Only for a key made by {@link createLock} or
 * {@link unlockKey}; throws for any other.
 */
export function sealNow(key: CryptoKey, value: unknown): Sealed {
  const raw = rawKeys.get(key);
  if (raw === undefined || gcm === null)
    throw new Error('Khoá này không niêm phong đồng bộ được / This key cannot seal synchronously');
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const ct = gcm(raw, iv).encrypt(new TextEncoder().encode(JSON.stringify(value)));
  return { iv: b64(iv), ct: b64(ct) };
}

/** Encrypts a JSON value with AES-GCM under a fresh 96-bit IV. */
export async function seal(key: CryptoKey, value: unknown): Promise<Sealed> {
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const ct = await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, key, new TextEncoder().encode(JSON.stringify(value)));
  return { iv: b64(iv), ct: b64(new Uint8Array(ct)) };
}

/** Decrypts a sealed value; a wrong key fails AES-GCM's authentication and throws. */
export async function open<T>(key: CryptoKey, sealed: Sealed): Promise<T> {
  const plain = await crypto.subtle.decrypt(
    { name: 'AES-GCM', iv: unb64(sealed.iv) as BufferSource },
    key,
    unb64(sealed.ct) as BufferSource,
  );
  return JSON.parse(new TextDecoder().decode(plain)) as T;
}

/** New lock parameters and the key for a passphrase. */
export async function createLock(
  passphrase: string,
  iterations = DEFAULT_ITERATIONS,
): Promise<{ settings: LockSettings; key: CryptoKey }> {
  const salt = crypto.getRandomValues(new Uint8Array(16));
  const key = await deriveKey(passphrase, salt, iterations);
  return { settings: { salt: b64(salt), iterations, check: await seal(key, CHECK_TEXT) }, key };
}

/** The key for a passphrase, or {@link WrongPassphraseError}. */
export async function unlockKey(settings: LockSettings, passphrase: string): Promise<CryptoKey> {
  const key = await deriveKey(passphrase, unb64(settings.salt), settings.iterations);
  try {
    if ((await open<string>(key, settings.check)) === CHECK_TEXT) return key;
  } catch {
    // AES-GCM rejects a wrong key: same answer as a wrong check text.
  }
  throw new WrongPassphraseError();
}
