/*
 * Loaded first by taskpane.html, before office.js and the pane's own script, and written
 * in ECMAScript 5 so that every webview can run it. Some Office/Windows combinations show
 * task panes in Internet Explorer 11 (Trident) or Edge Legacy (EdgeHTML), which cannot
 * run the pane's modern script: instead of a blank pane, this shows the message Microsoft
 * recommends (Office Add-ins, "Support older Microsoft webviews and Office versions"). The
 * worksheet functions do not use this webview and keep working.
 */
(function () {
  "use strict";
  var agent = window.navigator.userAgent;
  var trident = agent.indexOf("Trident/") !== -1 || agent.indexOf("MSIE ") !== -1;
  var edgeHtml = agent.indexOf("Edge/") !== -1; // EdgeHTML; Chromium Edge says "Edg/"
  if (!trident && !edgeHtml) return;

  document.documentElement.setAttribute("data-old-webview", trident ? "trident" : "edgehtml");
  function show() {
    var message = document.getElementById("old-webview");
    var pane = document.getElementById("pane");
    if (pane) pane.style.display = "none";
    if (message) {
      message.removeAttribute("hidden");
      message.style.display = "block";
    }
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", show);
  else show();
})();
