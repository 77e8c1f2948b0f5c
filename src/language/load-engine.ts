// Picks the language-identification engine by name; each loads its model once per process.
import { loadEldEngine } from './eld-engine.js';
import type { EngineName, LanguageEngine } from './engine.js';
import { loadFastTextEngine } from './fasttext-engine.js';

export function loadEngine(name: EngineName): Promise<LanguageEngine> {
  return name === 'eld' ? loadEldEngine() : loadFastTextEngine();
}
