/** Recovery of story parts that Readability left behind. Filled in by the recovery rules. */
/** Adds back to `root` the lead and closing paragraphs of the story found in the original `doc`. */
export function recoverStory(root: Element, doc: Document): void {
  void root;
  void doc;
}
