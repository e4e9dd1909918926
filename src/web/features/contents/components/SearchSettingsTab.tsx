import { CuratedQuestionsSection } from './CuratedQuestionsSection.tsx';
import { SynonymsSection } from './SynonymsSection.tsx';

/** What the search knows beyond the articles' words: synonyms, and « questions types » that lead straight to articles. */
export function SearchSettingsTab() {
  return (
    <>
      <SynonymsSection />
      <CuratedQuestionsSection />
    </>
  );
}
