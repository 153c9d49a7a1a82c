/**
 * A field as the form calls it (户籍所在地, 第 2 份材料的出具日期), for the words people read;
 * the path itself (applicant.hukouRegion) goes to an issue's `detail`, for developers.
 */
import { INSURANCE_NAMES, isInsuranceType } from './insurance-types.js';

type Words = readonly [zh: string, en: string];

const SCHEME: Words = ['的养老保险类型（企业职工／机关事业单位／城乡居民）', "'s pension scheme"];

/** By path with `*` for an index or an insurance type; `{n}` is the index counted from 1, `{i}` the insurance. */
const LABELS: Record<string, Words> & { "": Words } = {
  '': ['申请数据', 'the application'],
  id: ['申请编号', 'the application number'],
  applicant: ['申请人信息', "the applicant's details"],
  'applicant.name': ['姓名', 'the name'],
  'applicant.idNumber': ['证件号码', 'the identity number'],
  'applicant.gender': ['性别', 'the gender'],
  'applicant.birthDate': ['出生日期', 'the birth date'],
  'applicant.hukouRegion': ['户籍所在地', 'the hukou place'],
  employer: ['现单位信息', "the new employer's details"],
  'employer.name': ['现单位名称', "the new employer's name"],
  'employer.creditCode': ['现单位统一社会信用代码', "the new employer's unified social credit code"],
  from: ['原参保地信息', 'the origin'],
  'from.region': ['原参保地', 'the origin'],
  'from.scheme': [`原参保地${SCHEME[0]}`, `the origin${SCHEME[1]}`],
  to: ['现参保地信息', 'the destination'],
  'to.region': ['现参保地', 'the destination'],
  'to.scheme': [`现参保地${SCHEME[0]}`, `the destination${SCHEME[1]}`],
  insuranceTypes: ['要转移的险种', 'the insurance types to transfer'],
  'insuranceTypes.*': ['选择的第 {n} 个险种', 'insurance type {n} chosen'],
  reason: ['转移原因', 'the reason for the move'],
  separationDate: ['离职日期', 'the date the old job ended'],
  applicationDate: ['申请日期', 'the application date'],
  applicationChannel: ['办理渠道（网上或窗口）', 'the application channel'],
  contributions: ['缴费情况', 'the contributions'],
  'contributions.*': ['{i}缴费情况', 'the {i} contributions'],
  'contributions.*.months': ['{i}缴费月数', 'months paid into {i}'],
  'contributions.*.lastPaidMonth': ['{i}最后缴费月份', 'the last month paid into {i}'],
  'contributions.*.accountStatus': ['{i}账户状态（正常、封存或注销）', 'the {i} account status'],
  'contributions.*.destinationAccountOpened': ['是否已在现参保地开户缴存', 'whether an account is open and paid into at the destination'],
  'contributions.*.receivingBenefits': ['是否正在领取失业保险金', 'whether unemployment benefits are being drawn'],
  'contributions.*.outstandingLoan': ['原参保地是否有未结清的公积金贷款', 'whether a housing-fund loan is unpaid at the origin'],
  materials: ['上传的材料', 'the uploaded documents'],
  'materials.*': ['第 {n} 份材料', 'document {n}'],
  // Parts checked on their own, named without their parents.
  idNumber: ['证件号码', 'the identity number'],
  creditCode: ['统一社会信用代码', 'the unified social credit code'],
  region: ['地区', 'the region'],
  // explainRoute()'s options.
  date: ['申请日期', 'the application date'],
  types: ['险种', 'the insurance types'],
  options: ['查询条件', 'the query'],
};

/** A document's fields: 第 {n} 份材料的… / … of document {n}. */
const MATERIAL: Record<string, Words> = {
  kind: ['类型', 'the kind'],
  fileName: ['文件名', 'the file name'],
  mimeType: ['文件类型', 'the file type'],
  sizeBytes: ['文件大小', 'the file size'],
  issuedBy: ['出具地', 'the issuing place'],
  issuedDate: ['出具日期', 'the issue date'],
  hasOfficialSeal: ['公章', 'the seal'],
  pages: ['页数', 'the page count'],
  widthPx: ['图像宽度', 'the image width'],
  heightPx: ['图像高度', 'the image height'],
  dpi: ['分辨率', 'the resolution'],
  legible: ['清晰程度', 'the legibility'],
  form: ['形式（原件扫描件、复印件或电子证照）', 'the form'],
  detectedMimeType: ['检测到的文件类型', 'the detected file type'],
};
for (const [key, [zh, en]] of Object.entries(MATERIAL)) LABELS[`materials.*.${key}`] = [`第 {n} 份材料的${zh}`, `${en} of document {n}`];

/** "materials[0].fileName" or a path array → its segments. */
function segmentsOf(field: string | readonly (string | number)[]): (string | number)[] {
  if (typeof field !== 'string') return [...field];
  if (field === '(root)') return [];
  return field.split(/\.|\[(\d+)\]\.?/).filter((s) => s !== undefined && s !== '').map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}

/** The label of a field in both languages; a field we do not know is named by the nearest one we do. */
export function fieldLabel(field: string | readonly (string | number)[]): { zh: string; en: string } {
  const segments = segmentsOf(field);
  for (let length = segments.length; length >= 0; length--) {
    const head = segments.slice(0, length);
    const key = head.map((s, i) => (typeof s === 'number' || (i === 1 && head[0] === 'contributions') ? '*' : s)).join('.');
    const words = Object.hasOwn(LABELS, key) ? LABELS[key] : undefined;
    if (!words) continue;
    const n = String(Number(head.find((s) => typeof s === 'number') ?? 0) + 1);
    const type = head[0] === 'contributions' ? head[1] : undefined;
    const names = isInsuranceType(type) ? INSURANCE_NAMES[type] : { zh: '', en: '' };
    const fill = (text: string, lang: 'zh' | 'en') => text.replace('{n}', n).replace('{i}', names[lang]);
    const zh = fill(words[0], 'zh');
    const en = fill(words[1], 'en');
    return length === segments.length ? { zh, en } : { zh: `${zh}中的一项`, en: `a part of ${en}` };
  }
  return { zh: LABELS[''][0], en: LABELS[''][1] };
}
