// Behaviour of every page. Loaded with defer from the layout; the Content-Security-Policy allows no inline script,
// so anything a page does in the browser lives here (or in another file under static/js), never in a template.
(function () {
  'use strict';

  function meta(name) {
    var element = document.querySelector('meta[name="' + name + '"]');
    return element ? element.getAttribute('content') : null;
  }

  // Every htmx request carries the CSRF token of the page (Spring Security checks it on POST, PUT, PATCH, DELETE).
  // htmx reads its own settings (includeIndicatorStyles=false, allowEval=false) from <meta name="htmx-config">.
  document.addEventListener('htmx:configRequest', function (event) {
    var token = meta('_csrf');
    var header = meta('_csrf_header');
    if (token && header) {
      event.detail.headers[header] = token;
    }
  });

  // A button marked data-print prints the page (a receipt, an assignment list); print looks are in the stylesheets.
  document.addEventListener('click', function (event) {
    if (event.target.closest && event.target.closest('[data-print]')) {
      window.print();
    }
  });

  // A rejected form puts its error summary first: move the focus there so a screen reader announces it.
  document.addEventListener('DOMContentLoaded', function () {
    var summary = document.getElementById('form-errors');
    if (summary) {
      summary.focus();
    }
  });
})();
