import { describe, expect, it } from 'vitest';
import { SourceTextIndex } from '../../src/dataset/source-text-index.js';

const TEXT = 'Chapter 1. Introduction.\nWenzhou will cooperate with Taizhou.\nTaizhou lies north.\n';

describe('the verbatim-quote check of a source text', () => {
  it('finds a quote that is a whole line', () => {
    expect(new SourceTextIndex(TEXT).contains('Wenzhou will cooperate with Taizhou.')).toBe(true);
  });

  it('finds a quote inside a line and a quote across lines', () => {
    const index = new SourceTextIndex(TEXT);
    expect(index.contains('will cooperate with')).toBe(true);
    expect(index.contains('Taizhou.\nTaizhou lies')).toBe(true);
  });

  it('refuses a quote that is not in the text, however close', () => {
    const index = new SourceTextIndex(TEXT);
    expect(index.contains('Wenzhou will cooperate with Ningbo.')).toBe(false);
    expect(index.contains('Wenzhou will cooperate with Taizhou. ')).toBe(false);
  });
});
