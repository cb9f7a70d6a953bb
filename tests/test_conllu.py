"""CoNLL-U reading, writing and scoring on files written for these tests."""

from pathlib import Path

import pytest

from warta.conllu import ConlluError, format_conllu, parse_conllu, read_conllu, score, with_analysis

DATA = Path(__file__).parent / "data"


def test_reads_words_past_multiword_ranges_and_keeps_spacing():
    sents = read_conllu(DATA / "own_en.conllu")
    assert len(sents) == 3
    third = sents[2]
    assert [w.form for w in third.words] == ["She", "did", "n't", "leave", "."]
    assert [w.id for w in third.words] == [1, 2, 3, 4, 5]
    assert third.text == "She didn't leave."
    first = sents[0]
    assert first.words[6].form == "Monday" and not first.words[6].space_after
    assert first.words[1].head == 3 and first.words[1].deprel == "nsubj"
    assert first.line == 1 and sents[1].line == 12


@pytest.mark.parametrize("name", ["own_id.conllu", "own_en.conllu"])
def test_round_trip_keeps_every_line(tmp_path, name):
    sents = read_conllu(DATA / name)
    out = tmp_path / name
    out.write_text("".join(format_conllu(sents)), encoding="utf-8")
    assert read_conllu(out) == sents
    assert out.read_text(encoding="utf-8") == (DATA / name).read_text(encoding="utf-8")


def test_bad_lines_name_file_and_line_and_the_rest_is_read():
    text = ("# text = a b\n1\ta\t_\tX\t_\t_\t0\troot\t_\t_\n2\tb\t_\tX\t_\t_\t1\n\n"
            "1\tc\t_\tX\t_\t_\t0\troot\t_\t_\n\n"
            "1\td\t_\tX\t_\t_\t7\tdep\t_\t_\n\n")
    with pytest.raises(ConlluError, match=r"f\.conllu:3: 7 tab-separated columns"):
        list(parse_conllu(text.splitlines(True), "f.conllu"))
    errors = []
    sents = list(parse_conllu(text.splitlines(True), "f.conllu", errors.append))
    assert [s.words[0].form for s in sents] == ["c"]
    assert [str(e).split(": ")[0] for e in errors] == ["f.conllu:3", "f.conllu:7"]
    assert "beyond the sentence" in str(errors[1])


def test_score_counts_heads_and_universal_relations():
    gold = read_conllu(DATA / "own_en.conllu")
    perfect = score(gold, gold)
    assert (perfect.words, perfect.uas, perfect.las, perfect.upos) == (22, 1.0, 1.0, 1.0)
    s = gold[1]  # The minister was arrested by police in Jakarta .
    cols = [(w.upos, w.feats, w.head, w.deprel) for w in s.words]
    cols[1] = ("NOUN", "_", 4, "nsubj")  # wrong subtype: still right by the universal part
    cols[5] = ("PROPN", "_", 4, "obj")  # right head, wrong relation, wrong tag
    cols[7] = ("PROPN", "_", 6, "nmod")  # wrong head
    pred = [gold[0], with_analysis(s, cols), gold[2]]
    sc = score(gold, pred)
    assert sc.uas == pytest.approx(21 / 22)
    assert sc.las == pytest.approx(20 / 22)
    assert sc.upos == pytest.approx(21 / 22)
    no_punct = score(gold, pred, punct=False)
    assert no_punct.words == 19


def test_score_refuses_different_words():
    gold = read_conllu(DATA / "own_en.conllu")
    with pytest.raises(ValueError, match="words differ"):
        score(gold[:2], [gold[1], gold[0]])
