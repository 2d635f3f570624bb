/**
 * The drag-and-drop island of the intake page, served as /assets/intake.js (CSP allows only
 * same-origin scripts, never inline ones). Without JavaScript the page is a plain multi-file form;
 * with it, files dropped or chosen are sent one request each, with a progress bar per file, and the
 * board reloads when all are done.
 */
export const INTAKE_JS = `(() => {
  'use strict';
  const form = document.getElementById('intake-form');
  const input = document.getElementById('intake-files');
  const zone = document.getElementById('intake-drop');
  const list = document.getElementById('intake-progress');
  if (!form || !input || !zone || !list) return;
  const csrf = (form.querySelector('input[name="_csrf"]') || {}).value || '';
  const maxBytes = Number(form.getAttribute('data-max-bytes')) || Infinity;

  function row(file) {
    const li = document.createElement('li');
    const name = document.createElement('span');
    name.textContent = file.name + ' ';
    const bar = document.createElement('progress');
    bar.max = 100;
    bar.value = 0;
    bar.setAttribute('aria-label', file.name);
    const status = document.createElement('span');
    status.className = 'sc-progress-status';
    li.append(name, bar, status);
    list.append(li);
    return { bar, status };
  }

  function send(file) {
    const ui = row(file);
    if (file.size > maxBytes) {
      ui.status.textContent = ' ✗ too large';
      return Promise.resolve();
    }
    return new Promise((resolve) => {
      const data = new FormData();
      data.append('_csrf', csrf);
      data.append('files', file, file.name);
      const xhr = new XMLHttpRequest();
      xhr.open('POST', form.action);
      xhr.setRequestHeader('Accept', 'application/json');
      xhr.setRequestHeader('X-CSRF-Token', csrf);
      xhr.upload.onprogress = (e) => { if (e.lengthComputable) ui.bar.value = Math.round((e.loaded / e.total) * 100); };
      xhr.onload = () => {
        ui.bar.value = 100;
        let text = ' ' + xhr.status;
        try {
          const body = JSON.parse(xhr.responseText);
          const r = body.results && body.results[0];
          if (r) text = ' ' + (r.error ? '✗ ' + r.error : (r.duplicate ? '= ' : '✓ ') + r.status + ' (' + r.errors + '/' + r.warnings + ')');
          else if (body.error) text = ' ✗ ' + body.error.message;
        } catch (_) {}
        ui.status.textContent = text;
        resolve();
      };
      xhr.onerror = () => { ui.status.textContent = ' ✗ network error'; resolve(); };
      xhr.send(data);
    });
  }

  async function upload(files) {
    const queue = Array.from(files);
    const workers = Array.from({ length: Math.min(3, queue.length) }, async () => {
      while (queue.length > 0) await send(queue.shift());
    });
    await Promise.all(workers);
    window.location.reload();
  }

  form.addEventListener('submit', (e) => {
    if (!input.files || input.files.length === 0) return;
    e.preventDefault();
    upload(input.files);
  });
  ['dragenter', 'dragover'].forEach((type) => zone.addEventListener(type, (e) => { e.preventDefault(); zone.classList.add('dragging'); }));
  ['dragleave', 'drop'].forEach((type) => zone.addEventListener(type, (e) => { e.preventDefault(); zone.classList.remove('dragging'); }));
  zone.addEventListener('drop', (e) => { if (e.dataTransfer && e.dataTransfer.files.length > 0) upload(e.dataTransfer.files); });
})();
`;
