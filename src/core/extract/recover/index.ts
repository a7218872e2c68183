/** Recovery of story parts that Readability left behind, from the original (unmodified) page. */
import { recoverClosing } from './closing-paragraphs';
import { recoverLead } from './lead-paragraphs';
import { pageParagraphs } from './locate';
import { preparedPage } from '../prepare-clone';
import { recoverLostSections } from './lost-sections';
import { recoverSiblingSections } from './sibling-sections';

/** Adds back to `root` the sections, lead and closing paragraphs of the story found in `doc`. */
export function recoverStory(root: Element, doc: Document): void {
  const page = pageParagraphs(doc);
  const prepared = preparedPage(doc);
  recoverLostSections(root, prepared, page);
  recoverSiblingSections(root, prepared, page);
  recoverLead(root, page);
  recoverClosing(root, page);
}
