/** An error a user reads: English in `message`, Chinese in `messageZh`, the one the CLI's language asks for. */
import type { Locale } from '../issues.js';

export class BilingualError extends Error {
  readonly messageZh: string;
  constructor(message: string, messageZh = message) {
    super(message);
    this.messageZh = messageZh;
  }
  messageIn(locale: Locale | undefined): string {
    return locale === 'en' ? this.message : this.messageZh;
  }
}
