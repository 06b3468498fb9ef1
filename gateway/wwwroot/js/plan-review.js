// The import review form: confirming a long plan takes a few seconds, so the button says it is working and cannot be
// pressed twice. A module, as the Content-Security-Policy allows only scripts from the site itself.
const form = document.querySelector('form.review-form');
if (form) {
  form.addEventListener('submit', () => {
    const button = form.querySelector('#confirm');
    if (!button) return;
    button.disabled = true;
    button.setAttribute('aria-busy', 'true');
    button.textContent = 'Đang lưu kế hoạch…';
    const busy = document.getElementById('review-busy');
    if (busy) busy.hidden = false;
  });
}

// A refused confirmation lists each error; its link leads to the field it is about (by the input's name).
for (const link of document.querySelectorAll('#error-summary a[data-field]')) {
  link.addEventListener('click', (event) => {
    const field = document.getElementsByName(link.dataset.field)[0];
    if (!field) return;
    event.preventDefault();
    field.scrollIntoView({ block: 'center' });
    field.focus();
  });
}
