"""Theme labels, descriptions and uncertainty (issue: hoofdlijnen a researcher would sign)."""

import re

import numpy as np
import pandas as pd
import pytest

from openanswers.language.phrases import Phrase, attested, name_phrases, written_phrase_forms
from openanswers.language.terms import Term
from openanswers.themes.evidence import Aspect
from openanswers.themes.stability import share_interval, theme_stability
from openanswers.themes.writers import PhraseWriter, ThemeEvidence, answers, describe_selection, make_label_writer, theme_figures

from conftest import SIB


def term(lemma, pos, text=None, domain=False):
    return Term(lemma, pos, domain, text or lemma)


def test_phrases_are_nouns_with_their_attributive_modifiers():
    doc = [term("financieel", "ADJ", "financiële"), term("onzekerheid", "NOUN"), term("hoog", "ADJ", "hoge"),
           term("tarief", "NOUN", "tarieven"), term("verwachten", "VERB"), term("ZZP", "PROPN", "ZZP", domain=True)]
    keys = {p.key for p in name_phrases([doc])[0]}
    assert {"onzekerheid", "financieel onzekerheid", "tarief", "hoog tarief", "ZZP"} == keys
    # A verb never heads a phrase; a bare adjective is never a phrase on its own.
    assert "verwachten" not in keys and "financieel" not in keys


def test_part_of_speech_is_decided_by_majority_over_the_corpus():
    # "zorgaanbieder" mistagged as adjective once, a noun everywhere else: no phrase "zorgaanbieder zorg".
    wrong = [term("zorgaanbieder", "ADJ", "zorgaanbieder"), term("zorg", "NOUN")]
    right = [[term("zorgaanbieder", "NOUN", "zorgaanbieders")] for _ in range(3)]
    phrases = name_phrases([wrong, *right])
    assert {p.key for p in phrases[0]} == {"zorgaanbieder", "zorg"}


def test_labels_are_written_in_the_plural_where_answers_use_it():
    docs = [[Phrase("wedstrijd", "wedstrijden", 1)]] * 3 + [[Phrase("wedstrijd", "wedstrijd", 1)]] * 5
    docs += [[Phrase("kwaliteit", "kwaliteit", 1)]] * 9 + [[Phrase("kwaliteit", "kwaliteiten", 1)]]
    forms = written_phrase_forms(docs)
    assert forms == {"wedstrijd": "wedstrijden", "kwaliteit": "kwaliteit"}


def test_a_phrase_must_occur_as_written():
    assert attested("financiële onzekerheid", ["Er is veel Financiële  onzekerheid."])
    assert not attested("financiële onzekerheid", ["financiële zorgen en onzekerheid"])


def aspect(text, n, score, members):
    return Aspect(text, text, n, score, frozenset(members))


def test_label_joins_two_complementary_phrases_in_dutch():
    aspects = [aspect("tarieven", 23, 1.0, range(0, 23)), aspect("hoge tarieven", 12, 0.9, range(0, 12)),
               aspect("administratieve lasten", 12, 0.8, range(20, 32)), aspect("indexatie", 9, 0.3, range(30, 39))]
    written = PhraseWriter().write(ThemeEvidence(aspects, ["tarief"], 40, 0.4, "De tarieven zijn te laag."))
    # Never two phrases sharing a word ("tarieven en hoge tarieven").
    assert written.label == "Tarieven en administratieve lasten"
    assert written.description.startswith("Respondenten noemen vooral tarieven (23 antwoorden) en administratieve lasten (12).")
    assert "Typerend: ‘De tarieven zijn te laag.’" in written.description
    assert written.candidates and written.label not in written.candidates


