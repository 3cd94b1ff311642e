// Draws a Camunda Form (the JSON deployed with the process, as Tasklist shows it) and reads its values.
// It knows the components the PCPE's forms use: text, textfield, textarea, number, datetime (date),
// select, radio and checkbox, with "hide" conditions of the form =key != "VALUE" or =key = "VALUE".
'use strict';

const CamundaForm = (() => {
  const escapeHtml = (text) => String(text).replace(/[&<>"']/g, (c) => ({
    '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]));

  /**
   * {{name}} placeholders of a text, filled from the context (escaped), then the Markdown Tasklist renders in
   * the PCPE's texts: ### headings, **bold**, > quotes, one paragraph a line.
   */
  function markdown(text, context) {
    const filled = escapeHtml(text).replace(/\{\{\s*(\w+)\s*\}\}/g, (m, key) => escapeHtml(context[key] ?? ''));
    return filled.split('\n').filter((line) => line.trim() !== '').map((line) => {
      const bold = line.replace(/\*\*([^*]+)\*\*/g, '<strong>$1</strong>');
      if (bold.startsWith('### ')) {
        return `<h3>${bold.slice(4)}</h3>`;
      }
      return bold.startsWith('&gt; ') ? `<blockquote>${bold.slice(5)}</blockquote>` : `<p>${bold}</p>`;
    }).join('');
  }

  function hideCondition(component) {
    const expression = component.conditional && component.conditional.hide;
    const match = expression && /^=\s*(\w+)\s*(!=|=)\s*"([^"]*)"\s*$/.exec(expression);
    if (!match) {
      return () => false;
    }
    const [, key, operator, value] = match;
    return (values) => (operator === '!=' ? values[key] !== value : values[key] === value);
  }

  function render(definition, container, context) {
    const fields = [];
    container.textContent = '';
    for (const component of definition.components || []) {
      const wrapper = document.createElement('div');
      wrapper.className = component.type === 'text' ? 'text' : 'field';
      const id = 'f_' + (component.key || component.id);
      const label = escapeHtml(component.label || component.dateLabel || '');
      const options = component.values || [];
      switch (component.type) {
        case 'text':
          wrapper.innerHTML = markdown(component.text || '', context);
          break;
        case 'radio':
          wrapper.innerHTML = `<span class="label">${label}</span>` + options.map((o, i) =>
            `<label class="choice"><input type="radio" name="${id}" value="${escapeHtml(o.value)}" id="${id}_${i}"> ${escapeHtml(o.label)}</label>`).join('');
          break;
        case 'select':
          wrapper.innerHTML = `<label for="${id}">${label}</label><select id="${id}"><option value="">—</option>` +
            options.map((o) => `<option value="${escapeHtml(o.value)}">${escapeHtml(o.label)}</option>`).join('') + '</select>';
          break;
        case 'checkbox':
          wrapper.innerHTML = `<label class="choice"><input type="checkbox" id="${id}"> ${label}</label>`;
          break;
        case 'textarea':
          wrapper.innerHTML = `<label for="${id}">${label}</label><textarea id="${id}" rows="3"></textarea>`;
          break;
        case 'number':
          wrapper.innerHTML = `<label for="${id}">${label}</label><input type="number" id="${id}">`;
          break;
        case 'datetime':
          wrapper.innerHTML = `<label for="${id}">${label}</label><input type="date" id="${id}">`;
          break;
        default:
          wrapper.innerHTML = `<label for="${id}">${label}</label><input type="text" id="${id}">`;
      }
      container.appendChild(wrapper);
      if (component.key) {
        fields.push({ component, wrapper, id, hidden: hideCondition(component) });
      }
    }

    function read() {
      const values = {};
      for (const { component, id } of fields) {
        if (component.type === 'radio') {
          const checked = container.querySelector(`input[name="${id}"]:checked`);
          values[component.key] = checked ? checked.value : null;
        } else if (component.type === 'checkbox') {
          values[component.key] = container.querySelector('#' + id).checked;
        } else {
          const raw = container.querySelector('#' + id).value.trim();
          values[component.key] = raw === '' ? null : component.type === 'number' ? Number(raw) : raw;
        }
      }
      return values;
    }

    function refresh() {
      const values = read();
      for (const field of fields) {
        field.wrapper.hidden = field.hidden(values);
      }
    }

    container.addEventListener('change', refresh);
    refresh();
    return {
      /** The values of the fields shown (hidden ones are not sent, as in Tasklist). */
      values() {
        const values = read();
        return Object.fromEntries(fields.filter((f) => !f.wrapper.hidden).map((f) => [f.component.key, values[f.component.key]]));
      },
    };
  }

  return { render };
})();
