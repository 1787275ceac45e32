import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  argmax,
  chooseNext,
  explainSample,
  LimitError,
  mulberry32,
  probabilityOrder,
  sampleIndex,
  scaleLogits,
  softmax,
  softmaxWithTemperature,
  topK,
  topP,
} from "./index.ts";
import { expectClose, smallDouble, smallInt } from "./test-utils.ts";

// Probabilities that are exact in binary, so cumulative sums are exact too.
const quarters = [0.125, 0.5, 0.25, 0.125];

describe("softmaxWithTemperature", () => {
  it.each([
    // T = 1 is plain softmax: (0.0900306, 0.2447285, 0.6652410).
    [1, [0.0900306, 0.2447285, 0.665241]],
    // T = 2 halves the logits to (0.5, 1, 1.5): (0.1863237, 0.3071959, 0.5064804), flatter.
    [2, [0.1863237, 0.3071959, 0.5064804]],
    // T = 0.1 multiplies them by 10, (10, 20, 30): (2.06·10⁻⁹, 4.54·10⁻⁵, 0.9999546), sharper.
    [0.1, [2.061e-9, 4.53979e-5, 0.9999546]],
  ])("softmaxWithTemperature([1, 2, 3], %d) is %j", (T, expected) => {
    expectClose(softmaxWithTemperature([1, 2, 3], T), expected, 1e-6);
  });

  it("softmaxWithTemperature at T = 0 puts all the mass on the largest logit, the lowest index on a tie", () => {
    expect(softmaxWithTemperature([1, 3, 2], 0)).toEqual([0, 1, 0]);
    expect(softmaxWithTemperature([2, 5, 5], 0)).toEqual([0, 1, 0]);
    expect(softmaxWithTemperature([-Infinity, -1], 0)).toEqual([0, 1]);
  });

  it("softmaxWithTemperature gives a banned (−∞) token probability 0 at any temperature", () => {
    expect(softmaxWithTemperature([0, -Infinity], 3)[1]).toBe(0);
  });

  it.each([-0.5, 100.5, Number.NaN])("softmaxWithTemperature refuses T = %d with a LimitError naming 0 to 100", (T) => {
    expect(() => softmaxWithTemperature([1, 2], T)).toThrow(LimitError);
    expect(() => softmaxWithTemperature([1, 2], T)).toThrow("the temperature T must be a number from 0 to 100");
  });

  it("scaleLogits refuses T = 0 (nothing to divide by), a logit of +∞ or NaN, and an overflowing T", () => {
    expect(() => scaleLogits([1, 2], 0)).toThrow("greater than 0 and at most 100");
    expect(() => scaleLogits([1, Infinity], 1)).toThrow("logit 1 is Infinity");
    expect(() => scaleLogits([1, 2], 1e-310)).toThrow("too small for these logits");
    expect(() => softmaxWithTemperature([], 1)).toThrow(RangeError);
    expect(() => softmaxWithTemperature([-Infinity], 1)).toThrow("every logit is −∞");
  });

  it("softmaxWithTemperature approaches the greedy choice as T shrinks", () => {
    const distinct = fc.uniqueArray(smallInt, { minLength: 1, maxLength: 8 });
    fc.assert(
      fc.property(distinct, (logits) => {
        // The gap to the runner-up is at least 1, so its share is at most e^(−1/T) each.
        const probs = softmaxWithTemperature(logits, 0.01);
        expectClose(probs, softmaxWithTemperature(logits, 0), 1e-12);
      }),
    );
  });
});

