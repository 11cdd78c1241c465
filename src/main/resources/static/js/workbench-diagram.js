// The case page's diagram (templates/workbench/case.html): bpmn-js's NavigatedViewer (static/vendor/bpmn-js) draws the
// lifecycle's model as deployed for the case, from data-diagram-url (the same answer as GET /api/cases/{no}/diagram,
// under the case's visibility rule), and marks the activities the case is in now (case-current) and those it passed
// (case-passed). The ids of both stay on the container (data-current, data-passed) for a reader or a test.
(function () {
  'use strict';

  var host = document.getElementById('case-diagram');
  if (!host) {
    return;
  }

  /** The smallest scale at which the names in the diagram can still be read. */
  var READABLE = 0.5;

  function controls(canvas) {
    document.querySelectorAll('[data-diagram-zoom]').forEach(function (button) {
      button.addEventListener('click', function () {
        var how = button.getAttribute('data-diagram-zoom');
        if (how === 'fit') {
          canvas.zoom('fit-viewport');
        } else {
          canvas.zoom(canvas.zoom() * (how === 'in' ? 1.25 : 0.8));
        }
      });
    });
  }

  function failed() {
    host.textContent = host.getAttribute('data-text-failed');
  }

  function mark(viewer, ids, marker) {
    var registry = viewer.get('elementRegistry');
    var canvas = viewer.get('canvas');
    var marked = [];
    ids.forEach(function (id) {
      if (registry.get(id)) {
        canvas.addMarker(id, marker);
        marked.push(id);
      }
    });
    return marked;
  }

  function start() {
    if (!window.BpmnJS) {
      failed();
      return;
    }
    fetch(host.getAttribute('data-diagram-url'), {headers: {'Accept': 'application/json'}, credentials: 'same-origin'})
      .then(function (response) {
        if (!response.ok) {
          throw new Error('diagram ' + response.status);
        }
        return response.json();
      })
      .then(function (diagram) {
        var viewer = new window.BpmnJS({container: host});
        return viewer.importXML(diagram.bpmnXml).then(function () {
          var canvas = viewer.get('canvas');
          var current = diagram.current || [];
          var passed = (diagram.passed || []).filter(function (id) { return current.indexOf(id) < 0; });
          host.setAttribute('data-passed', mark(viewer, passed, 'case-passed').join(' '));
          var marked = mark(viewer, current, 'case-current');
          host.setAttribute('data-current', marked.join(' '));
          canvas.zoom('fit-viewport');
          // on a narrow screen the whole process is too small to read: show the current step readably instead
          var step = marked.length ? viewer.get('elementRegistry').get(marked[marked.length - 1]) : null;
          if (step && canvas.zoom() < READABLE) {
            canvas.zoom(READABLE);
            canvas.scrollToElement(step);
          }
          controls(canvas);
          host.setAttribute('data-ready', 'true');
        });
      })
      .catch(failed);
  }

  document.addEventListener('DOMContentLoaded', start);
})();
