/** Recovery of story parts that Readability left behind, from the original (unmodified) page. */
import { recoverClosing } from './closing-paragraphs';
import { recoverLead } from './lead-paragraphs';
import { pageParagraphs } from './locate';
import { recoverLostSections } from './lost-sections';
import { recoverSiblingSections } from './sibling-sections';

/** Adds back to `root` the sections, lead and closing paragraphs of the story found in `doc`. */
export function recoverStory(root: Element, doc: Document): void {
  const page = pageParagraphs(doc);
  recoverLostSections(root, doc, page);
  recoverSiblingSections(root, doc, page);
  recoverLead(root, page);
  recoverClosing(root, page);
}
