// Controls a form map must never press (issue "nothing clicked that should not be"), and controls
// it may: one page, shared by the unit tests (happy-dom) and the Chromium tests.

/** id → what the control is; each is refused. */
export const REFUSED_CASES: Readonly<Record<string, string>> = {
  'span-in-submit': 'a <span> inside a submit button',
  'label-for-submit': 'a <label for> a submit button (no type, inside the form)',
  'input-button-gui': '<input type=button value="Gửi">',
  'icon-only-xoa': 'an icon-only "Xoá" button (title)',
  'nfd-xoa': '"Xóa" written in NFD',
  'nfd-gui': '"Gửi" written in NFD',
  'hoan-tat': '"Hoàn tất"',
  'trinh-ky': '"Trình ký" as role=button',
  'div-gui': 'a <div> "Gửi" with a click handler',
  'shy-gui': '"G&shy;ửi" (soft hyphen)',
  'checkbox-xoa': 'a "Xoá bản ghi này" checkbox',
  'link-xac-nhan': 'a "Xác nhận" link to a delete URL',
  'aria-delete': 'an icon-only English "Delete" (aria-label)',
  'form-attr-submit': 'a button without type outside the form, owned by it through form=',
};

/** id → what the control is; each may be pressed. */
export const ALLOWED_CASES: Readonly<Record<string, string>> = {
  'tiep-tuc': 'a wizard\u2019s "Tiếp tục" (type=button)',
  'no-form-button': 'a button without type outside any form',
  'radio-level': 'a radio "Hoàn thành tốt nhiệm vụ"',
  'checkbox-dam-bao': 'a checkbox "Đảm bảo"',
  'anchor-hash': 'a same-page link "#buoc-2" "Bước 2"',
};

const NFD_XOA = 'Xóa'.normalize('NFD');
const NFD_GUI = 'Gửi'.normalize('NFD');

/** The page (body HTML): every press is recorded in `window.pressed`, every submit in `window.submitted`. */
export const SAFETY_PAGE = `
<form id="f" action="/submit" onsubmit="window.submitted = (window.submitted || 0) + 1; return false;" onreset="window.submitted = (window.submitted || 0) + 1;">
  <button type="submit" data-id="span-in-submit-button"><span id="span-in-submit">Tiếp theo</span></button>
  <label id="label-for-submit" for="sub2">Bước sau</label>
  <button id="sub2">Bước sau</button>
  <input type="button" id="input-button-gui" value="Gửi">
  <button type="button" id="icon-only-xoa" title="Xoá"><svg width="10" height="10"><path d="M0 0h10v10H0z"/></svg></button>
  <button type="button" id="nfd-xoa">${NFD_XOA}</button>
  <button type="button" id="nfd-gui">${NFD_GUI}</button>
  <button type="button" id="hoan-tat">Hoàn tất</button>
  <a role="button" id="trinh-ky">Trình ký</a>
  <div id="div-gui">Gửi</div>
  <button type="button" id="shy-gui">G&shy;ửi</button>
  <label><input type="checkbox" id="checkbox-xoa"> Xoá bản ghi này</label>
  <a id="link-xac-nhan" href="/delete?id=1">Xác nhận</a>
  <button type="button" id="aria-delete" aria-label="Delete"><i class="icon-trash"></i></button>
  <button type="button" id="tiep-tuc">Tiếp tục</button>
  <label><input type="radio" name="xep_loai" id="radio-level" value="2"> Hoàn thành tốt nhiệm vụ</label>
  <label><input type="checkbox" id="checkbox-dam-bao"> Đảm bảo</label>
  <a id="anchor-hash" href="#buoc-2">Bước 2</a>
</form>
<button id="form-attr-submit" form="f">Tiếp</button>
<button id="no-form-button">Mở rộng</button>
<script>
  window.pressed = [];
  document.addEventListener('click', (e) => { window.pressed.push(e.target.id || e.target.closest('[id]')?.id); }, true);
  document.getElementById('div-gui').addEventListener('click', () => { window.submitted = (window.submitted || 0) + 1; });
</script>`;
