import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { expect, test, type FrameLocator, type Page } from "@playwright/test";
import { formatNumber } from "../src/math/index.ts";
import { generateExercise, solveExercise, type ExerciseSpec } from "../src/exercises/index.ts";
import { checkA11y } from "./helpers/a11y.ts";

/** The qkv page's exercises alone; exercise 1 asks y₀ for x = (2, 3), W = [[1, 10], [0, −1]]: 2. */
const EMBED = "/embed/qkv-projections/exercises/";
/** The qkv page's second exercise as written in content/qkv-projections.mdx. */
const QKV_2: ExerciseSpec = {
  kind: "projection-entry",
  x: [1, -2],
  W: [
    [3, 1],
    [2, 4],
  ],
  j: 1,
};

/** One message the host page received: from which of its frames, from which origin, and what. */
interface Received {
  readonly frame: string;
  readonly origin: string;
  readonly data: { type?: string } & Record<string, unknown>;
}

/**
 * A course page on another origin (127.0.0.1 on a port of its own; the site is on another port)
 * with one frame per `?<name>=<src>` query parameter; it keeps every message its frames post in
 * `window.received`, naming the frame by comparing `event.source`.
 */
let host: Server;
let hostOrigin = "";
test.beforeAll(async () => {
  host = createServer((request, response) => {
    const frames = [...new URL(request.url ?? "/", "http://x").searchParams]
      .map(
        ([name, src]) =>
          `<iframe name="${name.replace(/\W/g, "")}" title="Exercises ${name.replace(/\W/g, "")}" width="720" height="900" src="${src.replace(/"/g, "")}"></iframe>`,
      )
      .join("\n");
    response.setHeader("Content-Type", "text/html; charset=utf-8");
    response.end(`<!doctype html><html lang="en"><title>Course</title>
<script>
window.received = [];
addEventListener("message", function (e) {
  var from = [...document.querySelectorAll("iframe")].find(function (f) { return f.contentWindow === e.source; });
  window.received.push({ frame: from ? from.name : "?", origin: e.origin, data: e.data });
});
</script>
${frames}</html>`);
  });
  await new Promise<void>((resolve) => host.listen(0, "127.0.0.1", resolve));
  hostOrigin = `http://127.0.0.1:${(host.address() as AddressInfo).port}`;
});
test.afterAll(() => new Promise<void>((resolve) => host.close(() => resolve())));

/** The completion messages the host page has received so far. */
const completions = (page: Page) =>
  page.evaluate(() =>
    ((window as unknown as { received: Received[] }).received ?? []).filter(
      (m) => m.data?.type === "attention-by-hand:exercise",
    ),
  );

/** Exercise n of the embedded set in `frame`. */
function exercise(frame: FrameLocator, n: number) {
  const root = frame.locator(`[data-exercise="qkv-check-${n}"]`);
  return {
    root,
    input: root.getByLabel("Your answer"),
    live: root.getByRole("status"),
    showAnswer: root.getByRole("button", { name: "Show answer", exact: true }),
  };
}

/**
 * Answers exercise 1 right (page's numbers) and then shows its answer; shows exercise 2's answer
 * (seed 42) and then types it.
 */
async function work(frame: FrameLocator, secondAnswer: string) {
  const first = exercise(frame, 1);
  await first.input.fill("2");
  await first.input.press("Enter");
  await expect(first.live).toContainText("✓ Right.");
  await first.showAnswer.click();
  await expect(first.root.locator(".ex-shown")).toContainText("Answer: 2");
  const second = exercise(frame, 2);
  await expect(second.root).toHaveAttribute("data-seed", "42");
  await second.showAnswer.click();
  await expect(second.root.locator(".ex-shown")).toContainText(`Answer: ${secondAnswer}`);
  await second.input.fill(secondAnswer);
  await second.input.press("Enter");
  await expect(second.live).toContainText("✓ Right.");
}

test("a host page on another origin receives completion messages only from the embed that asked, with correctBeforeShown right both ways", async ({
  page,
  baseURL,
}) => {
  const variant = solveExercise(generateExercise(QKV_2, 42));
  if (variant.answer !== "number") throw new Error("expected a numeric exercise");
  const answer = formatNumber(variant.value);
  const siteOrigin = new URL(baseURL!).origin;
  const src = (report: string) =>
    `${baseURL}${EMBED}?qkv-check-2.seed=42${report === "" ? "" : `&report=${encodeURIComponent(report)}`}`;
  const query = new URLSearchParams({ quiet: src(""), bad: src("yes"), asked: src(hostOrigin) });
  await page.goto(`${hostOrigin}/?${query}`);

  // Not asked, or asked with a value that is not accepted: nothing is posted; the bad value gets a note.
  const quiet = page.frameLocator('iframe[name="quiet"]');
  await work(quiet, answer);
  const bad = page.frameLocator('iframe[name="bad"]');
  await work(bad, answer);
  await expect(bad.locator("[data-report-note]")).toContainText("“report=yes” was not used");
  await expect(quiet.locator("[data-report-note]")).toHaveCount(0);

  // Asked with the host's origin: four messages, in order, from the site's origin.
  await work(page.frameLocator('iframe[name="asked"]'), answer);
  await expect.poll(async () => (await completions(page)).length).toBe(4);
  const received = await completions(page);
  expect(received.map((m) => m.frame)).toEqual(["asked", "asked", "asked", "asked"]);
  expect(received.map((m) => m.origin)).toEqual(Array(4).fill(siteOrigin));
  const common = { type: "attention-by-hand:exercise", version: 1, concept: "qkv-projections" };
  expect(received.map((m) => m.data)).toEqual([
    { ...common, exercise: "qkv-check-1", seed: null, event: "correct", correctBeforeShown: true },
    { ...common, exercise: "qkv-check-1", seed: null, event: "answer-shown", correctBeforeShown: true },
    { ...common, exercise: "qkv-check-2", seed: 42, event: "answer-shown", correctBeforeShown: false },
    { ...common, exercise: "qkv-check-2", seed: 42, event: "correct", correctBeforeShown: false },
  ]);
});

test("the Check yourself Share menu's Embed panel, with completion messages asked for, has no axe violation", async ({
  page,
}) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto("/concepts/qkv-projections/?qkv-check-2.seed=42");
  const share = page.locator(".ex-share");
  await share.getByRole("button", { name: "Share", exact: true }).click();
  await share.getByRole("menuitem", { name: "Embed", exact: true }).press("Enter");
  await share.getByRole("checkbox").check();
  await expect(share.locator("textarea")).toHaveValue(
    /\/embed\/qkv-projections\/exercises\/\?qkv-check-2\.seed=42&amp;report=1"/,
  );
  await checkA11y(page, "the exercises' Embed panel at 360 px");
});
