/**
 * Memory traffic of attention, counted in elements read from and written to HBM (the GPU's main
 * memory), following the IO analysis of Dao et al. 2022 (§3.2, Theorem 2) for sequence length
 * N, head size d and an on-chip SRAM of M elements:
 * - standard attention (their Algorithm 0) writes the N×N score matrix S and the N×N
 *   weights A to HBM and reads both back: Θ(Nd + N²) accesses;
 * - FlashAttention (their Algorithm 1) never writes S or A; it reads K and V once and makes Tc
 *   passes over Q and O: Θ(N²d²/M) accesses.
 * Counts are exact whole numbers (below 2⁵³ within FLASH_IO_LIMITS).
 */
import { checkWholeInRange, type WholeRange } from "./limits.ts";

/** Accepted inputs: sequence length N, head size d, SRAM size M (elements; M must also be ≥ d). */
export const FLASH_IO_LIMITS: Readonly<{ sequenceLength: WholeRange; headDim: WholeRange; sram: WholeRange }> = {
  sequenceLength: { min: 1, max: 1_048_576 },
  headDim: { min: 1, max: 1_024 },
  sram: { min: 1, max: 16_777_216 },
};

/** One line of the count: `times` passes over a rows×cols array, read or written. */
export interface IoTerm {
  /** Which array: the inputs Q, K, V, the output O, the scores S, the weights A, or l, m. */
  readonly array: "Q" | "K" | "V" | "O" | "S" | "A" | "l" | "m";
  readonly access: "read" | "write";
  /** 1, or Tc for FlashAttention's passes over Q, O, l and m. */
  readonly times: number;
  readonly rows: number;
  readonly cols: number;
  /** times · rows · cols. */
  readonly elements: number;
  /** True for the N×N score matrix S and weights A. */
  readonly scoreMatrix: boolean;
}

/** ⌈numerator / denominator⌉, kept with its parts so the working can be shown. */
export interface CeilDivision {
  readonly numerator: number;
  readonly denominator: number;
  readonly value: number;
}

/** The total and its pieces. */
export interface IoCount {
  readonly terms: readonly IoTerm[];
  readonly reads: number;
  readonly writes: number;
  /** reads + writes. */
  readonly total: number;
  /** Elements of S and A moved (4N² for standard attention, 0 for FlashAttention). */
  readonly scoreMatrixElements: number;
}

/** FlashAttention's count with its block sizes and loop counts. */
export interface FlashIoCount extends IoCount {
  /** Bc = ⌈M/(4d)⌉. */
  readonly blockCols: CeilDivision;
  /** Br = min(⌈M/(4d)⌉, d). */
  readonly blockRows: number;
  /** Tc = ⌈N/Bc⌉: passes of the outer loop, each reading Q, O, l, m and writing O, l, m. */
  readonly columnBlocks: CeilDivision;
  /** Tr = ⌈N/Br⌉: Q blocks per pass. */
  readonly rowBlocks: CeilDivision;
}

function ceilDivision(numerator: number, denominator: number): CeilDivision {
  return { numerator, denominator, value: Math.ceil(numerator / denominator) };
}

function term(array: IoTerm["array"], access: IoTerm["access"], times: number, rows: number, cols: number): IoTerm {
  return {
    array,
    access,
    times,
    rows,
    cols,
    elements: times * rows * cols,
    scoreMatrix: array === "S" || array === "A",
  };
}

function count(terms: readonly IoTerm[]): IoCount {
  const sum = (keep: (t: IoTerm) => boolean) => terms.filter(keep).reduce((s, t) => s + t.elements, 0);
  const reads = sum((t) => t.access === "read");
  const writes = sum((t) => t.access === "write");
  return { terms, reads, writes, total: reads + writes, scoreMatrixElements: sum((t) => t.scoreMatrix) };
}

function checkShape(op: string, N: number, d: number): void {
  checkWholeInRange(op, "the sequence length N", N, FLASH_IO_LIMITS.sequenceLength);
  checkWholeInRange(op, "the head size d", d, FLASH_IO_LIMITS.headDim);
}

/**
 * Standard attention (Algorithm 0): read Q, K, write S = QKᵀ; read S, write A = softmax(S/√d);
 * read A, V, write O = AV. Total 4N² + 4Nd, of which 4N² is S and A.
 * @param N sequence length, d head size: whole numbers within FLASH_IO_LIMITS
 * @throws LimitError
 */
export function standardAttentionIo(N: number, d: number): IoCount {
  checkShape("standardAttentionIo", N, d);
  return count([
    term("Q", "read", 1, N, d),
    term("K", "read", 1, N, d),
    term("S", "write", 1, N, N),
    term("S", "read", 1, N, N),
    term("A", "write", 1, N, N),
    term("A", "read", 1, N, N),
    term("V", "read", 1, N, d),
    term("O", "write", 1, N, d),
  ]);
}

/**
 * FlashAttention (Algorithm 1) with SRAM of M elements: Bc = ⌈M/(4d)⌉, Br = min(⌈M/(4d)⌉, d),
 * Tc = ⌈N/Bc⌉, Tr = ⌈N/Br⌉. Line 2 writes the initial O, l, m (Nd + 2N); the outer loop reads
 * each K_j, V_j once (2Nd in all); each of its Tc passes reads all of Q, O, l, m (2Nd + 2N) and
 * writes O, l, m back (Nd + 2N). Total Nd + 2N + 2Nd + Tc·(3Nd + 4N); S and A are never written.
 * @param N sequence length, d head size, M SRAM size in elements (d ≤ M), within FLASH_IO_LIMITS
 * @throws LimitError
 */
export function flashAttentionIo(N: number, d: number, M: number): FlashIoCount {
  checkShape("flashAttentionIo", N, d);
  checkWholeInRange(
    "flashAttentionIo",
    "the SRAM size M",
    M,
    { min: d, max: FLASH_IO_LIMITS.sram.max },
    "at least the head size d",
  );
  const blockCols = ceilDivision(M, 4 * d);
  const blockRows = Math.min(blockCols.value, d);
  const columnBlocks = ceilDivision(N, blockCols.value);
  const rowBlocks = ceilDivision(N, blockRows);
  const Tc = columnBlocks.value;
  const counted = count([
    term("O", "write", 1, N, d),
    term("l", "write", 1, N, 1),
    term("m", "write", 1, N, 1),
    term("K", "read", 1, N, d),
    term("V", "read", 1, N, d),
    term("Q", "read", Tc, N, d),
    term("O", "read", Tc, N, d),
    term("l", "read", Tc, N, 1),
    term("m", "read", Tc, N, 1),
    term("O", "write", Tc, N, d),
    term("l", "write", Tc, N, 1),
    term("m", "write", Tc, N, 1),
  ]);
  return { ...counted, blockCols, blockRows, columnBlocks, rowBlocks };
}

/**
 * Both counts side by side for the same N, d and M.
 * @throws LimitError
 */
export function attentionIo(
  N: number,
  d: number,
  M: number,
): { readonly standard: IoCount; readonly flash: FlashIoCount } {
  return { standard: standardAttentionIo(N, d), flash: flashAttentionIo(N, d, M) };
}
