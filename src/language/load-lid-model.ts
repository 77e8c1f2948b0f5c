// Typed access to the fastText lid.176 model that fasttext.wasm.js ships.
import { getLIDModel } from 'fasttext.wasm.js';

/**
 * The package's declaration files import each other without file extensions, which NodeNext
 * resolution cannot follow, so its exports arrive as `any`. These are the parts we use, as its
 * d.ts declares them (FastTextModel.predict, getLabels), so the rest of the code stays typed.
 */
export interface WasmVector<T> {
  size(): number;
  get(index: number): T;
  /** Frees the vector on the WebAssembly heap; nothing else does. */
  delete(): void;
}

export interface LidModel {
  /** `k` best labels (-1: all) with a probability of at least `threshold`, as [probability, label]. */
  predict(text: string, k: number, threshold: number): WasmVector<[number, string]>;
  getLabels(): [WasmVector<string>, WasmVector<number>];
}

interface LidModelLoader {
  load(): Promise<LidModel>;
}

const getLoader = getLIDModel as () => Promise<LidModelLoader>;

export async function loadLidModel(): Promise<LidModel> {
  return (await getLoader()).load();
}

/** The model's labels (`__label__en`, ...), in the model's order. */
export function readLidLabels(model: LidModel): string[] {
  const [labels, counts] = model.getLabels();
  try {
    return Array.from({ length: labels.size() }, (_, i) => labels.get(i));
  } finally {
    labels.delete();
    counts.delete();
  }
}
