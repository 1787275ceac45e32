/** The arrow between a score matrix and its weights: softmax runs across each row. */
export function RowSoftmaxArrow() {
  return (
    <span className="operator operator-words" aria-hidden="true">
      softmax of each row →
    </span>
  );
}