describe("topK and topP by hand on (0.125, 0.5, 0.25, 0.125)", () => {
  it("probabilityOrder ranks 1, 2, 0, 3: the tie between 0 and 3 goes to the lower index", () => {
    expect(probabilityOrder(quarters)).toEqual([1, 2, 0, 3]);
  });

  it.each([
    // k = 2 keeps tokens 1 and 2, mass 0.75; renormalised 0.5/0.75 = 2/3, 0.25/0.75 = 1/3.
    [2, [1, 2], 0.75, [0, 2 / 3, 1 / 3, 0]],
    // k = 3 keeps 0 (not 3) at the tie; mass 0.875; 0.125/0.875 = 1/7, 4/7, 2/7.
    [3, [1, 2, 0], 0.875, [1 / 7, 4 / 7, 2 / 7, 0]],
    [1, [1], 0.5, [0, 1, 0, 0]],
  ])("topK(probs, %i) keeps %j, mass %d", (k, kept, mass, probs) => {
    const r = topK(quarters, k);
    expect(r.kept).toEqual(kept);
    expect(r.keptMass).toBe(mass);
    expectClose(r.probs, probs, 1e-12);
  });

  it.each([
    // Cumulative along (1, 2, 0, 3): 0.5, 0.75, 0.875, 1.
    [0.5, [1]],
    [0.75, [1, 2]], // reaches 0.75 exactly with two
    [0.76, [1, 2, 0]],
    [1, [1, 2, 0, 3]],
    [0.01, [1]],
  ])("topP(probs, %d) keeps %j", (p, kept) => {
    const r = topP(quarters, p);
    expect(r.cumulative).toEqual([0.5, 0.75, 0.875, 1]);
    expect(r.kept).toEqual(kept);
  });

  it("topP never keeps a token of probability 0, even at p = 1", () => {
    expect(topP([0.5, 0, 0.5], 1).kept).toEqual([0, 2]);
  });

  it.each([
    [() => topK(quarters, 5), "k must be a whole number from 1 to 4 (the vocabulary size); received 5."],
    [() => topK(quarters, 0), "from 1 to 4"],
    [() => topP(quarters, 0), "the top-p mass p must be a number greater than 0 and at most 1; received 0."],
    [() => topP(quarters, 1.5), "received 1.5"],
  ])("topK and topP refuse settings outside their limits with a LimitError (%#)", (call, message) => {
    expect(call).toThrow(LimitError);
    expect(call).toThrow(message);
  });

  it("topK and topP refuse probabilities that are negative or do not add up to 1", () => {
    expect(() => topK([0.5, 0.6], 1)).toThrow("add up to 1.1");
    expect(() => topP([1.5, -0.5], 0.5)).toThrow("probability 1 is -0.5");
  });
});

describe("explainSample and sampleIndex", () => {
  it.each([
    // Cumulative in token order: 0.125, 0.625, 0.875, 1.
    [0, 0],
    [0.1, 0],
    [0.125, 1], // u < 0.125 fails, so the boundary belongs to the next token
    [0.7, 2],
    [0.99, 3],
  ])("explainSample(probs, u = %d) picks token %i", (u, index) => {
    const e = explainSample(quarters, u);
    expect(e.cumulative).toEqual([0.125, 0.625, 0.875, 1]);
    expect(e.index).toBe(index);
  });

  it("explainSample never picks a token of probability 0 and refuses u outside [0, 1)", () => {
    expect(explainSample([0.5, 0, 0.5], 0.5).index).toBe(2);
    expect(() => explainSample(quarters, 1)).toThrow(LimitError);
  });

  it("sampleIndex(probs, mulberry32(seed)) picks each token about as often as its probability", () => {
    const rng = mulberry32(3);
    const counts = [0, 0, 0, 0];
    for (let draw = 0; draw < 20000; draw++) counts[sampleIndex(quarters, rng)]! += 1;
    counts.forEach((c, i) => expect(Math.abs(c / 20000 - quarters[i]!)).toBeLessThan(0.015));
  });
});

