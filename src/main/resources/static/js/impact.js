// The impact page: the figures of a period and a commune, their charts (ECharts), tables and CSV files.
'use strict';

(() => {
  const status = document.getElementById('status');
  const field = id => document.getElementById(id);
  const charts = {};

  function frenchDate(iso) {
    const [year, month, day] = iso.split('-');
    return day + '/' + month + '/' + year;
  }

  /** The period the filters describe, as the API's from/to. */
  function period() {
    const year = Number(field('year').value);
    const kind = field('kind').value;
    if (kind === 'quarter') {
      const quarter = Number(field('quarter').value);
      const start = new Date(Date.UTC(year, (quarter - 1) * 3, 1));
      const end = new Date(Date.UTC(year, quarter * 3, 0));
      return { from: start.toISOString().slice(0, 10), to: end.toISOString().slice(0, 10) };
    }
    if (kind === 'custom') {
      return { from: field('from').value, to: field('to').value };
    }
    return { from: year + '-01-01', to: year + '-12-31' };
  }

  function query() {
    const params = new URLSearchParams(period());
    const commune = field('commune').value.trim();
    if (commune) {
      params.set('commune', commune);
    }
    return params.toString();
  }

  /** A published count: a number, or masked ("< 5"), drawn as nothing. */
  const number = value => typeof value === 'number' ? value : null;

  function table(figures) {
    const element = document.createElement('table');
    const caption = element.createCaption();
    caption.textContent = figures.title + ' ';
    const csv = document.createElement('a');
    csv.href = '/api/impact/' + figures.id + '.csv?' + query();
    csv.textContent = '(CSV)';
    caption.appendChild(csv);
    const head = element.createTHead().insertRow();
    figures.columns.forEach(column => {
      const th = document.createElement('th');
      th.textContent = column;
      head.appendChild(th);
    });
    const body = element.createTBody();
    figures.rows.forEach(row => {
      const tr = body.insertRow();
      row.forEach(value => {
        const td = tr.insertCell();
        td.textContent = value;
        if (typeof value === 'number' || value === '< 5') {
          td.className = 'number';
        }
      });
    });
    if (!figures.rows.length) {
      body.insertRow().insertCell().textContent = 'Rien sur cette période.';
    }
    return element;
  }

  /** Draws the chart, or says why there is nothing to draw (no count above zero, or only masked ones). */
  function draw(id, option, values) {
    if (!values.some(value => value > 0)) {
      if (charts[id]) {
        charts[id].dispose();
        delete charts[id];
      }
      const note = document.createElement('p');
      note.className = 'chart-note';
      note.textContent = values.length && values.every(value => value === null)
        ? 'Effectifs de moins de 5 personnes : masqués, donc pas de graphique.'
        : 'Rien à montrer sur cette période (ou des effectifs de moins de 5 personnes, masqués).';
      field(id).replaceChildren(note);
      return;
    }
    field(id).querySelectorAll('.chart-note').forEach(note => note.remove());
    charts[id] = charts[id] || echarts.init(field(id), null, { renderer: 'canvas' });
    charts[id].setOption(option, true);
  }

  function bars(labels, values) {
    return {
      grid: { left: 10, right: 10, top: 25, bottom: 10, containLabel: true },
      xAxis: { type: 'category', data: labels, axisLabel: { interval: 0, rotate: 30 } },
      yAxis: { type: 'value', minInterval: 1 },
      series: [{ type: 'bar', data: values, itemStyle: { color: '#c8102e' }, label: { show: true, position: 'top' } }],
      animation: false
    };
  }

  function show(impact) {
    const byId = Object.fromEntries(impact.tables.map(t => [t.id, t]));
    field('title').textContent = (impact.structures ? 'Les chiffres de ' + impact.structures : 'L\'impact du PCPE')
      + ' du ' + frenchDate(impact.from) + ' au ' + frenchDate(impact.to)
      + (impact.commune ? ' — ' + impact.commune : '');
    field('headline').replaceChildren(...impact.headline.map(figure => {
      const div = document.createElement('div');
      const strong = document.createElement('strong');
      strong.textContent = figure.value;
      div.append(strong, figure.label);
      return div;
    }));
    field('infographic').hidden = false;

    const structures = byId.structures;
    const total = structures.rows[structures.rows.length - 1];
    const funnel = total.slice(2).map(number); // after the structure's name and the candidates promised
    draw('funnelChart', bars(structures.columns.slice(2), funnel), funnel);
    const contracts = byId.contracts.rows.slice(0, -1);
    draw('contractChart', {
      series: [{ type: 'pie', radius: '60%', data: contracts.filter(row => number(row[1]))
        .map(row => ({ name: row[0], value: row[1] })), label: { formatter: '{b} : {c}' } }],
      animation: false
    }, contracts.map(row => number(row[1])));
    const outcomes = byId.followUps.rows.filter(row => row[0].startsWith('Issue'));
    const outcomeCounts = outcomes.map(row => number(row[1]));
    draw('outcomeChart', bars(outcomes.map(row => row[0].replace('Issue : ', '')), outcomeCounts), outcomeCounts);

    field('tables').replaceChildren(...impact.tables.map(table));
  }

  async function load(event) {
    if (event) {
      event.preventDefault();
    }
    status.textContent = 'Calcul en cours…';
    try {
      show(await pcpeApi('/api/impact?' + query()));
      status.textContent = '';
    } catch (error) {
      field('infographic').hidden = true;
      field('tables').replaceChildren();
      status.textContent = error.message;
    }
  }

  field('kind').addEventListener('change', () => {
    const kind = field('kind').value;
    field('yearField').hidden = kind === 'custom';
    field('quarterField').hidden = kind !== 'quarter';
    field('fromField').hidden = kind !== 'custom';
    field('toField').hidden = kind !== 'custom';
  });
  field('print').addEventListener('click', () => window.print());
  field('filters').addEventListener('submit', load);
  window.addEventListener('resize', () => Object.values(charts).forEach(chart => chart.resize()));
  field('year').value = new Date().getFullYear();
  load();
})();
