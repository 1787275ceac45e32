import { speakNumber, type Matrix } from "../../math/index.ts";
import { describeWords } from "./attention-map-sentence.ts";
import { MatrixGrid } from "../../inspect/MatrixGrid.tsx";
import { tokenPositions } from "../../tokens/token-colours.ts";

interface AttentionMapFeaturesProps {
  /** The sentence, one word per row of X. */
  readonly words: readonly string[];
  /** The features of each word (src/data/lexicon.ts). */
  readonly X: Matrix;
  /** Names of the columns of X. */
  readonly features: readonly string[];
  /** False when the example shows X already (the projection steps): only the word kinds are listed. */
  readonly showMatrix?: boolean;
}

/**
 * How the example read its sentence: the kind of each word, the features it got (X, with word
 * labels), and the rule for words outside the small word list, so a learner who typed their own
 * sentence can see why the map looks the way it does.
 */
export function AttentionMapFeatures({ words, X, features, showMatrix = true }: AttentionMapFeaturesProps) {
  return (
    <div className="sentence-features">
      <p className="operand-title">How each word is read</p>
      {showMatrix ? (
        <MatrixGrid
          values={X}
          label="Embeddings X: the features of each word"
          rowLabels={words}
          rowTokens={tokenPositions(words.length)}
          colLabels={features}
          cellLabel={(i, j, v) => `X row ${i} (${words[i]}), ${features[j]}: ${speakNumber(v)}`}
        />
      ) : null}
      <ul className="word-kinds">
        {describeWords(words).map((text, i) => (
          <li key={i}>{text}</li>
        ))}
      </ul>
      <p className="operand-note">
        The features come from a small word list of function words, common verbs (relation words) and prepositions
        (both); a word not in the list counts as a noun. Half is −1 in the first half of the sentence, +1 in the second,
        and 0 for the middle word of an odd count.
      </p>
    </div>
  );
}
