// The dashboard's charts (templates/dashboard/*.html), drawn with ECharts from the tables next to them: a table marked
// data-chart is the chart's data (its accessible form); its row headings are the categories, the column headings marked
// data-series the series, each cell's data-value the number and data-href the case search a click on its bar opens.
// The Content-Security-Policy allows no inline script or style: ECharts draws on a canvas and its tooltip is drawn there
// too (renderMode 'richText'), so nothing needs an inline style.
(function () {
  'use strict';

  var PALETTE = ['#0d6efd', '#fd7e14', '#dc3545', '#6f42c1', '#198754', '#20c997', '#6c757d'];

  function read(table) {
    var headings = Array.prototype.slice.call(table.querySelectorAll('thead th')).slice(1);
    var charted = [];
    headings.forEach(function (th, index) {
      if (th.hasAttribute('data-series')) {
        charted.push({index: index, name: th.getAttribute('data-series'), unit: th.getAttribute('data-unit')});
      }
    });
    var categories = [];
    var values = charted.map(function () { return []; });
    var hrefs = charted.map(function () { return []; });
    table.querySelectorAll('tbody tr').forEach(function (row) {
      categories.push(row.querySelector('th').textContent.trim());
      var cells = row.querySelectorAll('td');
      charted.forEach(function (series, s) {
        var cell = cells[series.index];
        var value = cell ? cell.getAttribute('data-value') : '';
        values[s].push(value === null || value === '' ? null : Number(value));
        hrefs[s].push(cell ? cell.getAttribute('data-href') : null);
      });
    });
    return {categories: categories, series: charted, values: values, hrefs: hrefs};
  }

  function option(kind, data) {
    var horizontal = kind === 'hbar';
    var percent = data.series.length > 0 && data.series[0].unit === 'PERCENT';
    var categoryAxis = {type: 'category', data: data.categories, axisLabel: {interval: 0, hideOverlap: true,
      rotate: horizontal || data.categories.length < 5 ? 0 : 30, width: horizontal ? 140 : 90, overflow: 'truncate'},
      inverse: horizontal};
    var valueAxis = {type: 'value', minInterval: percent ? 0 : 1, max: percent ? 100 : null,
      axisLabel: {formatter: percent ? '{value}%' : '{value}'}};
    return {
      color: PALETTE,
      animation: false,
      aria: {enabled: false},
      grid: {left: horizontal ? 150 : 48, right: 16, top: 40, bottom: horizontal || data.categories.length < 5 ? 32 : 72},
      legend: {top: 0, type: 'scroll'},
      tooltip: {trigger: 'axis', renderMode: 'richText', axisPointer: {type: kind === 'line' ? 'line' : 'shadow'}},
      xAxis: horizontal ? valueAxis : categoryAxis,
      yAxis: horizontal ? categoryAxis : valueAxis,
      series: data.series.map(function (series, s) {
        return {
          name: series.name,
          type: kind === 'line' ? 'line' : 'bar',
          stack: kind === 'stacked-bar' ? 'total' : undefined,
          data: data.values[s],
          cursor: 'pointer',
          emphasis: {focus: 'series'}
        };
      })
    };
  }

  function draw(table) {
    var kind = table.getAttribute('data-chart');
    var target = document.getElementById(table.getAttribute('data-chart-target'));
    if (!kind || kind === 'none' || !target || typeof echarts === 'undefined') {
      return;
    }
    var data = read(table);
    if (data.categories.length === 0) {
      return;
    }
    var chart = echarts.init(target, null, {renderer: 'canvas'});
    chart.setOption(option(kind, data));
    // a bar or point leads where its number in the table leads: the cases it counted
    chart.on('click', function (params) {
      var href = data.hrefs[params.seriesIndex] && data.hrefs[params.seriesIndex][params.dataIndex];
      if (href) {
        window.location.assign(href);
      }
    });
    window.addEventListener('resize', function () { chart.resize(); });
  }

  document.addEventListener('DOMContentLoaded', function () {
    document.querySelectorAll('table.dashboard-table[data-chart]').forEach(draw);
  });
})();
