/**
 * Varied applications, made deterministically from a seed: routes across and within provinces
 * (with the regional rules of Beijing, Shanghai, Jiangsu and Shaanxi), every pension scheme, dates
 * from 2014 to 2027 across every period of the rule set, any choice and order of insurance types,
 * contributions, and materials with the faults HR sees most — a missing seal, the wrong format, a
 * certificate from the wrong city, an expired or future date, a photocopy, a file too large — and
 * a few applications broken in their fields. For the differential test of the plan cache and the
 * throughput benchmarks.
 */
import { creditCodeCheckCharacter, mod11CheckCharacter } from '../../src/index.js';
import { seededRandom } from './seeded-random.js';

type Json = Record<string, any>;

/** County codes people leave from and go to; moves within one province happen too. */
const PLACES = [
  '520102', // 贵阳 南明区
  '510104', // 成都 锦江区
  '410105', // 郑州 金水区
  '430102', // 长沙 芙蓉区
  '230102', // 哈尔滨 道里区
  '440106', // 广州 天河区
  '440305', // 深圳 南山区
  '330106', // 杭州 西湖区
  '320505', // 苏州 虎丘区
  '320102', // 南京 玄武区
  '310115', // 上海 浦东新区
  '110105', // 北京 朝阳区
  '610113', // 西安 雁塔区
  '610402', // 咸阳 秦都区
];
const NAMES: Record<string, string> = { '520102': '贵州省贵阳市南明区', '440305': '深圳市南山区', '310115': '上海市浦东新区', '110105': '北京市朝阳区' };
const TYPES = ['pension', 'medical', 'unemployment', 'work-injury', 'maternity', 'housing-fund'];
const SCHEMES = ['enterprise', 'enterprise', 'enterprise', 'public-institution', 'resident'];
const REASONS = ['job-change', 'relocation', 'hukou-move', 'other'];

/** Documents with the kinds, files and issuers a host uploads. */
const DOCUMENTS: { kind: string; file: string; mime: string; issued?: 'origin' | 'destination'; sealed?: boolean }[] = [
  { kind: 'id-card', file: '身份证.jpg', mime: 'image/jpeg' },
  { kind: 'pension-contribution-certificate', file: '养老保险参保缴费凭证.pdf', mime: 'application/pdf', issued: 'origin', sealed: true },
  { kind: 'medical-insurance-certificate', file: '基本医疗保险参保凭证.pdf', mime: 'application/pdf', issued: 'origin', sealed: true },
  { kind: 'housing-fund-transfer-application', file: '住房公积金异地转移接续申请表.pdf', mime: 'application/pdf' },
  { kind: 'separation-certificate', file: '离职证明.pdf', mime: 'application/pdf', sealed: true },
  { kind: 'unemployment-insurance-certificate', file: '失业保险参保证明.pdf', mime: 'application/pdf', issued: 'origin', sealed: true },
  { kind: 'social-security-card', file: '社保卡.png', mime: 'image/png' },
];

const DAY = 86_400_000;
const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

