"""What the answer pipeline remembers between answers: the account form of a tuning, once per tuning object."""
from __future__ import annotations

from dataclasses import replace

from service.answer import pipeline
from service.answer.tuning import TUNING


def test_the_account_tuning_is_made_once_per_tuning_and_is_the_copy_it_replaces() -> None:
    made = pipeline._account_tuning(TUNING)
    assert made is pipeline._account_tuning(TUNING)
    assert made == replace(TUNING, bottom_line_support=TUNING.account_support,
                           closest_statements=TUNING.account_closest)
    assert made is not TUNING  # the pipeline tells an account's quoting apart by identity


def test_another_tuning_gets_its_own_account_form_and_at_most_a_few_are_kept() -> None:
    tunings = [replace(TUNING, account_support=n) for n in range(1, 3 * pipeline.ACCOUNT_TUNINGS_KEPT)]
    for tuning in tunings:
        made = pipeline._account_tuning(tuning)
        assert made.bottom_line_support == tuning.account_support
        assert made.closest_statements == tuning.account_closest
        assert len(pipeline._ACCOUNT_TUNINGS) <= pipeline.ACCOUNT_TUNINGS_KEPT
    assert pipeline._account_tuning(TUNING).bottom_line_support == TUNING.account_support
