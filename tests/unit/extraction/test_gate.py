from services.extractor.engine import extract_with_stats, gate_passes
from services.extractor.engine.gate import split_sentences

from .conftest import make_article


def test_gate_needs_troop_vocabulary() -> None:
    assert gate_passes("Norway will send 300 soldiers to Latvia.")
    assert gate_passes("Les casques bleus quittent le pays.")
    assert gate_passes("Peacekeepers arrived on Monday.")
    assert not gate_passes("The central bank raised rates by 25 basis points.")
    assert not gate_passes("La Bourse de Paris a gagné 2 % ce lundi.")


def test_weak_words_alone_do_not_open_an_article() -> None:
    assert not gate_passes("Market forces and the men who run them.")


def test_gated_out_article_is_not_parsed() -> None:
    result = extract_with_stats(make_article("Inflation fell to 3 percent in March, the bank said."))
    assert result.gated_out and result.events == [] and result.sentences_parsed == 0


def test_only_sentences_with_figures_on_troops_are_parsed() -> None:
    body = "The weather was cold. Norway will send 300 soldiers to Latvia. Soldiers like tea."
    result = extract_with_stats(make_article(body))
    assert not result.gated_out and result.sentences_parsed == 1


def test_splitter_keeps_abbreviations() -> None:
    text = "The U.S. Army sent 500 troops. Then it stopped."
    assert [text[s:e] for s, e in split_sentences(text)] == ["The U.S. Army sent 500 troops.", "Then it stopped."]


def test_gate_reads_any_case() -> None:
    # (the gate lowers the text once and matches case-sensitive patterns)
    assert gate_passes("NORWAY WILL SEND 300 SOLDIERS TO LATVIA.")
    assert gate_passes("ÉTAT-MAJOR : 200 Légionnaires partent au Tchad.")
    assert gate_passes("A 1,000-Strong battalion left.")
    assert gate_passes("Une force de 1 500 HOMMES.")
    assert not gate_passes("MARKET FORCES AND THE MEN WHO RUN THEM.")


def test_a_word_figure_with_elided_de_opens_the_gate() -> None:
    # "un millier d'hommes" counts men as "mille hommes" does; "des milliers de femmes et d'hommes" stays out
    assert gate_passes("Au Niger, l'armée française dispose déjà d'un millier d'hommes.")
    assert gate_passes("Une centaine d'hommes ont été envoyés en renfort.")
    assert not gate_passes("Les hommes politiques se sont réunis lundi.")
