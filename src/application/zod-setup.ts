/**
 * Settings for the zod bundled into this package (the package's own copy: a host's zod is not
 * touched). Imported for its effect by every module that builds a schema, before it builds one:
 *
 * - English messages (zod-messages.ts), which zod/mini does not load by itself, so that an
 *   `input.invalid` detail reads the same in the browser build as under Node;
 * - no JIT: zod's compiled parsers are built with `new Function`, which a page with a strict
 *   Content Security Policy (no 'unsafe-eval') refuses and reports, even when zod falls back.
 */
import { config } from 'zod/mini';
import { zodMessage } from './zod-messages.js';

config({ localeError: zodMessage, jitless: true });
