import type { ReactNode } from "react";
import {
  explainBlockEntry,
  explainMatmulEntry,
  speakNumber,
  toyBlockWeights,
  transformerBlock,
  type Matrix,
} from "../../math/index.ts";
import { editableExample } from "../../frame/ExampleFrame.tsx";
import { MatrixGrid, type CellPosition, type CellRole } from "../../inspect/MatrixGrid.tsx";
import { useInspection, type InspectHandlers } from "../../inspect/useInspection.ts";
import { blockSpec, type BlockTarget } from "./BlockExample.editing.ts";
import type { BlockExampleProps } from "./BlockExample.schema.ts";
import { BlockInWords } from "./BlockInWords.tsx";
import { attentionWriteText, midEntryText, streamEntryText } from "./block-words.ts";

export type { BlockExampleProps };

interface StageProps {
  readonly title: ReactNode;
  readonly note?: string;
  readonly name: string;
  readonly values: Matrix;
  readonly rowLabels: readonly string[];
  readonly roleOf: (i: number, j: number) => CellRole;
  readonly edit?: string;
  readonly inspect?: { readonly active: CellPosition | null; readonly bind: (cell: CellPosition) => InspectHandlers };
}

/** One matrix of the stream with its title and a note under it. */
function Stage({ title, note, name, values, rowLabels, roleOf, edit, inspect }: StageProps) {
  return (
    <div className="operand">
      <p className="operand-title">{title}</p>
      <MatrixGrid
        values={values}
        label={name}
        rowLabels={rowLabels}
        cellLabel={(i, j, v) => `${name.split(":")[0]}, ${rowLabels[i]}, component ${j}: ${speakNumber(v)}`}
        roleOf={roleOf}
        {...(edit ? { edit } : {})}
        {...(inspect ? { inspect } : {})}
      />
      {note ? <p className="operand-note">{note}</p> : null}
    </div>
  );
}

const Op = ({ text }: { text: string }) => (
  <span className="operator" aria-hidden="true">
    {text}
  </span>
);

/**
 * A few tokens through the toy pre-norm block (src/math/toy-block.ts): X, then what attention
 * writes (the heads side by side times the output weights), the stream after it, what the MLP
 * writes, and the block's output. Inspecting an entry of what attention writes marks that token's
 * row of the heads and a column of the output weights; inspecting an output entry marks the same
 * entry all along the stream and writes out its two additions.
 */
function BlockView({ id, tokens, X, WO }: BlockExampleProps) {
  const result = transformerBlock(X, toyBlockWeights(WO), { causal: true });
  const inspection = useInspection<BlockTarget>();
  const active = inspection.active;
  const attn = active?.part === "attn" ? active : null;
  const out = active?.part === "out" ? active : null;
  const same = (i: number, j: number): CellRole => (out && out.row === i && out.col === j ? "ingredient" : null);
  const bindPart = (part: BlockTarget["part"]) => (cell: CellPosition) => inspection.bind({ part, ...cell });
  const pos = (t: BlockTarget | null) => (t ? { row: t.row, col: t.col } : null);
  const write = attn ? explainMatmulEntry(result.attention.concat, WO, attn.row, attn.col) : null;
  const entry = out ? explainBlockEntry(result, out.row, out.col) : null;

  return (
    <div
      className="example block-example"
      data-example={id}
      role="group"
      aria-label="Worked residual stream example"
      onKeyDown={inspection.onKeyDown}
    >
      <p className="operand-title block-branch-title">
        Attention branch: the heads read norm₁(X) and write into the stream
      </p>
      <div className="equation-row">
        <Stage
          title="Heads side by side"
          note="Head 1: columns 0–1. Head 2: columns 2–3."
          name="Heads side by side"
          values={result.attention.concat}
          rowLabels={tokens}
          roleOf={(i) => (attn && attn.row === i ? "ingredient" : null)}
        />
        <Op text="×" />
        <Stage
          title={
            <>
              Output weights W<sub>O</sub>
            </>
          }
          note="Row r takes column r of the heads."
          name="Output weights"
          values={WO}
          rowLabels={["0", "1", "2", "3"]}
          roleOf={(_, j) => (attn && attn.col === j ? "ingredient" : null)}
          edit="WO"
        />
        <Op text="=" />
        <Stage
          title="attn: what attention writes"
          name="What attention writes, attn: inspect an entry"
          values={result.attention.output}
          rowLabels={tokens}
          roleOf={(i, j) => (attn && attn.row === i && attn.col === j ? "inspected" : same(i, j))}
          inspect={{ active: pos(attn), bind: bindPart("attn") }}
        />
      </div>
      <p className="operand-title block-branch-title">The stream: each branch’s output is added on</p>
      <div className="equation-row">
        <Stage
          title="X: the stream coming in"
          name="Stream coming in, X"
          values={X}
          rowLabels={tokens}
          roleOf={same}
          edit="X"
        />
        <Op text="+ attn =" />
        <Stage
          title="mid"
          note="After attention."
          name="Stream after attention, mid"
          values={result.afterAttention}
          rowLabels={tokens}
          roleOf={same}
        />
        <Op text="+" />
        <Stage
          title="mlp: what the MLP writes"
          note="MLP(norm₂(mid)), row by row."
          name="What the MLP writes, mlp"
          values={result.mlp.output}
          rowLabels={tokens}
          roleOf={same}
        />
        <Op text="=" />
        <Stage
          title="out: to the next block"
          name="Stream going out: inspect an entry"
          values={result.output}
          rowLabels={tokens}
          roleOf={(i, j) => (out && out.row === i && out.col === j ? "inspected" : null)}
          inspect={{ active: pos(out), bind: bindPart("out") }}
        />
      </div>
      <div className="readout" aria-live="polite" aria-atomic="true">
        {write && attn ? (
          <>
            <p className="expansion">{attentionWriteText(write, attn.row, attn.col)}</p>
            <p>
              “{tokens[attn.row]}”’s row of the heads side by side, times column {attn.col} of the output weights: how
              much each head’s output adds to component {attn.col} of the stream.
            </p>
          </>
        ) : entry ? (
          <>
            <p className="expansion">{midEntryText(entry)}</p>
            <p className="expansion">{streamEntryText(entry)}</p>
            <p>
              Nothing is replaced: the stream’s number for “{tokens[entry.row]}” only has the two branches’ numbers
              added to it.
            </p>
          </>
        ) : (
          <p>Hover, focus or tap an entry of attn or of the outgoing stream to see how it is made.</p>
        )}
      </div>
      <BlockInWords tokens={tokens} X={X} WO={WO} />
    </div>
  );
}

/**
 * The toy block on the page's tokens, editable (X, the tokens and the output weights), linkable,
 * embeddable and downloadable.
 */
export const BlockExample = editableExample(BlockView, blockSpec, "Residual stream example");
