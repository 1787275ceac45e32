// Input-to-paint latency of an inspection: the probe that times one sample in the page, and the
// hover and arrow-key series the benchmark runs on islands that are already awake ("warm").

/** Unmeasured samples before each series. */
export const WARMUP = 4;

/**
 * Installs `window.__bench` in the page: `arm(kind, islandId, index, timeoutMs)` starts one sample
 * for the island's index-th inspectable button (an island can hold several grids with the same
 * data-cell values), `result()` waits for it. The sample starts when the input event is dispatched
 * to the page (performance.now() in a capturing `pointerover` on window for hover, `keydown` for
 * keys; how long the event waited before that, from its own timeStamp, is kept as `delay`),
 * records when the target gets data-role="inspected" (a MutationObserver: React committed), then in
 * each animation frame checks whether the change is in; in the first frame that has it, a
 * MessageChannel message is posted, which runs after that frame's rendering: its time approximates
 * the paint that shows the highlight; `frames` counts the animation frames up to it (1: the first
 * frame after the event already shows it). Not highlighted within `timeoutMs`: the sample is null.
 * The button is looked up again if hydration replaced it.
 */
export function installProbe() {
  let pending = Promise.resolve(null);
  const find = (islandId, index) =>
    document.getElementById(islandId)?.querySelectorAll("button[data-cell][aria-pressed]")[index];
  window.__bench = {
    arm(kind, islandId, index, timeoutMs = 1000) {
      const first = find(islandId, index);
      const type = kind === "hover" ? "pointerover" : "keydown";
      let start;
      let committed;
      let observer;
      let onInput;
      pending = new Promise((done) => {
        const finish = (sample) => {
          clearTimeout(timer);
          window.removeEventListener(type, onInput, true);
          observer?.disconnect();
          done(sample);
        };
        const timer = setTimeout(() => finish(null), timeoutMs);
        const current = () => (first?.isConnected ? first : find(islandId, index));
        const inspected = () => current()?.getAttribute("data-role") === "inspected";
        onInput = (event) => {
          if (start !== undefined || (kind === "hover" && event.target !== first)) return;
          start = performance.now();
          const delay = event.timeStamp > 0 && event.timeStamp <= start ? start - event.timeStamp : undefined;
          observer = new MutationObserver(() => {
            if (committed === undefined && inspected()) committed = performance.now();
          });
          const island = document.getElementById(islandId);
          if (island) observer.observe(island, { attributes: true, attributeFilter: ["data-role"], subtree: true });
          let frames = 0;
          const check = () => {
            frames += 1;
            if (!inspected()) return void requestAnimationFrame(check);
            committed ??= performance.now();
            const channel = new MessageChannel();
            channel.port1.onmessage = () =>
              finish({ delay, frames, commit: committed - start, paint: performance.now() - start });
            channel.port2.postMessage(0);
          };
          requestAnimationFrame(check);
        };
        window.addEventListener(type, onInput, true);
      });
    },
    result: () => pending,
  };
}

/** Waits for two animation frames: what a change paints is in once they have run. */
export function frames(page, count = 2) {
  return page.evaluate(
    (n) =>
      new Promise((done) => {
        const next = (left) => (left === 0 ? done() : requestAnimationFrame(() => next(left - 1)));
        next(n);
      }),
    count,
  );
}

/**
 * The inspectable buttons of an island, with their centres, after scrolling them (not the whole
 * island, which can be taller than the window) to the middle of the window. Buttons that still
 * fall outside the window are left out.
 */
export async function islandButtons(page, islandId) {
  await page.evaluate((id) => {
    const rects = [...(document.getElementById(id)?.querySelectorAll("button[data-cell][aria-pressed]") ?? [])].map(
      (b) => b.getBoundingClientRect(),
    );
    if (rects.length === 0) return;
    const top = Math.min(...rects.map((r) => r.top));
    const bottom = Math.max(...rects.map((r) => r.bottom));
    window.scrollBy({ top: (top + bottom) / 2 - window.innerHeight / 2, behavior: "instant" });
  }, islandId);
  await frames(page);
  return page.evaluate((id) => {
    const island = document.getElementById(id);
    const buttons = [...(island?.querySelectorAll("button[data-cell][aria-pressed]") ?? [])];
    const grids = [...new Set(buttons.map((button) => button.parentElement))];
    return buttons
      .map((button, index) => {
        const rect = button.getBoundingClientRect();
        const grid = grids.indexOf(button.parentElement);
        return { index, grid, cell: button.dataset.cell, x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
      })
      .filter(({ x, y }) => x > 0 && y > 0 && x < window.innerWidth && y < window.innerHeight);
  }, islandId);
}

/** Hover samples, alternating between the island's buttons (or off and on again if it has one). */
async function hoverSamples(page, islandId, count) {
  const buttons = await islandButtons(page, islandId);
  if (buttons.length === 0) return [];
  await page.mouse.move(1, 1);
  const samples = [];
  for (let i = 0; i < WARMUP + count; i++) {
    const button = buttons[i % buttons.length];
    if (buttons.length === 1) await page.mouse.move(1, 1);
    await page.evaluate(([id, index]) => window.__bench.arm("hover", id, index), [islandId, button.index]);
    await page.mouse.move(button.x, button.y);
    const sample = await page.evaluate(() => window.__bench.result());
    if (sample === null && i === 0) return Array.from({ length: count }, () => null); // never highlights: don't wait 1 s per sample
    if (i >= WARMUP) samples.push(sample);
  }
  await page.mouse.move(1, 1);
  return samples;
}

/**
 * Arrow-key samples: focus the first button, then alternate Right/Left (or Down/Up) between it
 * and its neighbour in the same grid.
 */
async function keySamples(page, islandId, count) {
  const buttons = await islandButtons(page, islandId);
  const first = buttons.find((b) => b.cell === "0-0");
  const neighbour = (cell) => buttons.find((b) => b.grid === first?.grid && b.cell === cell);
  const pair = !first
    ? null
    : neighbour("0-1")
      ? ["ArrowRight", "ArrowLeft", neighbour("0-1")]
      : neighbour("1-0")
        ? ["ArrowDown", "ArrowUp", neighbour("1-0")]
        : null;
  if (!pair) return [];
  const [forward, back, second] = pair;
  await page.mouse.move(1, 1); // a hover would outrank focus
  await page.evaluate(
    ([id, index]) => document.getElementById(id)?.querySelectorAll("button[data-cell][aria-pressed]")[index]?.focus(),
    [islandId, first.index],
  );
  const samples = [];
  for (let i = 0; i < WARMUP + count; i++) {
    const [key, target] = i % 2 === 0 ? [forward, second] : [back, first];
    await page.evaluate(([id, index]) => window.__bench.arm("key", id, index), [islandId, target.index]);
    await page.keyboard.press(key);
    const sample = await page.evaluate(() => window.__bench.result());
    if (sample === null && i === 0) return Array.from({ length: count }, () => null);
    if (i >= WARMUP) samples.push(sample);
  }
  await page.keyboard.press("Escape");
  return samples;
}

/** `samples` hover or arrow-key samples in all, shared out between the islands `islandIds` (awake). */
export async function warmLatencies(page, islandIds, kind, samples) {
  const perIsland = Math.max(1, Math.ceil(samples / islandIds.length));
  const all = [];
  for (const id of islandIds) {
    all.push(...(kind === "hover" ? await hoverSamples(page, id, perIsland) : await keySamples(page, id, perIsland)));
  }
  return all;
}
