// What real portals do before they accept a form: required fields and totals that add up.
window.portalValidate = function portalValidate(form, rules) {
  const errors = [];
  for (const name of rules.required ?? []) {
    const el = form.elements.namedItem(name);
    const value = el && 'value' in el ? String(el.value).trim() : '';
    if (value === '') errors.push(`Chưa nhập: ${name}`);
  }
  for (const [total, parts] of Object.entries(rules.sums ?? {})) {
    const num = (n) => Number(String(form.elements.namedItem(n)?.value ?? '').replace(',', '.'));
    const sum = parts.reduce((a, p) => a + num(p), 0);
    if (Math.abs(sum - num(total)) > 1e-9) errors.push(`Tổng điểm không khớp: ${total}`);
  }
  const box = form.querySelector('.errors');
  box.textContent = errors.join('; ');
  return errors.length === 0;
};