export function generateApplications(count: number, seed = 20261127): Json[] {
  const rand = seededRandom(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;
  const chance = (p: number) => rand() < p;
  const start = Date.UTC(2014, 0, 1);
  const span = Date.UTC(2027, 11, 31) - start;
  const out: Json[] = [];
  for (let n = 0; n < count; n++) {
    const from = pick(PLACES);
    let to = pick(PLACES);
    if (to === from) to = pick(PLACES);
    const hukou = chance(0.7) ? from : pick(PLACES);
    const applicationMs = start + Math.floor(rand() * (span / DAY)) * DAY;
    const applicationDate = isoDay(applicationMs);
    const separationDate = isoDay(applicationMs - Math.floor(rand() * 400) * DAY);

    const year = 1962 + Math.floor(rand() * 42);
    const birth = `${year}${String(1 + Math.floor(rand() * 12)).padStart(2, '0')}${String(1 + Math.floor(rand() * 28)).padStart(2, '0')}`;
    const first17 = `${hukou}${birth}${String(100 + Math.floor(rand() * 899))}`;
    const idNumber = first17 + (chance(0.03) ? '0' : mod11CheckCharacter(first17));

    const types = TYPES.filter(() => chance(0.6));
    if (types.length === 0) types.push('pension');
    // Most HR systems list the types in one fixed order; some keep the order the employee ticked.
    if (chance(0.1)) for (let i = types.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [types[i], types[j]] = [types[j]!, types[i]!];
    }
    if (chance(0.02)) types.push(chance(0.5) ? types[0]! : '养老保险');

    const contributions: Json = {};
    for (const type of types) {
      if (!TYPES.includes(type) || chance(0.3)) continue;
      const workingMonths = Math.max(1, (Number(applicationDate.slice(0, 4)) - year - 18) * 12);
      const c: Json = { months: Math.floor(rand() * Math.min(workingMonths, 360)) };
      if (chance(0.8)) c.lastPaidMonth = separationDate.slice(0, 7);
      if (type === 'housing-fund') {
        c.accountStatus = pick(['active', 'sealed', 'sealed', 'closed']);
        c.destinationAccountOpened = chance(0.7);
      }
      if (type === 'unemployment' && chance(0.2)) c.receivingBenefits = true;
      contributions[type] = c;
    }

    const materials: Json[] = [];
    for (const doc of DOCUMENTS) {
      if (!chance(0.55)) continue;
      const m: Json = { kind: doc.kind, fileName: doc.file, mimeType: doc.mime, sizeBytes: 50_000 + Math.floor(rand() * 900_000) };
      if (doc.mime.startsWith('image/')) {
        m.widthPx = chance(0.1) ? 480 : 1600;
        m.heightPx = 1000;
      } else {
        m.pages = 1 + Math.floor(rand() * 3);
      }
      if (doc.issued) m.issuedBy = chance(0.9) ? (doc.issued === 'origin' ? from : to) : pick(PLACES);
      if (doc.sealed || doc.issued) {
        m.issuedDate = isoDay(applicationMs - Math.floor(rand() * 200) * DAY);
        m.hasOfficialSeal = chance(0.9);
      }
      if (chance(0.04)) m.fileName = m.fileName.replace(/\.\w+$/, '.docx');
      if (chance(0.03)) m.sizeBytes = 30_000_000;
      if (chance(0.03)) m.form = 'photocopy';
      materials.push(m);
    }
    if (chance(0.03) && materials.length > 0) materials.push({ ...materials[0] });
    if (chance(0.02)) materials.push({ kind: '体检报告', fileName: 'a.pdf', mimeType: 'application/pdf', sizeBytes: 1000 });

    const app: Json = {
      id: `APP-${seed}-${n + 1}`,
      applicant: { name: '测试员工', idNumber, hukouRegion: chance(0.9) ? hukou : NAMES[hukou] ?? hukou },
      from: { region: NAMES[from] && chance(0.3) ? NAMES[from] : from },
      to: { region: to },
      insuranceTypes: types,
      reason: pick(REASONS),
      separationDate,
      contributions,
      materials,
    };
    if (chance(0.9)) app.applicationDate = applicationDate;
    if (chance(0.6)) app.from.scheme = pick(SCHEMES);
    if (chance(0.6)) app.to.scheme = pick(SCHEMES);
    if (chance(0.3)) {
      const first = `91${to.slice(0, 4)}00MA1B2C3D4`;
      app.employer = { name: '某科技有限公司', creditCode: first + creditCodeCheckCharacter(first) };
    }
    if (chance(0.05)) breakOneField(app, rand);
    out.push(app);
  }
  return out;
}

/** The faults of bad data: a wrong type, a bad date, a missing field, an unknown region. */
function breakOneField(app: Json, rand: () => number): void {
  const faults: ((a: Json) => void)[] = [
    (a) => (a.applicationDate = '2026-02-30'),
    (a) => delete a.applicant.idNumber,
    (a) => (a.to.region = '火星市'),
    (a) => (a.insuranceTypes = 'pension'),
    (a) => (a.separationDate = '2030-01-01'),
    (a) => a.materials.push({ kind: 'id-card', sizeBytes: -1 }),
    (a) => (a.contributions = { pension: { months: '96' } }),
  ];
  faults[Math.floor(rand() * faults.length)]!(app);
}
