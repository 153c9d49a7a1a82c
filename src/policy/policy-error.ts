/** A broken policy set: the one error the library throws, saying what is wrong and where. */
export interface PolicyProblem {
  /** The policy file, as given to the loader (relative to the rules folder). */
  file: string;
  /** Keys from the file's root to the faulty value. */
  path: (string | number)[];
  /** 1-based, when the policy was read from YAML text. */
  line?: number;
  column?: number;
  message: string;
}

export function formatPolicyProblem(p: PolicyProblem): string {
  const where = p.line !== undefined ? `${p.file}:${p.line}:${p.column ?? 1}` : p.file;
  const at = p.path.length > 0 ? ` (${p.path.join('.')})` : '';
  return `${where}${at}: ${p.message}`;
}

export class PolicyError extends Error {
  readonly code = 'policy-invalid';
  constructor(readonly problems: PolicyProblem[]) {
    super(
      `${problems.length} problem${problems.length === 1 ? '' : 's'} in the policy files:\n` +
        problems.map((p) => `  ${formatPolicyProblem(p)}`).join('\n'),
    );
    this.name = 'PolicyError';
  }
}
