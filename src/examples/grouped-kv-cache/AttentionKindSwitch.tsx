import { useId, useSyncExternalStore } from "react";
import { attentionKind, kvHeadChoices } from "../../math/index.ts";
import { useExampleFrame } from "../../frame/context.ts";
import { KIND_NAMES, kvHeadsText } from "../../text/head-sharing.ts";

interface AttentionKindSwitchProps {
  /** The query heads per layer. */
  readonly queryHeads: number;
  /** The KV heads chosen now. */
  readonly kvHeads: number;
}

const noSubscription = () => () => {};

/**
 * The MHA / GQA / MQA switch: one radio button per number of KV heads the query heads can share
 * (kvHeadChoices), so arrow keys move between them as in any radio group. A choice goes to the
 * frame's `kvHeads` field, so it lives in the URL. Disabled until the island has hydrated.
 */
export function AttentionKindSwitch({ queryHeads, kvHeads }: AttentionKindSwitchProps) {
  const frame = useExampleFrame();
  const hydrated = useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
  const name = useId();
  return (
    <fieldset className="gqa-switch">
      <legend>How the {queryHeads} query heads share key/value heads</legend>
      {kvHeadChoices(queryHeads).map((g) => {
        const kind = attentionKind(queryHeads, g);
        return (
          <label key={g} className="gqa-switch-option">
            <input
              type="radio"
              name={name}
              value={g}
              checked={g === kvHeads}
              disabled={!hydrated}
              onChange={() => frame?.setValues({ kvHeads: g })}
            />
            <span>
              <strong>{kind}</strong>, {kvHeadsText(g)}
              <span className="gqa-switch-name"> ({KIND_NAMES[kind]})</span>
            </span>
          </label>
        );
      })}
    </fieldset>
  );
}
