// ServiceBalance browser app: small enhancements over server-rendered pages (no build step, no dependencies).
// Every user-supplied text is put into the page with textContent, never as markup.
'use strict';

document.addEventListener('DOMContentLoaded', () => {
  scenarioForm(document.getElementById('scenario-form'));
  document.querySelectorAll('table.sortable').forEach(sortable);
  poll(document.getElementById('run-progress'), runProgress);
  timeline(document.getElementById('timeline'));
  poll(document.getElementById('read-model'), rebuildProgress);
  poll(document.getElementById('import-run'), importProgress);
});

// ---- Planner: the fields and the raw JSON say the same thing ----

function scenarioForm(form) {
  if (!form) return;
  const raw = form.querySelector('#scenario');
  const state = document.getElementById('scenario-state');
  const fields = Array.from(form.querySelectorAll('[data-path]'));
  const paths = [...new Set(fields.map(f => f.dataset.path))];
  const ofPath = p => fields.filter(f => f.dataset.path === p);
  const parse = () => { try { return JSON.parse(raw.value || '{}'); } catch (e) { return null; } };

  function fieldsToJson() {
    const scenario = parse();
    if (!scenario) { state.textContent = 'The JSON has an error: fix it, then the fields update it again.'; return; }
    paths.forEach(p => write(scenario, p, ofPath(p)));
    raw.value = JSON.stringify(scenario, null, 2);
    state.textContent = '';
  }
  function jsonToFields() {
    const scenario = parse();
    if (!scenario) { state.textContent = 'The JSON has an error; the fields keep their last values.'; return; }
    state.textContent = '';
    paths.forEach(p => read(scenario, p, ofPath(p)));
  }
  fields.forEach(f => f.addEventListener(f.type === 'checkbox' || f.tagName === 'SELECT' ? 'change' : 'input',
    fieldsToJson));
  raw.addEventListener('input', jsonToFields);
}

const numberOr = text => (text !== '' && isFinite(Number(text)) ? Number(text) : text);
const listOf = (text, numbers) => text.split(',').map(s => s.trim()).filter(s => s !== '')
  .map(s => (numbers ? numberOr(s) : s));

function write(scenario, path, controls) {
  const main = controls.find(c => c.dataset.kind !== 'STAFFING-METHOD');
  const kind = main.dataset.kind;
  let value;
  if (kind === 'CHOICES') {
    value = controls.filter(c => c.checked).map(c => c.value);
    if (value.length === 0) value = undefined;
  } else {
    const text = main.value.trim();
    if (text === '') value = undefined;
    else if (kind === 'TEXT' || kind === 'CHOICE') value = text;
    else if (kind === 'NUMBER') value = numberOr(text);
    else if (kind === 'DATE') value = text + 'T00:00:00Z';
    else if (kind === 'NUMBERS') value = listOf(text, true);
    else if (kind === 'STAFFING') {
      const method = controls.find(c => c.dataset.kind === 'STAFFING-METHOD').value;
      value = { [method]: listOf(text, method === 'scale') };
    }
  }
  setPath(scenario, path.split('.'), value);
}

function read(scenario, path, controls) {
  const value = path.split('.').reduce((node, key) => (node && typeof node === 'object' ? node[key] : undefined),
    scenario);
  controls.forEach(c => {
    const kind = c.dataset.kind;
    if (kind === 'CHOICES') c.checked = Array.isArray(value) && value.includes(c.value);
    else if (kind === 'STAFFING-METHOD') c.value = value && value.schedules ? 'schedules' : 'scale';
    else if (kind === 'STAFFING') {
      const list = value ? (value.schedules || value.scale) : undefined;
      c.value = Array.isArray(list) ? list.join(', ') : '';
    } else if (kind === 'DATE') c.value = typeof value === 'string' ? value.substring(0, 10) : '';
    else c.value = value === undefined || value === null ? '' : (Array.isArray(value) ? value.join(', ') : value);
  });
}

function setPath(node, keys, value) {
  const [key, ...rest] = keys;
  if (rest.length === 0) {
    if (value === undefined) delete node[key]; else node[key] = value;
    return;
  }
  if (typeof node[key] !== 'object' || node[key] === null || Array.isArray(node[key])) {
    if (value === undefined) return;
    node[key] = {};
  }
  setPath(node[key], rest, value);
  if (Object.keys(node[key]).length === 0) delete node[key];
}

// ---- Sortable tables: a button in each heading; aria-sort says the order ----

function sortable(table) {
  const headings = Array.from(table.querySelectorAll('thead th'));
  headings.forEach((th, column) => th.querySelector('button').addEventListener('click', () => {
    const ascending = th.getAttribute('aria-sort') !== 'ascending';
    headings.forEach(h => h.setAttribute('aria-sort', 'none'));
    th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
    const text = th.querySelector('button').dataset.type === 'text';
    const key = row => { const cell = row.cells[column];
      return text ? cell.textContent.replace(/^[★≈] /, '') : Number(cell.dataset.sort); };
    const body = table.tBodies[0];
    Array.from(body.rows).sort((a, b) => {
      const x = key(a), y = key(b);
      const order = text ? x.localeCompare(y) : x - y;
      return ascending ? order : -order;
    }).forEach(row => body.appendChild(row));
  }));
}

// ---- Progress of a simulation run, a rebuild and an import ----

