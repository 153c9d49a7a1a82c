/**
 * The limits that keep one request cheap: what an application, a case, an event or a policy folder
 * may hold. Past a limit the input is answered with an issue (or a PolicyError for policy files),
 * never with seconds of work, gigabytes of memory or a stack overflow.
 */
export const INPUT_LIMITS = {
  /** Nesting of any JSON input (an application is 4 deep, a case about 8). */
  maxDepth: 64,
  /** Values (objects, arrays, strings, numbers…) in one input. */
  maxValues: 200_000,
  /** Uploaded materials in one application. */
  maxMaterials: 100,
  /** Entries of insuranceTypes (there are six types). */
  maxInsuranceTypes: 20,
  /** Characters of a region name or code (the longest full name has 20-odd). */
  maxRegionLength: 100,
  /** Characters of any other text field of an application: names, file names, ids. */
  maxTextLength: 1_000,
  /** Characters of one line of NDJSON (one application): far above any real one, below what would exhaust memory. */
  maxLineLength: 4_000_000,
  /** Dates of an application (and `today`) outside these are not plausible and are not computed with. */
  earliestDate: '1950-01-01',
  latestDate: '2100-12-31',
} as const;

export const POLICY_LIMITS = {
  /** Bytes of one policy, catalogue or calendar file (the largest bundled file has about 6 KB). */
  maxFileBytes: 1024 * 1024,
  /** Bytes of all the YAML files of a folder together. */
  maxFolderBytes: 32 * 1024 * 1024,
  /** YAML files in one folder. */
  maxFiles: 5_000,
  /** Nesting of a YAML document. */
  maxYamlDepth: 64,
  /** Nesting of a condition tree (all / any / not / named conditions). */
  maxConditionDepth: 32,
  /** Decorators on one operator, as in not:someFact:equal. */
  maxOperatorDecorators: 3,
} as const;
