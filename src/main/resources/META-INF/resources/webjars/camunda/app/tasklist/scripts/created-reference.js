// PCPE Workflow: what a start form creates answers with its reference. Tasklist only says "C'est enregistré." and
// closes the form; this reads the started instance's business key (the record's reference, e.g. ORI-2026-00012)
// from the engine's answer and says it, with a link to where the record can be seen.
(function () {
  'use strict';
  var START = /\/process-definition\/[^/]+\/(submit-form|start)$/;
  // the application's references (DRV-2026-0007, ORI-2026-00012…): other business keys are not for people
  var REFERENCE = /^[A-Z]{3}-\d{4}-\d+$/;

  function show(reference) {
    var old = document.querySelector('.pcpe-created');
    if (old) {
      old.remove();
    }
    var notice = document.createElement('div');
    notice.className = 'pcpe-created alert alert-success';
    notice.setAttribute('role', 'status');
    notice.appendChild(document.createTextNode('Enregistré sous la référence '));
    var strong = document.createElement('strong');
    strong.textContent = reference;
    notice.appendChild(strong);
    notice.appendChild(document.createTextNode('. '));
    if (reference.indexOf('ORI-') === 0) {
      // a referral: the structure follows its candidate on the journey page
      var link = document.createElement('a');
      link.href = '/parcours';
      link.textContent = 'Voir le parcours du candidat';
      notice.appendChild(link);
    }
    var close = document.createElement('button');
    close.type = 'button';
    close.className = 'close';
    close.setAttribute('aria-label', 'Fermer');
    close.textContent = '×';
    close.addEventListener('click', function () { notice.remove(); });
    notice.insertBefore(close, notice.firstChild);
    document.body.appendChild(notice);
  }

  var open = XMLHttpRequest.prototype.open;
  XMLHttpRequest.prototype.open = function (method, url) {
    this.pcpeStart = String(method).toUpperCase() === 'POST' && START.test(String(url).split('?')[0]);
    return open.apply(this, arguments);
  };
  var send = XMLHttpRequest.prototype.send;
  XMLHttpRequest.prototype.send = function () {
    if (this.pcpeStart) {
      this.addEventListener('load', function () {
        if (this.status === 200) {
          try {
            var started = JSON.parse(this.responseText);
            if (started && REFERENCE.test(started.businessKey || '')) {
              show(started.businessKey);
            }
          } catch (unreadable) {
            // not the engine's answer: nothing to say
          }
        }
      });
    }
    return send.apply(this, arguments);
  };
})();