def test_unstable_themes_are_called_wankel():
    evidence = ThemeEvidence([aspect("tarieven", 1, 1.0, [0])], [], 3, 0.1, "", stability=0.41)
    text = PhraseWriter().write(evidence).description
    assert "(1 antwoord)" in text and "wankel (stabiliteit 0,41)" in text
    assert "wankel" not in PhraseWriter().write(ThemeEvidence(evidence.aspects, [], 3, 0.1, "", stability=0.9)).description
    assert theme_figures(78, 0.4, [0.33, 0.47], 0.45) == "n=78, 40% (95%-interval 33%–47%), stabiliteit 0,45 (wankel)"


def test_dutch_number_agreement_and_selection_recount():
    assert answers(1) == "1 antwoord" and answers(2) == "2 antwoorden"
    text = describe_selection(["tarieven", "indexatie"], ["Het tarief is laag", "Tarieven omhoog", "Geen indexatie"], "")
    assert text == "Respondenten noemen vooral tarieven (2 antwoorden) en indexatie (1)."


def test_label_writers_are_picked_by_name():
    assert make_label_writer("keywords").name == "keywords"
    with pytest.raises(ValueError, match="phrases"):
        make_label_writer("gpt")


def test_share_interval_is_wilson():
    low, high = share_interval(78, 195)
    assert low < 78 / 195 < high and high - low == pytest.approx(0.136, abs=0.005)
    assert share_interval(0, 20)[0] == 0.0 and 0 < share_interval(0, 20)[1] < 0.2


def test_stability_separates_a_real_group_from_an_arbitrary_cut():
    rng = np.random.default_rng(0)
    # Two well separated blobs; the "themes" cut one blob in half at random.
    points = np.vstack([rng.normal(0, 0.1, (60, 2)), rng.normal(5, 0.1, (60, 2))])
    real = np.repeat([0, 1], 60)
    arbitrary = real.copy()
    arbitrary[rng.permutation(np.flatnonzero(real == 0))[:30]] = 2

    def regroup(indices, seed):
        from sklearn.cluster import KMeans

        return KMeans(2, n_init=2, random_state=seed).fit_predict(points[indices])

    stable = theme_stability(real, regroup, n_resamples=5)
    shaky = theme_stability(arbitrary, regroup, n_resamples=5)
    assert min(stable.values()) > 0.95
    assert shaky[0] < 0.7 and shaky[1] > 0.95


def test_run_themes_read_like_a_report(nvi_result):
    labels = [t.label for t in nvi_result.themes]
    assert len(set(labels)) == len(labels)
    for theme in nvi_result.themes:
        assert theme.label[0].isupper() and "," not in theme.label
        assert re.match(r"Respondenten noemen (vooral|onder meer) ", theme.description)
        assert theme.share_ci[0] <= theme.share <= theme.share_ci[1]
        assert 0.0 <= theme.stability <= 1.0
        # Every phrase the description names with a count is a phrase its answers use that often.
        for named in theme.aspects:
            assert f"{named['text']} (" in theme.description


def test_labels_never_name_a_person_or_an_english_word():
    frame = pd.read_csv(SIB)
    from openanswers.pipeline import summarise
    from openanswers import schema

    texts = frame["tekst"].tolist()
    answers_ = pd.DataFrame({schema.ID: [f"r{i}" for i in range(len(texts))], schema.RESPONDENT: range(len(texts)),
                             schema.QUESTION: "", schema.CLOSED: "", schema.TEXT: texts, schema.CLEAN: texts,
                             schema.RANK: 1, schema.STATUS: schema.ANSWERED, schema.ROW: range(len(texts))})
    result = summarise(answers_, n_themes=7, random_state=0, stability=False)
    from openanswers.privacy.names import first_names, surnames

    # A label's first word is capitalised: "Maan en sterren" names the moon, which the answers write
    # in lower case, not a person called Maan. A name is a capitalised word never written lower case.
    common = {w for text in texts for w in re.findall(r"\w+", text) if w.islower()}
    for theme in result.themes:
        for candidate in [theme.label, *theme.label_candidates]:
            words = candidate.replace(" en ", " ").split()
            assert not {"the", "of", "and", "all"} & {w.lower() for w in words}
            assert not any(w in first_names() or w in surnames() for w in words
                           if w[0].isupper() and w.lower() != w and w.lower() not in common)


