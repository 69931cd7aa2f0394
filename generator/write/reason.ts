// File-system errors as diagnostics show them: the code first (ENAMETOOLONG, ENOSPC, EACCES), then what Node says.

/** `ENOSPC: no space left on device, write` for a Node error; the message for any other error. */
export function reason(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const code = (error as NodeJS.ErrnoException).code;
  return code ? `${code}: ${error.message.replace(/^[A-Z]+: /, '')}` : error.message;
}
