/**
 * Results as lines of JSON, written straight into UTF-8 bytes. Much of a result — reasons,
 * conditions, required documents, sources, policy issues — is frozen and shared by every result
 * with the same outcome, so the bytes of each frozen piece are made once, kept beside it (weakly)
 * and copied; only the rest is encoded. That spares the output path what dominated it: joining
 * megabytes of strings, flattening them and encoding them again. The bytes are exactly those of
 * JSON.stringify for plain data, which results are; a test holds it to that.
 */
// Bytes are kept as latin1 strings (one byte a character): they live in the JS heap, where the
// garbage collector counts them, rather than as thousands of small buffers outside it.
const frozenBytes = new WeakMap<object, string>();
/** Keys as JSON bytes with the colon: results have a few dozen distinct keys. */
const keyBytes = new Map<string, string>();

/** What JSON.stringify would escape: quotes, backslashes, control characters, surrogates. */
const NEEDS_ESCAPE = /["\\\u0000-\u001f\ud800-\udfff]/;
const COMMA = 44;
/** Up to this many characters, ASCII is copied in a loop rather than by the encoder. */
const SHORT = 48;
const NEWLINE = 10;

export class JsonLineWriter {
  // A Buffer, for Buffer#write: it encodes a string straight into place, with no view to allocate.
  private buffer: Buffer;
  private length = 0;

  constructor(initialBytes = 1 << 20) {
    this.buffer = Buffer.allocUnsafe(initialBytes);
  }

  private room(bytes: number): void {
    if (this.length + bytes <= this.buffer.length) return;
    const grown = Buffer.allocUnsafe(Math.max(this.buffer.length * 2, this.length + bytes));
    this.buffer.copy(grown, 0, 0, this.length);
    this.buffer = grown;
  }

  private byte(b: number): void {
    this.room(1);
    this.buffer[this.length++] = b;
  }

  /** Bytes kept as a latin1 string. */
  private bytes(bytes: string): void {
    this.room(bytes.length);
    this.length += this.buffer.write(bytes, this.length, 'latin1');
  }

  /** JSON text (ASCII or not): at most 3 bytes of UTF-8 per UTF-16 unit. */
  private text(json: string): void {
    this.room(json.length * 3);
    this.length += this.buffer.write(json, this.length, 'utf8');
  }

  /**
   * A string as JSON: quoted as it is when nothing in it needs escaping, else through
   * JSON.stringify. Short ASCII is copied here character by character: for a few bytes that is
   * cheaper than a call into the encoder.
   */
  private string(value: string): void {
    if (NEEDS_ESCAPE.test(value)) return this.text(JSON.stringify(value));
    const n = value.length;
    this.room(n * 3 + 2);
    const buffer = this.buffer;
    const start = this.length + 1;
    let at = start;
    buffer[this.length] = 34; // "
    if (n <= SHORT) {
      for (let i = 0; i < n; i++) {
        const c = value.charCodeAt(i);
        if (c >= 128) {
          at = -1;
          break;
        }
        buffer[at++] = c;
      }
    } else {
      at = -1;
    }
    if (at === -1) at = start + buffer.write(value, start, 'utf8');
    buffer[at++] = 34;
    this.length = at;
  }

  private key(key: string): void {
    let bytes = keyBytes.get(key);
    if (!bytes) {
      bytes = Buffer.from(`${JSON.stringify(key)}:`, 'utf8').toString('latin1');
      if (keyBytes.size < 1000) keyBytes.set(key, bytes);
    }
    if (bytes.length > SHORT) return this.bytes(bytes);
    this.room(bytes.length);
    const buffer = this.buffer;
    let at = this.length;
    for (let i = 0; i < bytes.length; i++) buffer[at++] = bytes.charCodeAt(i);
    this.length = at;
  }

  private value(value: unknown): void {
    if (typeof value === 'string') return this.string(value);
    if (typeof value === 'number') return this.text(Number.isFinite(value) ? String(value) : 'null');
    if (typeof value === 'boolean') return this.text(value ? 'true' : 'false');
    if (typeof value !== 'object' || value === null) {
      this.text(JSON.stringify(value) ?? 'null');
      return;
    }
    if (Object.isFrozen(value)) {
      const bytes = frozenBytes.get(value);
      if (bytes) return this.bytes(bytes);
      // Written the long way once (its frozen parts from their own bytes), then kept.
      const start = this.length;
      this.structure(value);
      frozenBytes.set(value, this.buffer.toString('latin1', start, this.length));
      return;
    }
    this.structure(value);
  }

  private structure(value: object): void {
    if (Array.isArray(value)) {
      this.byte(91); // [
      for (let i = 0; i < value.length; i++) {
        if (i > 0) this.byte(COMMA);
        const item: unknown = value[i];
        if (item === undefined || typeof item === 'function' || typeof item === 'symbol') this.text('null');
        else this.value(item);
      }
      this.byte(93); // ]
      return;
    }
    this.byte(123); // {
    let first = true;
    for (const key of Object.keys(value)) {
      const item: unknown = (value as Record<string, unknown>)[key];
      if (item === undefined || typeof item === 'function' || typeof item === 'symbol') continue;
      if (!first) this.byte(COMMA);
      first = false;
      this.key(key);
      this.value(item);
    }
    this.byte(125); // }
  }

  /** Writes one value as a line: its JSON and a newline. */
  line(value: unknown): void {
    this.value(value);
    this.byte(NEWLINE);
  }

  /** A line of JSON text made elsewhere (JSON.stringify of a small, fresh object is faster than the walk above). */
  jsonLine(json: string): void {
    this.text(json);
    this.byte(NEWLINE);
  }

  /** The bytes written so far, in a buffer of their own (to hand to another thread). */
  take(): Uint8Array {
    const out = new Uint8Array(this.buffer.subarray(0, this.length));
    this.length = 0;
    return out;
  }
}
