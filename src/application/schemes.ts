/**
 * The pension scheme a person is insured in at one end of the route: it decides whether a move
 * inside a province needs a transfer (enterprise → enterprise does not: provincial pooling) and
 * whether the move crosses schemes.
 */
export const PENSION_SCHEMES = ['enterprise', 'public-institution', 'resident'] as const;
export type PensionScheme = (typeof PENSION_SCHEMES)[number];

/** When an end gives no scheme, the person is taken to be an enterprise employee (and told so). */
export const DEFAULT_SCHEME: PensionScheme = 'enterprise';

export const SCHEME_NAMES: Record<PensionScheme, { zh: string; en: string }> = {
  enterprise: { zh: '企业职工基本养老保险', en: "the enterprise employees' scheme" },
  'public-institution': { zh: '机关事业单位基本养老保险', en: 'the scheme of government bodies and public institutions' },
  resident: { zh: '城乡居民基本养老保险', en: "the urban and rural residents' scheme" },
};
