/** A mistake of the user's (a bad flag, a missing folder): one line on stderr, exit 2, no stack. */
export class UsageError extends Error {}
