package org.greenmine.search.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import org.junit.jupiter.api.Test;

class ThesaurusTest {
  private static final String LINES =
      """
      # comment line, ignored
      尾矿, tailings, tailing
      充填开采, backfill mining, paste backfill mining

      煤矸石, coal gangue, gangue
      """;

  @Test
  void termsComeFromEveryEquivalenceLine() throws Exception {
    Thesaurus thesaurus = Thesaurus.read(new StringReader(LINES));
    assertThat(thesaurus.size()).isEqualTo(9);
  }

  @Test
  void prefixesMatchTermsThenLaterWords() throws Exception {
    Thesaurus thesaurus = Thesaurus.read(new StringReader(LINES));
    assertThat(thesaurus.startingWith("TAIL", 10)).containsExactly("tailings", "tailing");
    assertThat(thesaurus.startingWith("gangue", 10)).containsExactly("gangue", "coal gangue");
    assertThat(thesaurus.startingWith("尾", 10)).containsExactly("尾矿");
    assertThat(thesaurus.startingWith("b", 1)).containsExactly("backfill mining");
    assertThat(thesaurus.startingWith(" ", 10)).isEmpty();
  }

  @Test
  void theShippedThesaurusIsOnTheClasspathWithAtLeast150Concepts() {
    // the build copies solr/greenmine/conf into the classes; each concept has two or more terms
    assertThat(Thesaurus.fromClasspath().size()).isGreaterThan(300);
  }
}
