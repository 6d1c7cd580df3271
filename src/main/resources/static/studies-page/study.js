// The study page: reads GET /v1/studies/{id} (the API workers use) every few seconds and
// draws it with uPlot. With API keys configured it asks for one and sends it as X-API-Key;
// the key stays in this tab's sessionStorage.
(function () {
  'use strict';
  const POLL_MS = 5000;
  const KEY = 'hparam-advisor.api-key';
  const id = decodeURIComponent(location.pathname.split('/').filter(Boolean).pop() || '');
  const $ = (selector) => document.querySelector(selector);
  const charts = {};
  let timer = null;

  $('#key-form').addEventListener('submit', (event) => {
    event.preventDefault();
    sessionStorage.setItem(KEY, $('#api-key').value.trim());
    $('#api-key').value = '';
    refresh();
  });

  async function refresh() {
    clearTimeout(timer);
    const headers = { Accept: 'application/json' };
    const key = sessionStorage.getItem(KEY);
    if (key) {
      headers['X-API-Key'] = key;
    }
    try {
      const response = await fetch('/v1/studies/' + encodeURIComponent(id), { headers });
      if (response.status === 401) {
        $('#key-form').hidden = false;
        showError(key ? 'That API key is not known; enter another.' : 'This service needs an API key for studies.');
        return;
      }
      const body = await response.json();
      if (!response.ok) {
        showError(body.detail || ('The service answered ' + response.status));
        return;
      }
      $('#error').hidden = true;
      $('#key-form').hidden = !key;
      render(body);
    } catch (failure) {
      showError('Cannot reach the service: ' + failure.message);
    }
    timer = setTimeout(refresh, POLL_MS);
  }

  function showError(message) {
    const error = $('#error');
    error.textContent = message;
    error.hidden = false;
  }

  function render(study) {
    document.title = study.name + ' - tuning study';
    $('#title').textContent = study.name;
    const c = study.counts;
    $('#summary').textContent = study.objective.goal + ' ' + study.objective.metric + ' · ' + study.sampler
      + ' sampler, ' + study.pruner + ' pruner · ' + study.state + ' · ' + c.completed + ' completed, '
      + c.pruned + ' pruned, ' + c.failed + ' failed, ' + c.running + ' running, ' + c.expired + ' expired · '
      + c.remaining + ' of ' + study.budget.max_trials + ' remaining';
    const finished = study.trials.filter((t) => (t.state === 'COMPLETED' || t.state === 'PRUNED') && t.value != null);
    progress(study, finished);
    study.space.forEach((dimension) => parameter(dimension, study, finished));
    running(study.trials.filter((t) => t.state === 'RUNNING'));
    $('#best').textContent = study.best ? JSON.stringify({ number: study.best.number, value: study.best.value,
      parameters: study.best.parameters }, null, 2) : 'None completed yet.';
  }

  function progress(study, finished) {
    const maximize = study.objective.goal === 'maximize';
    const xs = [];
    const completed = [];
    const pruned = [];
    const best = [];
    let sofar = null;
    finished.forEach((t) => {
      xs.push(t.number);
      completed.push(t.state === 'COMPLETED' ? t.value : null);
      pruned.push(t.state === 'PRUNED' ? t.value : null);
      if (t.state === 'COMPLETED' && (sofar == null || (maximize ? t.value > sofar : t.value < sofar))) {
        sofar = t.value;
      }
      best.push(sofar);
    });
    draw('progress', $('#progress'), {
      title: study.objective.metric + ' by trial',
      scales: { x: { time: false } },
      axes: [{ label: 'trial' }, { label: study.objective.metric }],
      series: [{ label: 'trial' }, dots('completed', '#1f6feb'), dots('pruned', '#d29922'),
        { label: 'best so far', stroke: '#2da44e', width: 2, spanGaps: true }]
    }, [xs, completed, pruned, best]);
  }

  function parameter(dimension, study, finished) {
    const holder = 'param-' + dimension.name;
    let element = document.getElementById(holder);
    if (!element) {
      element = document.createElement('div');
      element.id = holder;
      element.className = 'chart';
      $('#parameters').appendChild(element);
    }
    const choice = dimension.type === 'choice';
    const points = finished.map((t) => [choice ? dimension.choices.indexOf(t.parameters[dimension.name])
      : t.parameters[dimension.name], t.value]).sort((a, b) => a[0] - b[0]);
    const x = {};
    if (dimension.scale === 'log') {
      x.distr = 3;
    }
    x.time = false;
    draw(holder, element, {
      title: study.objective.metric + ' against ' + dimension.name,
      scales: { x },
      axes: [{ label: dimension.name, values: choice ? (u, ticks) => ticks.map((i) => dimension.choices[i] ?? '')
        : (u, ticks) => ticks.map(tick) },
        { label: study.objective.metric }],
      series: [{ label: dimension.name }, dots(study.objective.metric, '#1f6feb')]
    }, [points.map((p) => p[0]), points.map((p) => p[1])]);
  }

  // a tick as text: small and large numbers in exponent form (uPlot's default rounds 2e-5 to 0)
  function tick(value) {
    if (value == null) {
      return '';
    }
    const size = Math.abs(value);
    return (size !== 0 && (size < 1e-3 || size >= 1e5)) ? value.toExponential(1).replace('.0e', 'e')
      : String(Number(value.toPrecision(3)));
  }

  function dots(label, colour) {
    return { label, stroke: colour, paths: () => null, points: { show: true, size: 7, fill: colour } };
  }

  function draw(name, element, options, data) {
    const width = Math.max(320, element.clientWidth || 600);
    if (charts[name]) {
      charts[name].setData(data);
      return;
    }
    charts[name] = new uPlot(Object.assign({ width, height: 280 }, options), data, element);
  }

  function running(trials) {
    const body = $('#running tbody');
    body.replaceChildren(...trials.map((t) => {
      const row = document.createElement('tr');
      const left = Math.round((Date.parse(t.lease_expires_at) - Date.now()) / 1000);
      [t.number, t.worker || '', JSON.stringify(t.parameters), t.last_step ?? '',
        t.lease_expires_at + (left >= 0 ? ' (in ' + left + ' s)' : ' (expired)')].forEach((text) => {
        const cell = document.createElement('td');
        cell.textContent = text;
        row.appendChild(cell);
      });
      return row;
    }));
    if (!trials.length) {
      const row = document.createElement('tr');
      row.innerHTML = '<td colspan="5" class="muted">None running.</td>';
      body.appendChild(row);
    }
  }

  refresh();
})();
