/**
 * The symbols of the transformer-block page (content/transformer-block.mdx): the residual stream,
 * the two norms and the MLP. The MLP's rows are named in words, pre (before the activation) and
 * hidden (after it), as the residual-stream example names mid and out: h is the number of heads,
 * z the logits and u the sampling draw.
 */
import type { NotationEntry } from "./types.ts";

export const notation: readonly NotationEntry[] = [
  {
    symbol: "x",
    sub: "mid",
    meaning: "A token’s row in the residual stream after attention has added its output, before the MLP.",
    shape: "row of d model numbers",
    introducedIn: "transformer-block",
  },
  {
    symbol: "x",
    sub: "out",
    meaning: "A token’s row after the whole block: the next block’s input.",
    shape: "row of d model numbers",
    introducedIn: "transformer-block",
  },
  {
    symbol: "μ",
    meaning: "The mean of one token’s row, which layer norm subtracts.",
    shape: "number",
    introducedIn: "transformer-block",
  },
  {
    symbol: "σ²",
    meaning: "The variance of one token’s row: the mean of the squared differences from μ, divided by d.",
    shape: "number",
    introducedIn: "transformer-block",
  },
  {
    symbol: "ε",
    meaning: "A tiny number added under a norm’s square root so it never divides by 0.",
    shape: "number",
    introducedIn: "transformer-block",
  },
  {
    symbol: "x̂",
    meaning:
      "A normalised row, before the gain: mean 0 and variance about 1 for layer norm, mean square about 1 for RMSNorm.",
    shape: "row of d numbers",
    introducedIn: "transformer-block",
  },
  {
    symbol: "γ",
    meaning: "A norm’s learned gain, one number per component, multiplying the normalised row.",
    shape: "row of d numbers",
    introducedIn: "transformer-block",
  },
  {
    symbol: "β",
    meaning: "Layer norm’s learned bias, one number per component, added after the gain (RMSNorm has none).",
    shape: "row of d numbers",
    introducedIn: "transformer-block",
  },
  {
    symbol: "d",
    sub: "ff",
    meaning: "The number of hidden units of the MLP; four times d model in the original Transformer.",
    shape: "whole number",
    introducedIn: "transformer-block",
  },
  {
    symbol: "W",
    sub: "1",
    meaning: "The MLP’s first weight matrix: widens a row from d model to d ff numbers.",
    shape: "d model × d ff matrix",
    introducedIn: "transformer-block",
  },
  {
    symbol: "W",
    sub: "2",
    meaning: "The MLP’s second weight matrix: brings the hidden row back to d model numbers.",
    shape: "d ff × d model matrix",
    introducedIn: "transformer-block",
  },
  {
    symbol: "b",
    sub: "1",
    meaning: "The MLP’s first bias, one number per hidden unit (b₂: its second, one per output).",
    shape: "row of d ff numbers",
    introducedIn: "transformer-block",
  },
];
