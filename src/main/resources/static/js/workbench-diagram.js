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
          viewer.get('canvas').zoom('fit-viewport');
          var current = diagram.current || [];
          var passed = (diagram.passed || []).filter(function (id) { return current.indexOf(id) < 0; });
          host.setAttribute('data-passed', mark(viewer, passed, 'case-passed').join(' '));
          host.setAttribute('data-current', mark(viewer, current, 'case-current').join(' '));
          host.setAttribute('data-ready', 'true');
        });
      })
      .catch(failed);
  }

  document.addEventListener('DOMContentLoaded', start);
})();