function poll(element, update) {
  if (!element || !element.dataset.statusUrl) return;
  const tick = () => fetch(element.dataset.statusUrl, { headers: { Accept: 'application/json' } })
    .then(r => (r.ok ? r.json() : Promise.reject(r.status)))
    .then(status => { if (update(element, status) !== false) setTimeout(tick, 500); })
    .catch(() => setTimeout(tick, 2000));
  tick();
}

function runProgress(element, status) {
  element.querySelector('progress').value = status.progress;
  element.querySelector('#run-status').textContent = status.status;
  element.querySelector('#progress-text').textContent = Math.round(status.progress * 100) + '%';
  if (status.status !== 'QUEUED' && status.status !== 'RUNNING') { location.reload(); return false; }
  return true;
}

function rebuildProgress(element, status) {
  document.getElementById('lag').textContent = status.lagEvents === null ? 'unknown' : status.lagEvents + ' events';
  document.getElementById('rebuild-state').textContent = status.state;
  document.getElementById('rebuild-figures').textContent = status.processed + ' of ' + status.total + ' events, '
    + status.eventsPerSecond + ' events/s';
  document.getElementById('active-generation').textContent = status.activeGeneration;
  document.getElementById('rebuild-progress').value = status.progress;
  if (element.dataset.state === 'RUNNING' && status.state !== 'RUNNING') { location.reload(); return false; }
  element.dataset.state = status.state;
  return true;
}

function importProgress(element, status) {
  element.querySelector('progress').value = status.progress;
  document.getElementById('import-status').textContent = status.status;
  document.getElementById('import-progress-text').textContent = Math.round(status.progress * 100) + '%';
  if (status.status !== 'QUEUED' && status.status !== 'RUNNING') {
    if (element.dataset.status === 'QUEUED' || element.dataset.status === 'RUNNING') location.reload();
    return false;
  }
  return true;
}

// ---- Customer timeline: pages as the reader scrolls, new entries as they are recorded ----

function timeline(list) {
  if (!list) return;
  const end = document.getElementById('timeline-end');
  const button = document.getElementById('load-more');
  let loading = false;
  const nearEnd = () => end.getBoundingClientRect().top < window.innerHeight + 600;

  function more() {
    const cursor = list.dataset.nextCursor;
    if (loading || !cursor) return;
    loading = true;
    const url = list.dataset.moreUrl;
    fetch(url + (url.includes('?') ? '&' : '?') + 'cursor=' + encodeURIComponent(cursor))
      .then(r => r.text().then(html => ({ ok: r.ok, html })))
      .then(({ ok, html }) => {
        const page = new DOMParser().parseFromString(html, 'text/html');
        if (!ok) { end.textContent = 'Could not load more: ' + page.body.textContent.trim(); return; }
        page.querySelectorAll('li.entry').forEach(li => list.appendChild(document.importNode(li, true)));
        const next = page.querySelector('.next');
        list.dataset.nextCursor = next ? next.dataset.nextCursor || '' : '';
        if (!list.dataset.nextCursor) {
          end.textContent = 'End of the timeline.';
          if (button) button.hidden = true;
        }
      })
      .catch(() => { end.textContent = 'Could not load more; try the button again.'; })
      .finally(() => { loading = false; if (list.dataset.nextCursor && nearEnd()) more(); });
  }
  if (button) button.addEventListener('click', more);
  if ('IntersectionObserver' in window) {
    new IntersectionObserver(seen => { if (seen.some(e => e.isIntersecting)) more(); }, { rootMargin: '600px' })
      .observe(end);
  }
  if (list.dataset.streamUrl) live(list);
}

function live(list) {
  const status = document.getElementById('live-status');
  const channels = (list.dataset.channels || '').split(',').filter(Boolean);
  const types = (list.dataset.types || '').split(',').filter(Boolean);
  const source = new EventSource(list.dataset.streamUrl);
  source.onopen = () => {
    list.dataset.live = 'open';
    status.textContent = 'Live: new entries appear as they are recorded.';
  };
  source.onerror = () => {
    list.dataset.live = 'closed';
    status.textContent = 'Live updates paused; reconnecting…';
  };
  source.addEventListener('timeline-entry', event => {
    const entry = JSON.parse(event.data);
    if (channels.length && !channels.includes(entry.channel)) return;
    if (types.length && !types.includes(entry.type)) return;
    const li = entryItem(entry);
    li.classList.add('new');
    list.insertBefore(li, list.firstChild);
    status.textContent = 'New entry: ' + entry.type + ', ' + entry.summary;
  });
}

function entryItem(entry) {
  const li = document.createElement('li');
  li.className = 'entry';
  li.dataset.occurredAt = entry.occurredAt;
  li.dataset.type = entry.type;
  if (entry.channel) li.dataset.channel = entry.channel;
  const time = document.createElement('time');
  time.dateTime = entry.occurredAt;
  time.textContent = entry.occurredAt.substring(0, 19).replace('T', ' ');
  li.appendChild(time);
  const part = (cls, text) => { const s = document.createElement('span'); s.className = cls; s.textContent = text;
    li.appendChild(s); };
  part('type', entry.type);
  if (entry.channel) part('channel', entry.channel);
  part('summary', entry.summary);
  if (entry.actor) part('actor', 'by ' + entry.actor);
  if (entry.contactId) part('case', 'case ' + entry.contactId);
  return li;
}
