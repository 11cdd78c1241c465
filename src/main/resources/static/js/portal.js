// Behaviour of the enterprise portal's complaint pages (templates/complaint/*): the evidence upload's progress and
// size check (the receipt's print button is wired in app.js, for every page). Loaded with defer by those pages; no
// inline script anywhere (CSP).
// Texts come from the page (data-* attributes filled from the bundles), never from here.
(function () {
  'use strict';

  function uploadForm(element) {
    return element && element.closest ? element.closest('[data-upload-form]') : null;
  }

  function showError(form, message) {
    var error = form.querySelector('[data-upload-error]');
    var input = form.querySelector('input[type=file]');
    if (error) {
      error.textContent = message;
      error.classList.toggle('d-block', message !== '');
    }
    if (input) {
      input.classList.toggle('is-invalid', message !== '');
      if (message !== '') {
        input.setAttribute('aria-invalid', 'true');
        input.focus();
      } else {
        input.removeAttribute('aria-invalid');
      }
    }
  }

  // Before the upload leaves: a file over the stated limit is refused here, so nobody waits for a refusal.
  document.addEventListener('htmx:beforeRequest', function (event) {
    var form = uploadForm(event.detail.elt);
    if (!form) {
      return;
    }
    var input = form.querySelector('input[type=file]');
    var max = input ? Number(input.getAttribute('data-max-bytes')) : 0;
    var tooLarge = input ? Array.prototype.filter.call(input.files, function (file) { return max > 0 && file.size > max; }) : [];
    if (tooLarge.length > 0) {
      event.preventDefault();
      showError(form, tooLarge.map(function (file) { return file.name; }).join(', ') + ': ' + input.getAttribute('data-too-large'));
      return;
    }
    showError(form, '');
    var status = form.querySelector('[data-upload-status]');
    var bar = form.querySelector('[data-upload-progress]');
    if (status && bar) {
      bar.value = 0;
      status.hidden = false;
    }
  });

  // While it is sent: htmx passes the upload's progress events on as htmx:xhr:progress.
  document.addEventListener('htmx:xhr:progress', function (event) {
    var form = uploadForm(event.target);
    var bar = form ? form.querySelector('[data-upload-progress]') : null;
    if (!bar || !event.detail || !event.detail.lengthComputable || !event.detail.total) {
      return;
    }
    var percent = Math.round(event.detail.loaded / event.detail.total * 100);
    bar.value = percent;
    bar.textContent = percent + '%';
  });

  document.addEventListener('htmx:afterRequest', function (event) {
    var form = uploadForm(event.detail.elt);
    var status = form ? form.querySelector('[data-upload-status]') : null;
    if (status && !event.detail.successful) {
      status.hidden = true;
    }
  });
})();