describe("chooseNext", () => {
  // logits (1, 2, 3), T = 1: probs (0.0900306, 0.2447285, 0.6652410).
  // mulberry32(42)'s first draw is 0.6011037519 and mulberry32(7)'s is 0.0117047532 (worked
  // out in Python from the generator's definition).
  it("chooseNext with seed 42 draws u = 0.6011038 and lands in token 2's stretch (0.3347591, 1)", () => {
    const c = chooseNext([1, 2, 3], { temperature: 1, seed: 42 });
    expectClose(c.u, 0.6011037519, 1e-9);
    expectClose(c.scaledLogits!, [1, 2, 3]);
    expectClose(c.cumulative, [0.0900306, 0.3347591, 1], 1e-6);
    expect(c.kept).toEqual([2, 1, 0]);
    expect(c.index).toBe(2);
  });

  it("chooseNext with seed 7 (u = 0.0117048) picks token 0, but top-k 2 moves the draw to token 1", () => {
    expect(chooseNext([1, 2, 3], { temperature: 1, seed: 7 }).index).toBe(0);
    // k = 2 keeps tokens 2 and 1: renormalised (0, 1/(1 + e), e/(1 + e)) = (0, 0.2689414, 0.7310586).
    const c = chooseNext([1, 2, 3], { temperature: 1, k: 2, seed: 7 });
    expectClose(c.finalProbs, [0, 0.2689414, 0.7310586], 1e-6);
    expect(c.kept).toEqual([2, 1]);
    expect(c.index).toBe(1);
  });

  it("chooseNext applies top-p after top-k, to the renormalised probabilities", () => {
    // After k = 2: 0.7310586 ≥ 0.7 already, so top-p 0.7 keeps token 2 alone.
    const c = chooseNext([1, 2, 3], { temperature: 1, k: 2, p: 0.7, seed: 7 });
    expect(c.topP!.kept).toEqual([2]);
    expect(c.finalProbs).toEqual([0, 0, 1]);
    expect(c.index).toBe(2);
  });

  it("chooseNext at T = 0 has no scaled logits and always picks the argmax", () => {
    const c = chooseNext([1, 3, 2], { temperature: 0, seed: 7 });
    expect(c.scaledLogits).toBeNull();
    expect(c.index).toBe(1);
  });

  it("chooseNext refuses a seed that is not a whole number from 0 to 2³² − 1", () => {
    expect(() => chooseNext([1, 2], { temperature: 1, seed: -1 })).toThrow(LimitError);
    expect(() => chooseNext([1, 2], { temperature: 1, seed: 0.5 })).toThrow(
      "the seed must be a whole number from 0 to 4294967295",
    );
  });

  const logitsArb = fc.array(smallDouble, { minLength: 1, maxLength: 10 });
  const settings = fc.record({
    temperature: fc.double({ min: 0.05, max: 5, noNaN: true }),
    seed: fc.integer({ min: 0, max: 2 ** 32 - 1 }),
  });

  it("chooseNext with the same seed gives the same choice, every stage included", () => {
    fc.assert(
      fc.property(logitsArb, settings, (logits, s) => {
        expect(chooseNext(logits, s)).toEqual(chooseNext(logits, s));
      }),
    );
  });

  it("chooseNext with k = 1 is the greedy choice for any temperature and seed", () => {
    // Whole-number logits: ones closer than a rounding step would tie after exp.
    fc.assert(
      fc.property(fc.array(smallInt, { minLength: 1, maxLength: 10 }), settings, (logits, s) => {
        expect(chooseNext(logits, { ...s, k: 1 }).index).toBe(argmax(logits));
        expect(chooseNext(logits, { ...s, temperature: 0 }).index).toBe(argmax(logits));
      }),
    );
  });

  it("topP keeps the smallest most-probable set whose mass reaches p", () => {
    const probsArb = fc
      .array(fc.integer({ min: 0, max: 20 }), { minLength: 1, maxLength: 10 })
      .filter((w) => w.some((x) => x > 0))
      .map((w) => softmax(w.map((x) => (x === 0 ? -Infinity : Math.log(x)))));
    fc.assert(
      fc.property(probsArb, fc.double({ min: 0.001, max: 1, noNaN: true }), (probs, p) => {
        const { kept, keptMass } = topP(probs, p);
        const positive = probs.filter((q) => q > 0).length;
        // It reaches p (or holds every token of positive probability) …
        expect(keptMass >= p || kept.length === positive).toBe(true);
        // … one fewer would not …
        const withoutLast = kept.slice(0, -1).reduce((s, i) => s + probs[i]!, 0);
        expect(withoutLast).toBeLessThan(p);
        // … and nothing dropped is more probable than anything kept.
        const least = Math.min(...kept.map((i) => probs[i]!));
        probs.forEach((q, i) => kept.includes(i) || expect(q).toBeLessThanOrEqual(least));
      }),
    );
  });
});
