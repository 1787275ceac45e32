/**
 * What a learner may change in the attention map, the rules the values keep, and how the inspected
 * number is written in a link: the example's spec for its frame (src/frame/spec.ts,
 * src/frame/url-state.ts).
 */
import { cellCodec } from "../../frame/url-state.ts";
import { sentenceSpec, type SentenceValues } from "./attention-map-sentence.ts";

/** What a learner may change: the sentence (2–8 words); the map's cell "row,column" is inspected. */
export const attentionMapSpec = sentenceSpec(
  cellCodec<SentenceValues>("the map", ({ sentence }) => [sentence.length, sentence.length]),
);
