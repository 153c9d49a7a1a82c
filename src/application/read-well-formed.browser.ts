/**
 * The well-formed reader as the browser build has it: none. A page validates one application at a
 * time, where the reader's speed is not felt but its bytes are downloaded; so every application
 * is read by the schema (parse-application.ts). The answers are the same: the reader accepts
 * exactly what the schema accepts and gives the same data (test/plan-cache.test.ts).
 */
import type { ParsedApplication } from './parse-application.js';

export function readWellFormed(_input: Record<string, unknown>): ParsedApplication | undefined {
  return undefined;
}
