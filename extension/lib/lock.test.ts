import { describe, expect, it } from 'vitest';
import { createLock, open, seal, sealNow, unlockKey } from './lock';

describe('sealNow: the synchronous seal of a page being closed', () => {
  it('seals what open() opens, for a created key and for the same key unlocked again', async () => {
    const { settings, key } = await createLock('mật khẩu dài', 1000);
    const text = 'Đảng viên tự soi, tự sửa. '.repeat(4000).slice(0, 99_000);
    expect(await open(key, sealNow(key, { text }))).toEqual({ text });
    const again = await unlockKey(settings, 'mật khẩu dài');
    expect(await open(again, sealNow(key, { text: 'a' }))).toEqual({ text: 'a' });
    expect(await open(key, await seal(again, 'b'))).toBe('b');
  });

  it('a sealed value holds no plaintext and a fresh IV each time', async () => {
    const { key } = await createLock('mật khẩu dài', 1000);
    const a = sealNow(key, 'Nguyễn Văn A');
    const b = sealNow(key, 'Nguyễn Văn A');
    expect(JSON.stringify(a)).not.toContain('Nguy');
    expect(a.iv).not.toBe(b.iv);
  });

  it('refuses a key it did not derive (no raw bytes to seal with)', async () => {
    const foreign = await crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);
    expect(() => sealNow(foreign, 'x')).toThrow(/cannot seal synchronously/);
  });

  it('keys derived as before (PBKDF2 deriveKey) open what the new derivation seals: stored drafts stay readable', async () => {
    const { settings, key } = await createLock('mật khẩu dài', 1000);
    const salt = Uint8Array.from(atob(settings.salt), (c) => c.charCodeAt(0));
    const material = await crypto.subtle.importKey('raw', new TextEncoder().encode('mật khẩu dài'), 'PBKDF2', false, [
      'deriveKey',
    ]);
    const old = await crypto.subtle.deriveKey(
      { name: 'PBKDF2', salt, iterations: 1000, hash: 'SHA-256' },
      material,
      { name: 'AES-GCM', length: 256 },
      false,
      ['encrypt', 'decrypt'],
    );
    expect(await open(key, await seal(old, 'cũ'))).toBe('cũ');
  });
});
