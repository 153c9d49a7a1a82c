/**
 * A transfer application form that validates as the user types. It imports the browser build;
 * `npm run build` in this folder bundles it into form.bundle.js (see README.md).
 */
import { INSURANCE_NAMES, INSURANCE_TYPES, searchRegions, validateTransfer } from 'shebao-transfer/browser';

const form = document.getElementById('application');
const today = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10); // the day in China

for (const type of INSURANCE_TYPES) {
  const label = document.createElement('label');
  const box = Object.assign(document.createElement('input'), { type: 'checkbox', name: 'insuranceTypes', value: type, checked: true });
  label.append(box, ` ${INSURANCE_NAMES[type].zh}`);
  document.getElementById('insurance-types').append(label);
}
form.elements.namedItem('applicationDate').value = today;

/** The application as the contract has it, from what is in the form; an empty field is left out. */
function readForm() {
  const value = (name) => form.elements.namedItem(name).value.trim() || undefined;
  const materials = [];
  for (const row of document.querySelectorAll('.material:not([hidden])')) {
    const file = row.querySelector('input[type=file]').files[0];
    const slot = row.querySelector('.field-issues');
    slot.dataset.for = file ? `materials.${materials.length}` : '';
    if (!file) continue;
    const seal = row.querySelector('input[name=seal]');
    materials.push({
      kind: row.dataset.kind,
      fileName: file.name,
      mimeType: file.type || 'application/octet-stream',
      sizeBytes: file.size,
      ...(seal ? { hasOfficialSeal: seal.checked } : {}),
    });
  }
  return {
    applicant: { name: value('applicant.name'), idNumber: value('applicant.idNumber') },
    from: { region: value('from.region') },
    to: { region: value('to.region') },
    insuranceTypes: [...form.querySelectorAll('input[name=insuranceTypes]:checked')].map((box) => box.value),
    separationDate: value('separationDate'),
    applicationDate: value('applicationDate'),
    materials,
  };
}

/** A row per kind of document the result asks for; rows are kept (with their file) while hidden. */
function showRequiredDocuments(result) {
  const wanted = new Map();
  for (const item of result.items) for (const doc of item.requiredDocuments) wanted.set(doc.kind, doc);
  const box = document.getElementById('materials');
  for (const [kind, doc] of wanted) {
    if (box.querySelector(`.material[data-kind="${kind}"]`)) continue;
    const row = Object.assign(document.createElement('div'), { className: 'material' });
    row.dataset.kind = kind;
    const name = Object.assign(document.createElement('div'), { className: 'name', textContent: `${doc.name}（${doc.issuerName}）` });
    const file = Object.assign(document.createElement('input'), { type: 'file', name: 'file' });
    const fileLabel = document.createElement('label');
    fileLabel.append('文件 ', file);
    row.append(name, fileLabel);
    if (doc.sealRequired) {
      const seal = Object.assign(document.createElement('input'), { type: 'checkbox', name: 'seal' });
      const sealLabel = document.createElement('label');
      sealLabel.append(seal, ' 盖有公章');
      row.append(sealLabel);
    }
    row.append(Object.assign(document.createElement('div'), { className: 'field-issues' }));
    box.append(row);
  }
  for (const row of box.querySelectorAll('.material')) row.hidden = !wanted.has(row.dataset.kind);
}

/** The slot an issue is shown in: the deepest field slot its path starts with. */
function slotFor(path) {
  for (let n = path.length; n > 0; n--) {
    const slot = form.querySelector(`.field-issues[data-for="${CSS.escape(path.slice(0, n).join('.'))}"]`);
    if (slot) return slot;
  }
  return undefined;
}

function line(issue) {
  const p = document.createElement('p');
  p.className = issue.severity;
  p.textContent = issue.suggestion ? `${issue.message}（${issue.suggestion}）` : issue.message;
  p.dataset.code = issue.code;
  return p;
}

function render(result) {
  for (const slot of form.querySelectorAll('.field-issues')) slot.replaceChildren();
  for (const input of form.querySelectorAll('input')) input.removeAttribute('aria-invalid');
  const others = document.getElementById('other-issues');
  others.replaceChildren();
  for (const issue of result.issues) {
    const slot = slotFor(issue.path);
    if (slot) {
      slot.append(line(issue));
      if (issue.severity === 'error') {
        const field = form.querySelector(`input[name="${slot.dataset.for}"], input[name="${slot.dataset.for}.region"]`);
        field?.setAttribute('aria-invalid', 'true');
      }
    } else {
      const li = document.createElement('li');
      li.append(line(issue));
      others.append(li);
    }
  }
  const status = document.getElementById('status');
  status.textContent = result.ok ? '可以提交' : '需要修改';
  status.className = `status ${result.ok ? 'ok' : 'bad'}`;
  const decisions = document.getElementById('decisions');
  decisions.replaceChildren(
    ...result.items.map((item) => {
      const li = document.createElement('li');
      li.dataset.insurance = item.insurance;
      const due = item.estimatedCompletion ? `，预计 ${item.estimatedCompletion} 办结` : '';
      li.textContent = `${INSURANCE_NAMES[item.insurance].zh}：${item.reasons[0]?.message ?? item.decision}${due}`;
      return li;
    }),
  );
}

let pending;
function check() {
  clearTimeout(pending);
  pending = setTimeout(() => {
    const result = validateTransfer(readForm(), { today });
    showRequiredDocuments(result);
    render(result);
  }, 120);
}

function suggest(input) {
  const list = document.getElementById(input.getAttribute('list'));
  const hits = input.value.trim() ? searchRegions(input.value, { limit: 6 }) : [];
  list.replaceChildren(...hits.map((hit) => Object.assign(document.createElement('option'), { value: hit.path.join('') })));
}

form.addEventListener('change', (event) => {
  if (event.target.type === 'file' || event.target.name === 'seal') check();
});
form.addEventListener('input', (event) => {
  if (event.target.list) suggest(event.target);
  check();
});
check();
