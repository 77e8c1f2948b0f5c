// The bash script that runs one translation path (one or more chained Apertium modes) on a stream.

/** Quotes a value for bash. */
function quote(value: string): string {
  return `'${value.replace(/'/gu, `'\\''`)}'`;
}

/**
 * A bash pipeline running each mode file in turn on Apertium's stream format (no deformatter: we escape
 * ourselves). `nullFlush` makes every program flush its output at each NUL byte, so one process serves
 * many requests. Intermediate stages keep their unknown-word marks, so a word unknown to the first pair
 * comes out with one mark per stage: that tells the post-processing which language it is in.
 */
export function buildPipelineScript(modeFiles: readonly string[], nullFlush: boolean): string {
  const flag = nullFlush ? '-z ' : '';
  return modeFiles.map((file) => `bash <(apertium-wblank-mode ${flag}${quote(file)}) -g ''`).join(' | ');
}
