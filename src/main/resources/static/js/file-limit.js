// A file input with data-max-bytes refuses a larger file before it is uploaded (the server refuses it too, but
// only after the whole file went over the line); data-too-large is the message, in the page's language.
(function () {
  'use strict';

  document.addEventListener('change', function (event) {
    var input = event.target;
    if (!(input instanceof HTMLInputElement) || input.type !== 'file' || !input.dataset.maxBytes) {
      return;
    }
    var max = Number(input.dataset.maxBytes);
    var tooLarge = Array.prototype.some.call(input.files || [], function (file) {
      return file.size > max;
    });
    input.setCustomValidity(tooLarge ? (input.dataset.tooLarge || 'too large') : '');
    if (tooLarge) {
      input.reportValidity();
    }
  });

  // the form is novalidate (the server's messages show next to the fields); a too-large file still stops it here
  document.addEventListener('submit', function (event) {
    var inputs = event.target.querySelectorAll('input[type=file][data-max-bytes]');
    Array.prototype.forEach.call(inputs, function (input) {
      if (!input.checkValidity()) {
        event.preventDefault();
        input.reportValidity();
      }
    });
  }, true);
})();
