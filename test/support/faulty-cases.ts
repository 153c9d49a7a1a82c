/**
 * Every fault a person makes when filling in a transfer application, as a change to the seed's
 * valid Guiyang → Harbin application and the issue it must produce. `npm run generate:fixtures`
 * writes each one to fixtures/applications/faulty/ so the CLI and host systems can use them too.
 */
export interface FaultyCase {
  name: string;
  description: string;
  /** Applied to a fresh copy of the valid application. */
  change: (app: Record<string, any>) => unknown;
  expect: { code: string; path: (string | number)[]; severity?: 'error' | 'warning' | 'info' }[];
}

const material = (app: Record<string, any>, kind: string) => app.materials.find((m: { kind: string }) => m.kind === kind);

export const FAULTY_CASES: FaultyCase[] = [
  { name: 'not-an-object', description: '申请数据不是 JSON 对象', change: () => [], expect: [{ code: 'input.not-object', path: [] }] },
  {
    name: 'missing-destination',
    description: '没有填写现参保地',
    change: (app) => ((app.to = undefined), app),
    expect: [{ code: 'input.required', path: ['to'] }],
  },
  {
    name: 'name-empty',
    description: '姓名为空',
    change: (app) => ((app.applicant.name = '  '), app),
    expect: [{ code: 'applicant.name-empty', path: ['applicant', 'name'] }],
  },
  {
    name: 'id-checksum',
    description: '身份证号码最后一位校验位错误',
    change: (app) => ((app.applicant.idNumber = '520102199003071235'), app),
    expect: [{ code: 'id.checksum', path: ['applicant', 'idNumber'] }],
  },
  {
    name: 'id-mistyped-digit',
    description: '身份证号码中间一位数字输错',
    change: (app) => ((app.applicant.idNumber = '520102199003971236'), app),
    expect: [{ code: 'id.checksum', path: ['applicant', 'idNumber'] }],
  },
  {
    name: 'id-length',
    description: '身份证号码少一位',
    change: (app) => ((app.applicant.idNumber = '52010219900307123'), app),
    expect: [{ code: 'id.length', path: ['applicant', 'idNumber'] }],
  },
  {
    name: 'id-characters',
    description: '身份证号码含字母',
    change: (app) => ((app.applicant.idNumber = '52010219900307123A'), app),
    expect: [{ code: 'id.characters', path: ['applicant', 'idNumber'] }],
  },
  {
    name: 'id-birth-date-invalid',
    description: '身份证号码中的出生日期不存在（2月30日）',
    change: (app) => ((app.applicant.idNumber = '520102199002301231'), (app.applicant.birthDate = undefined), app),
    expect: [{ code: 'id.birth-date-invalid', path: ['applicant', 'idNumber'] }],
  },
  {
    name: 'id-birth-date-future',
    description: '身份证号码中的出生日期晚于今天',
    change: (app) => ((app.applicant.idNumber = '520102203001011319'), (app.applicant.birthDate = undefined), app),
    expect: [{ code: 'id.birth-date-future', path: ['applicant', 'idNumber'] }],
  },
  {
    name: 'id-first-generation',
    description: '填写了 15 位的第一代身份证号码',
    change: (app) => ((app.applicant.idNumber = '520102900307123'), app),
    expect: [{ code: 'id.first-generation', path: ['applicant', 'idNumber'] }],
  },
  {
    name: 'id-old-address-code',
    description: '身份证地址码为已撤销的旧代码（遵义地区 522101）：仅提示',
    change: (app) => ((app.applicant.idNumber = '522101199003071231'), app),
    expect: [{ code: 'id.address-code-unknown', path: ['applicant', 'idNumber'], severity: 'warning' }],
  },
  {
    name: 'gender-mismatch',
    description: '填写的性别与身份证号码不符',
    change: (app) => ((app.applicant.gender = 'female'), app),
    expect: [{ code: 'applicant.gender-mismatch', path: ['applicant', 'gender'] }],
  },
  {
    name: 'birth-date-mismatch',
    description: '填写的出生日期与身份证号码不符',
    change: (app) => ((app.applicant.birthDate = '1990-03-08'), app),
    expect: [{ code: 'applicant.birth-date-mismatch', path: ['applicant', 'birthDate'] }],
  },
  {
    name: 'region-guizhou-city',
    description: '把“贵阳市”写成“贵州市”',
    change: (app) => ((app.from.region = '贵州市'), app),
    expect: [{ code: 'region.unknown', path: ['from', 'region'] }],
  },
  {
    name: 'region-ambiguous',
    description: '只写“朝阳区”，全国有两个',
    change: (app) => ((app.from.region = '朝阳区'), app),
    expect: [{ code: 'region.ambiguous', path: ['from', 'region'] }],
  },
  {
    name: 'region-mismatch',
    description: '“贵州省哈尔滨市”：城市不属于所写省份',
    change: (app) => ((app.to.region = '贵州省哈尔滨市'), app),
    expect: [{ code: 'region.mismatch', path: ['to', 'region'] }],
  },
  {
    name: 'region-unknown-code',
    description: '不存在的行政区划代码',
    change: (app) => ((app.to.region = '239999'), app),
    expect: [{ code: 'region.unknown', path: ['to', 'region'] }],
  },
  {
    name: 'region-hukou-unknown',
    description: '户籍地无法识别',
    change: (app) => ((app.applicant.hukouRegion = '贵州市'), app),
    expect: [{ code: 'region.unknown', path: ['applicant', 'hukouRegion'] }],
  },
  {
    name: 'same-city',
    description: '原参保地与现参保地在同一城市（南明区 → 云岩区）：不是跨地区转移，提示而不阻止提交',
    change: (app) => ((app.to.region = '贵阳市云岩区'), app),
    expect: [{ code: 'route.same-city', path: ['to', 'region'], severity: 'info' }],
  },
  {
    name: 'outside-mainland',
    description: '现参保地填写为香港',
    change: (app) => ((app.to.region = '香港'), app),
    expect: [{ code: 'region.outside-mainland', path: ['to', 'region'] }],
  },
  {
    name: 'date-invalid',
    description: '申请日期不存在（2月30日）',
    change: (app) => ((app.applicationDate = '2026-02-30'), app),
    expect: [{ code: 'date.invalid', path: ['applicationDate'] }],
  },
  {
    name: 'date-order',
    description: '申请日期早于离职日期',
    change: (app) => ((app.separationDate = '2026-12-01'), app),
    expect: [{ code: 'date.order', path: ['applicationDate'] }],
  },
  {
    name: 'last-paid-month-invalid',
    description: '最后缴费月份写成第13月',
    change: (app) => ((app.contributions.pension.lastPaidMonth = '2026-13'), app),
    expect: [{ code: 'date.invalid', path: ['contributions', 'pension', 'lastPaidMonth'] }],
  },
  {
    name: 'contribution-months-negative',
    description: '缴费月数为负数',
    change: (app) => ((app.contributions.pension.months = -5), app),
    expect: [{ code: 'input.invalid', path: ['contributions', 'pension', 'months'] }],
  },
  {
    name: 'contribution-months-fraction',
    description: '缴费月数不是整数',
    change: (app) => ((app.contributions.medical.months = 12.5), app),
    expect: [{ code: 'input.type', path: ['contributions', 'medical', 'months'] }],
  },
  {
    name: 'insurance-unknown',
    description: '险种写成中文“养老”',
    change: (app) => ((app.insuranceTypes = ['养老', 'medical']), app),
    expect: [{ code: 'insurance.unknown', path: ['insuranceTypes', 0] }],
  },
  {
    name: 'insurance-none',
    description: '没有选择任何险种',
    change: (app) => ((app.insuranceTypes = []), app),
    expect: [{ code: 'insurance.none', path: ['insuranceTypes'] }],
  },
  {
    name: 'material-missing',
    description: '没有上传《基本养老保险参保缴费凭证》',
    change: (app) => ((app.materials = app.materials.filter((m: { kind: string }) => m.kind !== 'pension-contribution-certificate')), app),
    expect: [{ code: 'material.missing', path: ['materials'] }],
  },
  {
    name: 'material-format-mismatch',
    description: '文件名是 .pdf，实际类型是 JPEG',
    change: (app) => ((material(app, 'pension-contribution-certificate').mimeType = 'image/jpeg'), app),
    expect: [{ code: 'material.format-mismatch', path: ['materials', 1, 'mimeType'] }],
  },
  {
    name: 'material-format-not-allowed',
    description: '上传了 Word 文档',
    change: (app) => {
      const m = material(app, 'pension-contribution-certificate');
      m.fileName = '养老保险参保缴费凭证.docx';
      m.mimeType = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
      return app;
    },
    expect: [{ code: 'material.format-not-allowed', path: ['materials', 1, 'fileName'] }],
  },
  {
    name: 'material-empty',
    description: '上传了空文件',
    change: (app) => ((material(app, 'medical-insurance-certificate').sizeBytes = 0), app),
    expect: [{ code: 'material.empty', path: ['materials', 2, 'sizeBytes'] }],
  },
  {
    name: 'material-too-large',
    description: '文件超过 5MB',
    change: (app) => ((material(app, 'medical-insurance-certificate').sizeBytes = 6_291_456), app),
    expect: [{ code: 'material.too-large', path: ['materials', 2, 'sizeBytes'] }],
  },
  {
    name: 'material-seal-missing',
    description: '《基本养老保险参保缴费凭证》未加盖公章',
    change: (app) => ((material(app, 'pension-contribution-certificate').hasOfficialSeal = false), app),
    expect: [{ code: 'material.seal-missing', path: ['materials', 1, 'hasOfficialSeal'] }],
  },
  {
    name: 'separation-certificate-without-seal',
    description: '离职证明未加盖原单位公章',
    change: (app) => {
      app.materials.push({
        kind: 'separation-certificate',
        fileName: '离职证明.jpg',
        mimeType: 'image/jpeg',
        sizeBytes: 402113,
        issuedDate: '2026-09-30',
        hasOfficialSeal: false,
      });
      return app;
    },
    expect: [{ code: 'material.seal-missing', path: ['materials', 5, 'hasOfficialSeal'] }],
  },
  {
    name: 'material-issuer-not-origin',
    description: '养老保险凭证由哈尔滨出具，而不是原参保地贵阳',
    change: (app) => ((material(app, 'pension-contribution-certificate').issuedBy = '230102'), app),
    expect: [{ code: 'material.issuer-not-origin', path: ['materials', 1, 'issuedBy'] }],
  },
  {
    name: 'material-issued-in-future',
    description: '材料出具日期晚于今天',
    change: (app) => ((material(app, 'medical-insurance-certificate').issuedDate = '2026-12-01'), app),
    expect: [{ code: 'material.issued-in-future', path: ['materials', 2, 'issuedDate'] }],
  },
  {
    name: 'material-duplicate',
    description: '身份证上传了两次',
    change: (app) => (app.materials.push({ ...material(app, 'id-card') }), app),
    expect: [{ code: 'material.duplicate', path: ['materials', 5], severity: 'warning' }],
  },
  {
    name: 'material-unknown-kind',
    description: '材料类型无法识别',
    change: (app) => (app.materials.push({ kind: 'diploma', fileName: '学位证.pdf', mimeType: 'application/pdf', sizeBytes: 1000 }), app),
    expect: [{ code: 'material.unknown-kind', path: ['materials', 5, 'kind'] }],
  },
  {
    name: 'material-size-as-text',
    description: '文件大小写成了文本',
    change: (app) => ((material(app, 'pension-contribution-certificate').sizeBytes = '482113'), app),
    expect: [{ code: 'input.type', path: ['materials', 1, 'sizeBytes'] }],
  },
  {
    name: 'material-illegible',
    description: '身份证照片模糊，审核人员标为无法辨认',
    change: (app) => ((material(app, 'id-card').legible = false), app),
    expect: [{ code: 'material.illegible', path: ['materials', 0, 'legible'] }],
  },
  {
    name: 'material-resolution-too-low',
    description: '身份证照片只有 800×500 像素，不是清晰的扫描件',
    change: (app) => Object.assign(material(app, 'id-card'), { widthPx: 800, heightPx: 500 }) && app,
    expect: [{ code: 'material.resolution-too-low', path: ['materials', 0, 'widthPx'] }],
  },
  {
    name: 'material-dpi-too-low',
    description: '参保缴费凭证以 96 dpi 扫描',
    change: (app) => ((material(app, 'pension-contribution-certificate').dpi = 96), app),
    expect: [{ code: 'material.resolution-too-low', path: ['materials', 1, 'dpi'] }],
  },
  {
    name: 'material-too-many-pages',
    description: '身份证文件有 3 页（正反面之外混入了其他材料）',
    change: (app) => ((material(app, 'id-card').pages = 3), app),
    expect: [{ code: 'material.too-many-pages', path: ['materials', 0, 'pages'] }],
  },
  {
    name: 'material-content-mismatch',
    description: '声明为 PDF 的凭证，文件内容实际是 Word 文档（detectFileType 的结果）',
    change: (app) => (
      (material(app, 'pension-contribution-certificate').detectedMimeType =
        'application/vnd.openxmlformats-officedocument.wordprocessingml.document'),
      app
    ),
    expect: [{ code: 'material.content-mismatch', path: ['materials', 1, 'detectedMimeType'] }],
  },
  {
    name: 'contribution-months-exceed-working-age',
    description: '养老保险缴费月数多于申请人16周岁以来的月数（把缴费金额或天数填成了月数）',
    change: (app) => ((app.contributions.pension.months = 500), app),
    expect: [{ code: 'contribution.months-exceed-working-age', path: ['contributions', 'pension', 'months'] }],
  },
  {
    name: 'last-paid-after-application',
    description: '最后缴费月份晚于申请日期',
    change: (app) => ((app.contributions.pension.lastPaidMonth = '2026-12'), app),
    expect: [{ code: 'contribution.last-paid-after-application', path: ['contributions', 'pension', 'lastPaidMonth'] }],
  },
  {
    name: 'separation-far-future',
    description: '离职日期的年份写错（2062 年）',
    change: (app) => ((app.separationDate = '2062-09-30'), app),
    expect: [
      { code: 'date.separation-far-future', path: ['separationDate'] },
      { code: 'date.order', path: ['applicationDate'] },
    ],
  },
  {
    name: 'medical-contribution-gap',
    description: '医疗保险已断缴 5 个月：转入地可设等待期（提示）',
    change: (app) => ((app.contributions.medical.lastPaidMonth = '2026-06'), app),
    expect: [{ code: 'policy.notice', path: ['contributions', 'medical', 'lastPaidMonth'], severity: 'warning' }],
  },
  {
    name: 'credit-code-other-province',
    description: '单位统一社会信用代码登记在福州，而现参保地是哈尔滨：仅提示',
    change: (app) => ((app.employer.creditCode = '91350100M000100Y43'), app),
    expect: [{ code: 'credit-code.region-mismatch', path: ['employer', 'creditCode'], severity: 'warning' }],
  },
  {
    name: 'credit-code-checksum',
    description: '单位统一社会信用代码校验位错误',
    change: (app) => ((app.employer.creditCode = '91350100M000100Y44'), app),
    expect: [{ code: 'credit-code.checksum', path: ['employer', 'creditCode'] }],
  },
];
