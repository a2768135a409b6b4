import type { Sentence } from './analyse-text.js';

/** A numbered section of the document ("Task One") and the title line under its heading. */
export interface Section {
  /** The heading as written: "Task One". */
  readonly heading: string;
  readonly headingStart: number;
  readonly headingEnd: number;
  /** The heading line under it ("Industrial collaboration to …"), when there is one. */
  readonly title?: Sentence;
  /** Offsets of the whole section, heading included, up to the next numbered heading. */
  readonly start: number;
  readonly end: number;
}

const NUMBER_WORDS = 'one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[0-9]+|[ivx]+';
/** "Task One", "Chapter 3", "Part II": the numbered headings policy documents are divided by. */
const SECTION_HEADING = new RegExp(
  `^(task|chapter|part|section|article|measure|priority)\\s+(${NUMBER_WORDS})$`,
  'i',
);

/** The numbered sections of the document, in order. Text before the first one is in none. */
export function findSections(sentences: readonly Sentence[], text: string): Section[] {
  const headings: Array<{ sentence: Sentence; index: number }> = [];
  sentences.forEach((sentence, index) => {
    if (sentence.isHeading && SECTION_HEADING.test(text.slice(sentence.start, sentence.end)))
      headings.push({ sentence, index });
  });
  return headings.map(({ sentence, index }, n) => {
    const next = headings[n + 1];
    const titleCandidate = sentences[index + 1];
    const title = titleCandidate?.isHeading && titleCandidate !== next?.sentence ? titleCandidate : undefined;
    return {
      heading: text.slice(sentence.start, sentence.end),
      headingStart: sentence.start,
      headingEnd: sentence.end,
      ...(title ? { title } : {}),
      start: sentence.start,
      end: next ? next.sentence.start : text.length,
    };
  });
}

/** The section holding an offset, if any. */
export function sectionAt(sections: readonly Section[], offset: number): Section | undefined {
  return sections.find((section) => offset >= section.start && offset < section.end);
}
