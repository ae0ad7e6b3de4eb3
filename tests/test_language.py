"""Every text that is not English gets the same one-sentence answer, whatever its language."""

from __future__ import annotations

import pytest

import framing
from framing import FramingError, read_article
from framing.errors import NOT_ENGLISH, check_text

NOT_ENGLISH_TEXTS = {
    "Russian": "Министр посетил тюрьму в среду. «Это важный шаг», — сказал он журналистам.",
    "Chinese": "部长周三参观了监狱。他说：“这是重要的一步。”",
    "Chinese headline and one line": "部长参观监狱\n他说这是重要的一步。",
    "Arabic": "زار الوزير السجن يوم الأربعاء وقال إنها خطوة مهمة.",
    "Greek": "Ο υπουργός επισκέφθηκε τη φυλακή την Τετάρτη και είπε ότι είναι σημαντικό βήμα.",
    "Spanish": (
        "La ministra visitó la prisión el miércoles. Según el gobierno, los presos fueron "
        "trasladados desde Estados Unidos. «Es un paso importante», dijo la ministra a los "
        "periodistas, que no pudieron hablar con los detenidos."
    ),
    "Spanish headline": "La ministra visitó la prisión del país",
    "French": (
        "La ministre a visité la prison mercredi. Selon le gouvernement, les détenus ont été "
        "transférés depuis les États-Unis, et ils sont dans une cellule commune."
    ),
    "German": (
        "Die Ministerin besuchte am Mittwoch das Gefängnis. Nach Angaben der Regierung wurden "
        "die Häftlinge aus den USA gebracht, sagte sie den Journalisten."
    ),
    "Portuguese": (
        "A ministra visitou a prisão na quarta-feira. Segundo o governo, os presos foram "
        "transferidos dos Estados Unidos, disse ela aos jornalistas."
    ),
    "Italian": (
        "La ministra ha visitato il carcere mercoledì. Secondo il governo, i detenuti sono "
        "stati trasferiti dagli Stati Uniti, ha detto ai giornalisti della stampa."
    ),
    "Dutch": (
        "De minister heeft woensdag de gevangenis bezocht. Volgens de regering zijn de "
        "gevangenen uit de Verenigde Staten overgebracht, zei zij tegen journalisten."
    ),
    "Polish": (
        "Minister odwiedziła więzienie w środę. Według rządu więźniowie zostali przewiezieni "
        "ze Stanów Zjednoczonych, powiedziała dziennikarzom na konferencji prasowej w stolicy."
    ),
    "Vietnamese": (
        "Bộ trưởng đã đến thăm nhà tù vào thứ Tư. Theo chính phủ, các tù nhân đã được chuyển "
        "từ Hoa Kỳ sang, bà nói với các nhà báo tại buổi họp báo ở thủ đô."
    ),
}

ENGLISH_TEXTS = [
    "Mayor Says No\nThe mayor said the plan was \u201creckless.\u201d",
    "Noem visits El Salvador",
    "Depot to close",
    # English about Latin America: Spanish names, more English words.
    "SAN SALVADOR, El Salvador - The minister of Los Angeles County visited the prison of "
    "El Salvador on Wednesday, said officials from the Ministerio de Justicia y Seguridad.",
    # A Chinese name in an English article.
    "President Xi Jinping (习近平) said on Tuesday that the talks had gone well for both sides.",
]


@pytest.mark.parametrize("language", sorted(NOT_ENGLISH_TEXTS))
def test_every_other_language_gets_the_same_one_sentence(language):
    with pytest.raises(FramingError) as error:
        framing.Article(NOT_ENGLISH_TEXTS[language])
    assert str(error.value) == NOT_ENGLISH.format(what="The article")
    assert str(error.value).rstrip(".").count(". ") == 0


@pytest.mark.parametrize("text", ENGLISH_TEXTS)
def test_english_with_foreign_names_is_analysed(text):
    assert check_text(text) == text


def test_the_bundled_texts_are_english():
    for article in framing.load_corpus():
        assert check_text(article.text)


@pytest.mark.parametrize("language", ["Russian", "Chinese", "Spanish"])
def test_a_file_in_another_language_is_named_in_the_answer(tmp_path, language):
    path = tmp_path / "story.txt"
    path.write_text(NOT_ENGLISH_TEXTS[language] + "\n", encoding="utf-8")
    with pytest.raises(FramingError) as error:
        read_article(path)
    assert str(error.value) == NOT_ENGLISH.format(what='"story.txt"')


def test_the_language_check_can_be_switched_off():
    text = NOT_ENGLISH_TEXTS["Spanish"]
    assert framing.Article(text, check_language=False).text == text
