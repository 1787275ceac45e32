import { explainSoftmax, formatNumber, isRounded, speakNumber, subscript, type Vector } from "../math/index.ts";

/** Places shown for exps, their sum and the weight: enough to check a division by hand. */
const DECIMALS = 3;

/** The explanation of one softmax weight as display text and as speech. */
export interface SoftmaxWeightText {
  /** "A₁₂": the weight of key 2 for query 1. */
  readonly name: string;
  /** The definition with indices: "A₁₂ = exp(s₁₂) / Σₖ exp(s₁ₖ)". */
  readonly formula: string;
  /** The row's largest score, subtracted from every score first: "3". */
  readonly max: string;
  /** The scores after the shift: "(−2, 0, −2)"; a masked score stays "−∞". */
  readonly shifted: string;
  /** "A₁₂ = exp(0) / (exp(−2) + exp(0) + exp(−2)) ≈ 1 / (0.135 + 1 + 0.135) ≈ 1 / 1.271 ≈ 0.787". */
  readonly expansion: string;
  /** The expansion read aloud. */
  readonly spoken: string;
  /** Keys whose score is −∞ (masked): each adds exp(−∞) = 0 to the sum. */
  readonly masked: readonly number[];
}

const show = (n: number) => formatNumber(n, DECIMALS);
const relation = (rounded: boolean) => (rounded ? "≈" : "=");

/**
 * The steps of softmax(row)[j] for query i, built from explainSoftmax so the text shows exactly
 * what is computed: exps and sums to 3 decimals, with "≈" wherever a shown number is rounded.
 */
export function describeSoftmaxWeight(row: Vector, i: number, j: number): SoftmaxWeightText {
  const { max, shifted, exps, sumExp, weight } = explainSoftmax(row, j);
  const name = `A${subscript(i)}${subscript(j)}`;
  const expsRounded = exps.some((e) => isRounded(e, DECIMALS));
  const sumRounded = expsRounded || isRounded(sumExp, DECIMALS);
  const top = exps[j] as number;
  // 0 / anything is exactly 0, however the sum was rounded: a masked key's weight is exact.
  const finalRounded = isRounded(weight, DECIMALS) || (top !== 0 && sumRounded);

  const exp = (v: number) => `exp(${formatNumber(v)})`;
  const symbolic = `${exp(shifted[j] as number)} / (${shifted.map(exp).join(" + ")})`;
  const numeric = `${show(top)} / (${exps.map(show).join(" + ")})`;
  const expansion =
    `${name} = ${symbolic} ${relation(expsRounded)} ${numeric} ` +
    `${relation(sumRounded)} ${show(top)} / ${show(sumExp)} ${relation(finalRounded)} ${show(weight)}`;

  const sayExp = (v: number) => `exp of ${speakNumber(v)}`;
  const spoken =
    `a ${i} ${j} equals ${sayExp(shifted[j] as number)}, divided by ${shifted.map(sayExp).join(" plus ")}. ` +
    `That is ${speakNumber(top, DECIMALS)} divided by ${speakNumber(sumExp, DECIMALS)}, ` +
    `${finalRounded ? "about" : "exactly"} ${speakNumber(weight, DECIMALS)}.`;

  return {
    name,
    formula: `${name} = exp(s${subscript(i)}${subscript(j)}) / Σₖ exp(s${subscript(i)}ₖ)`,
    max: formatNumber(max),
    shifted: `(${shifted.map((v) => formatNumber(v)).join(", ")})`,
    expansion,
    spoken,
    masked: row.flatMap((s, k) => (s === -Infinity ? [k] : [])),
  };
}
