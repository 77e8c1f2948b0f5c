// Provider for any OpenAI-compatible chat endpoint (OpenAI, Ollama, vLLM): asks for a JSON array of translations.
import { UpstreamError } from '../../domain/index.js';
import { cleanText } from '../clean-text.js';
import { toLangCode } from '../lang-codes.js';
import type { TranslationRequest, TranslationResult, Translator } from '../translator.js';
import { translateInBatches } from './batch-segments.js';
import { postJson } from '../../fetch/post-json.js';

export interface OpenAiOptions {
  /** e.g. https://api.openai.com/v1, http://127.0.0.1:11434/v1 (Ollama). */
  baseUrl: string;
  model: string;
  apiKey?: string;
  timeoutMs?: number;
  batchSize?: number;
  maxRetryDelayMs?: number;
  /** Languages the model is trusted with; all when absent. */
  languages?: string[];
}

const NAMES = new Intl.DisplayNames(['en'], { type: 'language' });

export class OpenAiTranslator implements Translator {
  readonly name: string;

  constructor(private readonly options: OpenAiOptions) {
    this.name = `openai:${options.model}`;
  }

  supports(from: string, to: string): boolean {
    const allowed = this.options.languages?.map(toLangCode);
    return !allowed || (allowed.includes(toLangCode(from)) && allowed.includes(toLangCode(to)));
  }

  async translate(request: TranslationRequest): Promise<TranslationResult> {
    const endpoint = `${this.options.baseUrl.replace(/\/+$/u, '')}/chat/completions`;
    const from = toLangCode(request.from);
    const to = toLangCode(request.to);
    const segments = await translateInBatches(request.segments.map(cleanText), this.options.batchSize ?? 20, this.name, request.ref ?? null, async (batch) => {
      const body = {
        model: this.options.model,
        temperature: 0,
        messages: [
          { role: 'system', content: buildSystemPrompt(from, to) },
          { role: 'user', content: JSON.stringify(batch) },
        ],
      };
      const response = await postJson(endpoint, body, {
        headers: this.options.apiKey ? { authorization: `Bearer ${this.options.apiKey}` } : {},
        timeoutMs: this.options.timeoutMs ?? 120_000,
        provider: this.name,
        maxRetryDelayMs: this.options.maxRetryDelayMs,
      });
      return parseTranslations(readContent(response, endpoint), endpoint, this.name);
    });
    return { segments, provider: this.name, quality: 'machine', path: [from, to] };
  }
}

function languageName(code: string): string {
  try {
    return NAMES.of(code) ?? code;
  } catch {
    return code;
  }
}

/** The instruction: translate a JSON array, answer with a JSON array of as many strings, nothing else. */
export function buildSystemPrompt(from: string, to: string): string {
  return [
    `You translate news text from ${languageName(from)} to ${languageName(to)}.`,
    'The user sends a JSON array of strings. Translate each string faithfully, keeping names, numbers and paragraph breaks.',
    'Answer with only a JSON array of the translated strings: the same number of strings, in the same order, no comments.',
  ].join(' ');
}

function readContent(response: unknown, endpoint: string): string {
  const choices = (response as { choices?: unknown } | null)?.choices;
  const first = Array.isArray(choices) ? (choices[0] as { message?: { content?: unknown } } | undefined) : undefined;
  const content = first?.message?.content;
  if (typeof content !== 'string') throw new UpstreamError('translate', 'chat response has no message content', endpoint, true);
  return content;
}

/**
 * Reads the model's answer: a JSON array of strings, possibly in a code fence or after some words, or an object
 * holding one array. Anything else is an error (retryable: a model may answer better next time).
 */
export function parseTranslations(content: string, endpoint: string, provider: string): string[] {
  const unfenced = content.replace(/^[\s\S]*?```(?:json)?\s*([\s\S]*?)```[\s\S]*$/u, '$1').trim();
  const candidates = [unfenced, sliceBetween(unfenced, '[', ']'), sliceBetween(unfenced, '{', '}')];
  for (const candidate of candidates) {
    if (!candidate) continue;
    let parsed: unknown;
    try {
      parsed = JSON.parse(candidate);
    } catch {
      continue;
    }
    const list = Array.isArray(parsed) ? parsed : Object.values(parsed as object).find((v) => Array.isArray(v));
    if (Array.isArray(list) && list.every((s) => typeof s === 'string')) return list;
  }
  throw new UpstreamError('translate', `${provider} did not answer with a JSON array of strings: ${content.slice(0, 120)}`, endpoint, true);
}

function sliceBetween(text: string, open: string, close: string): string | null {
  const start = text.indexOf(open);
  const end = text.lastIndexOf(close);
  return start >= 0 && end > start ? text.slice(start, end + 1) : null;
}
