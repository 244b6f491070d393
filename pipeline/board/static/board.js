// wirewatch live alert board. Article text only ever reaches the page through textContent
// (never innerHTML), so a body that contains markup shows as text; cue words arrive as
// separate segments from the server and are wrapped in <mark> elements built here.
"use strict";

(function () {
  const SEVERITIES = ["low", "medium", "high", "critical"];
  const HOUR_MS = 60 * 60 * 1000;
  const BUCKETS = 12; // five-minute bars over the last hour
  const SVG = "http://www.w3.org/2000/svg";

  const cards = new Map(); // alert_id -> card data
  const elements = new Map(); // alert_id -> rendered <article>
  const superseded = new Set(); // ids replaced by an escalation; never shown again
  let scheduled = false;
  let firstBatchDone = false;

  const $ = (id) => document.getElementById(id);

  function el(tag, className, text) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }

  function rank(severity) {
    const at = SEVERITIES.indexOf(severity);
    return at < 0 ? 0 : at;
  }

  function severityClass(severity) {
    return "sev-" + SEVERITIES[rank(severity)];
  }

  function formatTime(iso) {
    const date = new Date(iso);
    if (Number.isNaN(date.getTime())) return "";
    return date.toISOString().slice(0, 16).replace("T", " ") + " UTC";
  }

  function renderCard(card) {
    const article = el("article", "card " + severityClass(card.severity));
    article.dataset.alertId = card.alert_id;
    article.dataset.severity = SEVERITIES[rank(card.severity)];

    const head = el("header", "card-head");
    head.appendChild(el("span", "badge " + severityClass(card.severity), card.severity));
    head.appendChild(el("span", "category", card.category.code + " " + card.category.name));
    head.appendChild(el("span", "countries", (card.countries || []).join(" · ")));
    if (card.kind === "surge") head.appendChild(el("span", "kind", "surge"));
    const time = el("time", "published", formatTime(card.published_at));
    time.dateTime = card.published_at;
    time.title = "published; detected " + formatTime(card.detected_at);
    head.appendChild(time);
    article.appendChild(head);

    if (card.escalates) {
      const before = card.escalates.severity;
      const text = before
        ? "Escalated from " + before + " to " + card.severity + ": replaces the earlier alert on this story."
        : "Escalated to " + card.severity + ": replaces an earlier alert on this story.";
      article.appendChild(el("p", "escalation", text));
    }

    article.appendChild(el("h3", "headline", card.headline || "(no headline)"));

    if (card.evidence && card.evidence.length) {
      const list = el("ul", "evidence");
      for (const sentence of card.evidence) {
        const item = el("li", "sentence");
        for (const [text, isCue] of sentence.segments) {
          item.appendChild(isCue ? el("mark", "cue", text) : document.createTextNode(text));
        }
        list.appendChild(item);
      }
      article.appendChild(list);
    }

    const foot = el("div", "card-foot",
      "subject " + (card.subject || "–") + " · score " + card.score + " · detected " +
      formatTime(card.detected_at));
    article.appendChild(foot);
    return article;
  }

  function addCard(card) {
    if (superseded.has(card.alert_id)) return;
    if (card.supersedes) {
      superseded.add(card.supersedes);
      cards.delete(card.supersedes);
      const old = elements.get(card.supersedes);
      if (old) old.remove();
      elements.delete(card.supersedes);
    }
    const previous = elements.get(card.alert_id);
    if (previous) previous.remove();
    cards.set(card.alert_id, card);
    const node = renderCard(card);
    if (firstBatchDone) node.classList.add("fresh");
    elements.set(card.alert_id, node);
    schedule();
  }

  function schedule() {
    if (scheduled) return;
    scheduled = true;
    window.requestAnimationFrame(() => {
      scheduled = false;
      refresh();
    });
  }

  function filters() {
    return {
      severity: $("filter-severity").value,
      country: $("filter-country").value,
      category: $("filter-category").value,
    };
  }

  function cardCountries(card) {
    const named = new Set(card.countries || []);
    for (const part of (card.subject || "").split("-")) if (/^[A-Z]{3}$/.test(part)) named.add(part);
    return named;
  }

  function passes(card, f) {
    if (rank(card.severity) < rank(f.severity)) return false;
    if (f.country && !cardCountries(card).has(f.country)) return false;
    if (f.category && card.category.code !== f.category) return false;
    return true;
  }

  function newestFirst(a, b) {
    const byTime = Date.parse(b.detected_at) - Date.parse(a.detected_at);
    if (byTime !== 0) return byTime;
    const byPublished = Date.parse(b.published_at) - Date.parse(a.published_at);
    return byPublished !== 0 ? byPublished : (a.alert_id < b.alert_id ? -1 : 1);
  }

  function syncOptions(select, values, label) {
    const chosen = select.value;
    const wanted = ["", ...values.map((v) => v[0])];
    const have = Array.from(select.options).map((o) => o.value);
    if (wanted.join("\u0000") === have.join("\u0000")) return;
    select.replaceChildren(el("option", null, label));
    select.options[0].value = "";
    for (const [value, text] of values) {
      const option = el("option", null, text);
      option.value = value;
      select.appendChild(option);
    }
    select.value = wanted.includes(chosen) ? chosen : "";
  }

  function refresh() {
    const all = Array.from(cards.values()).sort(newestFirst);
    const countries = new Set();
    const categories = new Map();
    for (const card of all) {
      for (const c of cardCountries(card)) countries.add(c);
      categories.set(card.category.code, card.category.code + " " + card.category.name);
    }
    syncOptions($("filter-country"), Array.from(countries).sort().map((c) => [c, c]), "all countries");
    syncOptions($("filter-category"), Array.from(categories.entries()).sort(), "all categories");

    const f = filters();
    const shown = all.filter((card) => passes(card, f));
    const feed = $("feed");
    const nodes = shown.map((card) => elements.get(card.alert_id));
    feed.replaceChildren(...nodes);
    if (!nodes.length) feed.appendChild(el("p", "muted", all.length ? "No alert matches the filters." :
      "No alerts yet. New alerts appear here as the worker raises them."));
    $("shown-count").textContent = shown.length + " of " + all.length + " alerts shown";
    drawStats(shown);
  }

  function drawStats(shown) {
    const now = Date.now();
    const recent = shown.filter((card) => now - Date.parse(card.detected_at) <= HOUR_MS);

    const perCountry = new Map();
    for (const card of recent) {
      for (const c of card.countries || []) perCountry.set(c, (perCountry.get(c) || 0) + 1);
    }
    const list = $("country-counts");
    const rows = Array.from(perCountry.entries()).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
    list.replaceChildren(...rows.slice(0, 15).map(([country, count]) => {
      const item = el("li", "country-count");
      item.dataset.country = country;
      item.appendChild(el("span", "code", country));
      item.appendChild(el("span", "count", count));
      return item;
    }));
    if (!rows.length) list.appendChild(el("li", "muted", "none"));

    drawTimeline(recent, now);
  }

  function drawTimeline(recent, now) {
    const width = 260, height = 90, pad = 14, slot = width / BUCKETS;
    const counts = Array.from({ length: BUCKETS }, () => [0, 0, 0, 0]);
    for (const card of recent) {
      const age = now - Date.parse(card.detected_at);
      const bucket = BUCKETS - 1 - Math.min(BUCKETS - 1, Math.floor(age / (HOUR_MS / BUCKETS)));
      counts[bucket][rank(card.severity)] += 1;
    }
    const tallest = Math.max(1, ...counts.map((c) => c.reduce((a, b) => a + b, 0)));
    const svg = document.createElementNS(SVG, "svg");
    svg.setAttribute("viewBox", "0 0 " + width + " " + (height + pad));
    svg.setAttribute("role", "img");
    svg.setAttribute("aria-label", "alerts per five minutes over the last hour, by severity");
    counts.forEach((bucket, i) => {
      let y = height;
      for (let s = 0; s < SEVERITIES.length; s += 1) {
        if (!bucket[s]) continue;
        const h = (bucket[s] / tallest) * (height - 4);
        const rect = document.createElementNS(SVG, "rect");
        rect.setAttribute("x", String(i * slot + 1));
        rect.setAttribute("y", String(y - h));
        rect.setAttribute("width", String(slot - 2));
        rect.setAttribute("height", String(h));
        rect.setAttribute("class", "sev-" + SEVERITIES[s]);
        const title = document.createElementNS(SVG, "title");
        title.textContent = bucket[s] + " " + SEVERITIES[s];
        rect.appendChild(title);
        svg.appendChild(rect);
        y -= h;
      }
    });
    const base = document.createElementNS(SVG, "line");
    base.setAttribute("x1", "0"); base.setAttribute("x2", String(width));
    base.setAttribute("y1", String(height)); base.setAttribute("y2", String(height));
    base.setAttribute("class", "baseline");
    svg.appendChild(base);
    for (const [x, text, anchor] of [[0, "-60 min", "start"], [width, "now", "end"]]) {
      const label = document.createElementNS(SVG, "text");
      label.setAttribute("x", String(x)); label.setAttribute("y", String(height + pad - 2));
      label.setAttribute("text-anchor", anchor); label.setAttribute("class", "axis");
      label.textContent = text;
      svg.appendChild(label);
    }
    $("timeline").replaceChildren(svg);
  }

  function setStatus(text, state) {
    const status = $("status");
    status.textContent = text;
    status.className = "status " + state;
  }

  function connect() {
    const source = new EventSource("/events");
    source.addEventListener("alert", (event) => {
      try {
        addCard(JSON.parse(event.data));
      } catch (error) {
        console.warn("wirewatch: unreadable alert event", error);
      }
    });
    source.addEventListener("ready", () => {
      firstBatchDone = true;
      setStatus("live", "live");
      document.body.dataset.ready = "true";
    });
    source.addEventListener("error", () => setStatus("reconnecting…", "down"));
  }

  document.addEventListener("DOMContentLoaded", () => {
    for (const id of ["filter-severity", "filter-country", "filter-category"]) {
      $(id).addEventListener("change", refresh);
    }
    window.setInterval(refresh, 30000); // the last hour moves on even without new alerts
    refresh();
    connect();
  });
})();
