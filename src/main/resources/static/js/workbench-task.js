// The task page's form (templates/workbench/task.html): bpmn.io's form-js viewer (static/vendor/form-js, the version
// Camunda 7.24's Tasklist uses) draws the task's form from the same forms/<formRef>.form, with the values and options
// the server gives (GET data-form-url). Completing posts the form's data to data-complete-url with the page's CSRF
// token; the server's refusals come back by field and are shown on those fields (form-js's own error slot, tied to
// the input by aria-describedby) and in a summary above the form linking to them. The draft is kept on the server
// (PUT data-draft-url). No inline script anywhere: the Content-Security-Policy allows none.
(function () {
  'use strict';

  var host = document.getElementById('task-form');
  if (!host) {
    return;
  }
  var summary = document.getElementById('task-form-errors');
  var draftStatus = document.getElementById('task-draft-status');
  var submitButton = document.getElementById('task-submit');
  var draftButton = document.getElementById('task-save-draft');
  var messages = JSON.parse(host.getAttribute('data-messages') || '{}');
  var form = null;
  var schema = null;

  function meta(name) {
    var element = document.querySelector('meta[name="' + name + '"]');
    return element ? element.getAttribute('content') : null;
  }

  function send(method, url, body) {
    var headers = {'Accept': 'application/json'};
    if (body !== undefined) {
      headers['Content-Type'] = 'application/json';
    }
    if (meta('_csrf_header') && meta('_csrf')) {
      headers[meta('_csrf_header')] = meta('_csrf');
    }
    return fetch(url, {method: method, headers: headers, credentials: 'same-origin',
      body: body === undefined ? undefined : JSON.stringify(body)});
  }

  function failed() {
    showSummary([host.getAttribute('data-text-failed')]);
  }

  // form-js's own checks speak English; the page's words for each rule replace them ({0}: the rule's number)
  var RULES = [
    [/^Field is required\.$/, 'required'],
    [/^Field must have minimum length of (.+)\.$/, 'minLength'],
    [/^Field must have maximum length of (.+)\.$/, 'maxLength'],
    [/^Field must have minimum value of (.+)\.$/, 'min'],
    [/^Field must have maximum value of (.+)\.$/, 'max'],
    [/^Field must match pattern (.+)\.$/, 'pattern'],
    [/^Field must be a valid email\.$/, 'email'],
    [/^Field must be a valid\s+international phone number/, 'phone'],
    [/^Value is not a number\.$/, 'number'],
    [/^Value is expected to be an integer\.$/, 'integer'],
    [/^Value is expected to have at most (\d+) decimal digit/, 'decimals']
  ];

  function translate(message) {
    for (var i = 0; i < RULES.length; i++) {
      var match = RULES[i][0].exec(message);
      if (match && messages[RULES[i][1]]) {
        return messages[RULES[i][1]].replace('{0}', match[1] || '');
      }
    }
    return message;
  }

  // the few words form-js writes itself (a list's placeholder, its empty state): the page's words instead, kept so as
  // form-js draws its parts again
  var LIBRARY_WORDS = {'Select': 'select', 'Search': 'search', 'No results': 'no-results',
    'All values selected': 'all-values-selected', 'Remove tag': 'remove-tag'};

  function word(english) {
    return LIBRARY_WORDS[english] ? host.getAttribute('data-word-' + LIBRARY_WORDS[english]) : null;
  }

  function localizeLibraryWords() {
    host.querySelectorAll('input[placeholder]').forEach(function (input) {
      var own = word(input.getAttribute('placeholder'));
      if (own) {
        input.setAttribute('placeholder', own);
      }
    });
    host.querySelectorAll('[title]').forEach(function (element) {
      var own = word(element.getAttribute('title'));
      if (own) {
        element.setAttribute('title', own);
      }
    });
    host.querySelectorAll('.fjs-select-display, .fjs-dropdownlist-empty').forEach(function (element) {
      element.childNodes.forEach(function (node) {
        var own = node.nodeType === Node.TEXT_NODE ? word(node.nodeValue) : null;
        if (own) {
          node.nodeValue = own;
        }
      });
    });
  }

  function localizeChecks() {
    var validator = form.get('validator');
    var check = validator.validateFieldInstance.bind(validator);
    validator.validateFieldInstance = function (instance, value) {
      return check(instance, value).map(translate);
    };
  }

  // every component of the schema with a key, nested ones included: key → component
  function keyed(components, found) {
    (components || []).forEach(function (component) {
      if (component.key) {
        found[component.key] = component;
      }
      keyed(component.components, found);
    });
    return found;
  }

  function fieldElement(componentId) {
    return host.querySelector('[id^="fjs-form-' + form._id + '-' + componentId + '"]');
  }

  // the messages above the form: [text] or [{label, text, target}] (target: the id of the field's input)
  function showSummary(items) {
    var list = summary.querySelector('ul');
    list.textContent = '';
    items.forEach(function (item) {
      var li = document.createElement('li');
      if (typeof item === 'string') {
        li.textContent = item;
      } else {
        var link = document.createElement('a');
        link.className = 'alert-link';
        link.href = '#' + (item.target || 'task-form');
        link.textContent = (item.label ? item.label + ': ' : '') + item.text;
        li.appendChild(link);
      }
      list.appendChild(li);
    });
    summary.hidden = items.length === 0;
    if (items.length) {
      summary.focus();
    }
  }

  function summaryOf(errorsByComponentId) {
    var byId = {};
    Object.values(keyed(schema.components, {})).forEach(function (c) { byId[c.id] = c; });
    return Object.keys(errorsByComponentId).map(function (id) {
      var element = fieldElement(id);
      return {label: byId[id] ? (byId[id].label || byId[id].dateLabel || byId[id].key) : id,
        text: [].concat(errorsByComponentId[id]).join('; '), target: element ? element.id : null};
    });
  }

  // the server's refusals by field key, on their fields (form-js draws them under the input) and in the summary
  function showServerErrors(errorsByKey) {
    var components = keyed(schema.components, {});
    var onFields = {};
    var elsewhere = [];
    Object.keys(errorsByKey).forEach(function (key) {
      if (components[key]) {
        onFields[components[key].id] = errorsByKey[key];
      } else {
        elsewhere.push({label: key, text: errorsByKey[key].join('; ')});
      }
    });
    form._setState({errors: onFields});
    showSummary(summaryOf(onFields).concat(elsewhere));
  }

  function complete() {
    var result = form.submit();
    var clientErrors = Object.keys(result.errors || {});
    if (clientErrors.length) {
      showSummary(summaryOf(result.errors));
      return;
    }
    submitButton.disabled = true;
    draftStatus.textContent = host.getAttribute('data-text-sending');
    send('POST', host.getAttribute('data-complete-url'), result.data).then(function (response) {
      return response.json().catch(function () { return {}; }).then(function (answer) {
        submitButton.disabled = false;
        draftStatus.textContent = '';
        if (response.ok && answer.location) {
          window.location.assign(answer.location);
        } else if (response.status === 400 && answer.errors) {
          showServerErrors(answer.errors);
        } else if (answer.message) {
          showSummary([answer.message]);
        } else {
          failed();
        }
      });
    }).catch(function () {
      submitButton.disabled = false;
      failed();
    });
  }

  function saveDraft() {
    draftStatus.textContent = host.getAttribute('data-text-saving');
    send('PUT', host.getAttribute('data-draft-url'), form._getSubmitData()).then(function (response) {
      return response.json().then(function (answer) {
        draftStatus.textContent = response.ok ? answer.draftSaved : host.getAttribute('data-text-failed');
      });
    }).catch(function () {
      draftStatus.textContent = host.getAttribute('data-text-failed');
    });
  }

  function start() {
    send('GET', host.getAttribute('data-form-url')).then(function (response) {
      if (!response.ok) {
        throw new Error('form ' + response.status);
      }
      return response.json();
    }).then(function (answer) {
      schema = answer.schema;
      host.textContent = '';
      // debounce off: what is typed is in the form's data at once, so a draft or a completion right after typing
      // (a press of Enter, a button reached without leaving the field) never misses the last keystrokes
      form = new window.FormViewer.Form({container: host, properties: {readOnly: !!answer.readOnly}, debounce: false});
      localizeChecks();
      new MutationObserver(localizeLibraryWords).observe(host, {childList: true, subtree: true, characterData: true,
        attributes: true, attributeFilter: ['placeholder', 'title']});
      return form.importSchema(answer.schema, answer.data).then(function () {
        host.setAttribute('data-ready', 'true');
        if (submitButton) {
          submitButton.addEventListener('click', complete);
        }
        if (draftButton) {
          draftButton.addEventListener('click', saveDraft);
        }
      });
    }).catch(failed);
  }

  document.addEventListener('DOMContentLoaded', start);
})();
