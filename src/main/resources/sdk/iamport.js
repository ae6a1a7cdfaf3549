/*
 * npay-preflight: a stand-in for i'mport's iamport.js, served by the simulator.
 *
 * It behaves like the real SDK for Naver Pay: IMP.init, IMP.agency and IMP.request_pay, popup mode
 * (naverPopupMode: true, result to the callback) and redirect mode (result to m_redirect_url). Every
 * call is reported to the simulator, with its parameters exactly as given, before anything else
 * happens. Plain ES5 with no dependencies, so that it runs in HtmlUnit as well as in Chromium.
 */
(function (window, document) {
  'use strict';

  var POLL_MS = 25;
  var previous = window.IMP;
  var base = simulatorBase();
  var state = { userCode: null, tierCode: null };

  function simulatorBase() {
    var script = document.currentScript;
    if (!script) {
      var scripts = document.getElementsByTagName('script');
      for (var i = scripts.length - 1; i >= 0; i--) {
        if (/iamport(\.payment-[^\/]*)?\.js/.test(scripts[i].src || '')) {
          script = scripts[i];
          break;
        }
      }
    }
    var src = script ? script.src : '';
    return src.replace(/\/(v1\/iamport\.js|js\/iamport\.payment-[^\/]*\.js)(\?.*)?$/, '');
  }

  function warnIfRealSdkPresent() {
    var message =
      'npay-preflight: a real iamport SDK is also loaded on this page. Payments will go to the ' +
      'real gateway, not to the simulator at ' + base + '. Load only one iamport.js.';
    if (previous && !previous.__preflight) {
      console.warn(message);
      return;
    }
    var scripts = document.getElementsByTagName('script');
    for (var i = 0; i < scripts.length; i++) {
      var src = scripts[i].src || '';
      if (/iamport(\.payment-[^\/]*)?\.js/.test(src) && src.indexOf(base + '/') !== 0) {
        console.warn(message);
        return;
      }
    }
  }

  // Synchronous on purpose: the call is journaled before the SDK acts, and the popup still opens
  // inside the buyer's click, which an asynchronous round trip would lose.
  function post(path, body) {
    var xhr = new XMLHttpRequest();
    xhr.open('POST', base + path, false);
    xhr.setRequestHeader('Content-Type', 'text/plain;charset=UTF-8');
    xhr.send(JSON.stringify(body));
    if (xhr.status !== 200) {
      throw new Error('npay-preflight simulator answered HTTP ' + xhr.status + ': ' + xhr.responseText);
    }
    return JSON.parse(xhr.responseText);
  }

  function report(call, extra) {
    var body = {
      call: call,
      user_code: state.userCode,
      tier_code: state.tierCode,
      page_url: String(window.location.href),
      user_agent: navigator.userAgent
    };
    for (var key in extra) {
      if (Object.prototype.hasOwnProperty.call(extra, key)) {
        body[key] = extra[key];
      }
    }
    return post('/__sim/sdk/' + call, body);
  }

  function unreachable(error, params) {
    return {
      success: false,
      imp_success: false,
      error_code: 'SIMULATOR_UNREACHABLE',
      error_msg: 'npay-preflight 시뮬레이터에 연결할 수 없습니다: ' + error.message,
      imp_uid: null,
      merchant_uid: params && params.merchant_uid
    };
  }

  function later(callback, rsp) {
    if (typeof callback === 'function') {
      window.setTimeout(function () {
        callback(rsp);
      }, 0);
    }
  }

  // Only http(s) URLs, or ones relative to this (http(s)) page, are ever followed: a javascript:,
  // data: or vbscript: URL would run in the merchant's page. Browsers ignore leading and trailing
  // controls and spaces, and tabs and newlines anywhere, when they read a scheme; so does this.
  function followable(url) {
    if (typeof url !== 'string') {
      return false;
    }
    var cleaned = url.replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '').replace(/[\t\n\r]/g, '');
    var scheme = /^([a-zA-Z][a-zA-Z0-9+.\-]*):/.exec(cleaned);
    return !scheme || /^https?$/i.test(scheme[1]);
  }

  function finish(reply, callback) {
    if (typeof callback === 'function') {
      later(callback, reply.response);
    } else if (reply.redirect_url && followable(reply.redirect_url)) {
      window.location.href = reply.redirect_url;
    } else if (reply.redirect_url) {
      console.warn('npay-preflight: not following a non-http(s) m_redirect_url:', reply.response);
    } else {
      console.warn('npay-preflight: request_pay ended without a callback to tell:', reply.response);
    }
  }

  // The result is handed to the merchant only once the popup is closed: calling into the opener
  // from a closing popup (or raising an alert then) hangs ChromeDriver. The simulator keeps the
  // window's result, so the SDK simply asks for it; a popup closed before any result is a cancel.
  function watch(popup, session, callback) {
    var timer = window.setInterval(function () {
      if (!popup.closed) {
        return;
      }
      window.clearInterval(timer);
      var reply;
      try {
        reply = post('/__sim/sdk/sessions/' + session + '/closed', {});
      } catch (error) {
        reply = { response: unreachable(error, null) };
      }
      finish(reply, callback);
    }, POLL_MS);
  }

  var IMP = {
    __preflight: true,

    init: function (userCode) {
      state.userCode = userCode;
      state.tierCode = null;
      try {
        report('init', {});
      } catch (error) {
        console.warn('npay-preflight: could not journal IMP.init: ' + error.message);
      }
    },

    agency: function (userCode, tierCode) {
      state.userCode = userCode;
      state.tierCode = tierCode;
      try {
        report('init', { agency: true });
      } catch (error) {
        console.warn('npay-preflight: could not journal IMP.agency: ' + error.message);
      }
    },

    request_pay: function (params, callback) {
      var reply;
      try {
        reply = report('request_pay', {
          params: params === undefined ? null : params,
          has_callback: typeof callback === 'function'
        });
      } catch (error) {
        later(callback, unreachable(error, params));
        return;
      }
      if (!reply.ok) {
        finish(reply, callback);
        return;
      }
      var url = base + reply.window_path;
      if (reply.mode === 'redirect') {
        window.location.href = url;
        return;
      }
      var popup = window.open(url, 'npay_preflight_' + reply.session, 'width=480,height=720');
      if (!popup) {
        finish(post('/__sim/sdk/sessions/' + reply.session + '/blocked', {}), callback);
        return;
      }
      watch(popup, reply.session, callback);
    }
  };

  warnIfRealSdkPresent();
  window.IMP = IMP;
})(window, document);