def test_aspects_score_distinctive_phrases_and_link_them_as_written():
    from openanswers.themes.evidence import theme_aspects

    texts = (["De kosten per cliënt stijgen.", "Hoge kosten per cliënt, te lage tarieven.", "Kosten per cliënt omlaag?"]
             + ["Wachtlijsten voor de zorg.", "Lange wachtlijsten in de regio.", "Wachtlijsten blijven groeien."])
    nouns = {"kosten": "kost", "cliënt": "cliënt", "tarieven": "tarief", "wachtlijsten": "wachtlijst", "zorg": "zorg",
             "regio": "regio"}
    terms = [[term(nouns[w], "NOUN", w) for w in t.lower().strip(".?").replace(",", "").split() if w in nouns] for t in texts]
    phrases = name_phrases(terms)
    theme_of = np.array([0, 0, 0, 1, 1, 1])
    vectors = np.eye(6)
    aspects = theme_aspects(phrases, written_phrase_forms(phrases), texts, theme_of, vectors)
    first = {a.text: a for a in aspects[0]}
    assert first["kosten per cliënt"].n == 3 and first["kosten per cliënt"].members == frozenset({0, 1, 2})
    assert aspects[1][0].text == "wachtlijsten" and aspects[1][0].n == 3
    # "zorg" and "regio" are used once each: no name.
    assert not {"zorg", "regio"} & {a.text for a in aspects[1]}


def test_description_names_the_label_phrases():
    aspects = [aspect("innovaties", 13, 1.0, range(0, 13)), aspect("beleid", 6, 0.45, range(20, 26)),
               aspect("implementatie", 4, 0.9, range(0, 4))]
    written = PhraseWriter().write(ThemeEvidence(aspects, [], 40, 0.4, ""))
    assert written.label == "Innovaties en beleid"
    # "beleid" scores below the description's own bar, but it is in the label, so it is named.
    # 19 of the 40 answers use one of them: "onder meer", not "vooral" (mainly).
    assert written.description == "Respondenten noemen onder meer innovaties (13 antwoorden), beleid (6) en implementatie (4)."
    most = ThemeEvidence(aspects, [], 30, 0.3, "")
    assert PhraseWriter().write(most).description.startswith("Respondenten noemen vooral innovaties")


def test_a_sentence_copied_into_several_answers_is_one_use():
    from openanswers.themes.evidence import _distinct_uses

    copied = "Wij stellen voor een definitielijst te maken."
    texts = [f"Vraag {i} over iets anders? {copied}" for i in range(4)]
    assert _distinct_uses("definitielijst", texts, 3) == 1
    assert _distinct_uses("definitielijst", texts + ["De definitielijst ontbreekt.", "Graag een definitielijst!"], 3) == 3


def test_two_capitalised_nouns_in_a_row_are_one_name():
    from openanswers.themes.evidence import theme_aspects

    texts = ["Hoe helpt de Green Deal ons?", "De Green Deal kost geld.", "Wat levert de Green Deal op?",
             "Wachtlijsten groeien.", "Lange wachtlijsten.", "Wachtlijsten blijven."]
    nouns = {"green": "green", "deal": "deal", "wachtlijsten": "wachtlijst", "geld": "geld"}
    terms = [[term(nouns[w], "NOUN", w) for w in t.lower().strip(".?").split() if w in nouns] for t in texts]
    phrases = name_phrases(terms)
    aspects = theme_aspects(phrases, written_phrase_forms(phrases), texts, np.array([0, 0, 0, 1, 1, 1]), np.eye(6))
    named = {a.text: a.n for a in aspects[0]}
    assert named["Green Deal"] == 3  # written as the answers write the name
    # Lower-case nouns side by side are no name: "wachtlijsten groeien" joins nothing.
    assert all(" " not in a.text for a in aspects[1])
