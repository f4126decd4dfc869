// The harness page: a minimal Teams stand-in. It sends activities as the chosen demo user, renders
// what the bot posts with the Adaptive Cards renderer, turns Action.Execute clicks into
// `adaptiveCard/action` invokes, and refreshes cards whose `refresh.userIds` include the user (as
// Teams does), replacing a card in place when the bot answers with a new one or updates it.
/* global AdaptiveCards */
const $ = (id) => document.getElementById(id);
const bubbles = new Map();
const refreshed = new Set();
let people = [];
let since = 0;

const me = () => $("user").value;
const conversation = () =>
  $("where").value === "channel"
    ? { id: "19:managers@thread.tacv2", conversationType: "channel", teamId: "19:nudge-team" }
    : { id: `a:${me()}`, conversationType: "personal" };

function activity(extra) {
  const person = people.find((p) => p.id === me());
  const conv = conversation();
  return {
    id: `harness-${Date.now()}`,
    timestamp: new Date().toISOString(),
    from: { id: `29:${me()}`, name: person ? person.name : me(), aadObjectId: me() },
    recipient: { id: "28:nudge-bot", name: "Nudge" },
    conversation: { id: conv.id, conversationType: conv.conversationType, tenantId: "demo-firm" },
    channelData: {
      tenant: { id: "demo-firm" },
      ...(conv.teamId ? { team: { id: conv.teamId }, channel: { id: conv.id } } : {}),
    },
    locale: "en-US",
    ...extra,
  };
}

async function post(path, body) {
  const res = await fetch(path, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });
  const text = await res.text();
  let json = {};
  try {
    json = text ? JSON.parse(text) : {};
  } catch {
    json = { text };
  }
  return { status: res.status, json };
}

const status = (text) => {
  $("status").textContent = text;
};

async function invoke(verb, data, bubbleId) {
  const res = await post(
    "/activity",
    activity({
      type: "invoke",
      name: "adaptiveCard/action",
      value: { action: { type: "Action.Execute", verb, data }, trigger: "manual" },
    }),
  );
  if (res.json.type === "application/vnd.microsoft.card.adaptive")
    show(bubbleId, { attachments: [{ content: res.json.value }] });
  else status(typeof res.json.value === "string" ? res.json.value : `invoke answered ${res.status}`);
}

function renderCard(json, bubbleId) {
  const card = new AdaptiveCards.AdaptiveCard();
  card.parse(json);
  card.onExecuteAction = (action) => {
    if (action instanceof AdaptiveCards.OpenUrlAction) window.open(action.url, "_blank");
    else if (action instanceof AdaptiveCards.ExecuteAction) invoke(action.verb, action.data, bubbleId);
  };
  const rendered = card.render();
  // Teams refreshes a card for the users it names when it is shown: the bot answers with their view.
  const refresh = json.refresh;
  const key = `${bubbleId}|${me()}`;
  if (refresh?.userIds?.includes(`29:${me()}`) && !refreshed.has(key)) {
    refreshed.add(key);
    setTimeout(() => invoke(refresh.action.verb, refresh.action.data, bubbleId), 0);
  }
  return rendered;
}

function show(id, act, mine = false) {
  let el = bubbles.get(id);
  if (!el) {
    el = document.createElement("div");
    el.className = mine ? "bubble mine" : "bubble";
    $("transcript").append(el);
    bubbles.set(id, el);
  }
  const meta = document.createElement("div");
  meta.className = "meta";
  meta.textContent = mine ? "You" : "Nudge";
  el.replaceChildren(meta);
  if (act.text) el.append(document.createTextNode(act.text));
  for (const a of act.attachments ?? []) if (a.content) el.append(renderCard(a.content, id));
  $("transcript").scrollTop = $("transcript").scrollHeight;
}

async function poll() {
  try {
    const res = await fetch(`/inbox?since=${since}`);
    const { items, now } = await res.json();
    since = now;
    for (const item of items) if (item.conversationId === conversation().id) show(item.id, item.activity);
  } finally {
    setTimeout(poll, 1000);
  }
}

function reset() {
  bubbles.clear();
  refreshed.clear();
  $("transcript").replaceChildren();
  since = 0;
}

async function start() {
  people = await (await fetch("/people")).json();
  for (const p of people) $("user").append(new Option(`${p.name} (${p.roles.join(", ")})`, p.id));
  $("user").onchange = reset;
  $("where").onchange = reset;
  $("install").onclick = async () => {
    const res = await post("/activity", activity({ type: "installationUpdate", action: "add" }));
    status(
      res.status === 200 ? "Installed: the bot can now message this conversation." : `install answered ${res.status}`,
    );
  };
  $("escalate").onclick = async () => {
    const res = await post("/escalate", { clientId: $("client").value.trim(), reason: "Requested from the harness" });
    status(
      res.status < 300
        ? `Escalation ${res.json.id} routed to ${res.json.routedTo}`
        : (res.json.detail ?? `answered ${res.status}`),
    );
  };
  $("digest").onclick = async () => {
    const res = await post("/digest", {});
    status(
      res.status < 300 ? "Digest posted to the managers' channel." : (res.json.detail ?? `answered ${res.status}`),
    );
  };
  $("composer").onsubmit = async (event) => {
    event.preventDefault();
    const text = $("text").value.trim();
    if (!text) return;
    $("text").value = "";
    show(`mine-${Date.now()}`, { text }, true);
    await post("/activity", activity({ type: "message", text }));
  };
  poll();
}

start();
