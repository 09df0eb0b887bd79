/**
 * A batch file that cannot be read on — its shape, its header, or a bound it goes past — said in
 * the merchant's language. `text` is what every surface shows (the options page, the command line);
 * `cliHint` is what only the command line adds (a flag to use), never shown to a page user.
 */
import type { Message } from '../report';

export class BatchReadError extends Error {
  constructor(
    readonly text: Message,
    readonly cliHint?: Message,
  ) {
    super(text.en);
  }
}
