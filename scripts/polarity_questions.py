"""Yes/no questions on the default corpus asked both ways round (whether to use something, whether to avoid,
stop or withhold it, whether it is contraindicated), each with the verdict its sources' advice gives, judged
by a reader from the corpus's own sentences (session 20, branch s20guide; BENCHMARKS.md "Question polarity,
session 20"). Prints each verdict and bottom line, marks agreement, and counts it.

Usage: PYTHONPATH=. python scripts/polarity_questions.py INDEX_DIR     (the default corpus: /tmp/lead-data/index)
"""
from __future__ import annotations

import argparse

from index.search import open_index
from service.answer.pipeline import answer_question

# question|the verdict the corpus's advice gives (empty: not judged)
QS = """Should shockwave therapy be avoided in pregnancy?|yes
Should shockwave therapy be avoided during pregnancy?|yes
Is shockwave therapy contraindicated in pregnancy?|yes
Should shockwave therapy be used in pregnancy?|no
Should inhaled corticosteroids be stopped in adults with asthma?|no
Should inhaled corticosteroids be discontinued completely in adults with asthma?|no
Should inhaled corticosteroids be continued in adults with asthma?|yes
Should patients taking warfarin avoid green vegetables?|no
Should green vegetables be avoided by patients taking warfarin?|no
Are ACE inhibitors contraindicated in pregnancy?|yes
Should ACE inhibitors be avoided in pregnancy?|yes
Should ACE inhibitors be used in pregnancy?|no
Is bupropion contraindicated in people with a history of seizures?|yes
Should bupropion be avoided in people with a history of seizures?|yes
Should vitamin K2 supplements be avoided by patients taking warfarin?|yes
Should patients taking warfarin avoid vitamin K2 supplements?|yes
Should very high doses of vitamin D be avoided?|yes
Should long-acting beta-agonists be used without an inhaled corticosteroid in asthma?|no
Is vitamin K2 safe for people taking warfarin?|no
Should aspirin be discontinued before noncardiac surgery?|
Is vitamin K2 recommended for fracture prevention?|no
Should vitamin K2 be withheld for fracture prevention?|yes
Should ACE inhibitors and ARBs be combined for hypertension?|no
Can ACE inhibitors be combined with ARBs for hypertension?|no
Can calcium and vitamin D be taken together to prevent fractures?|""".splitlines()


def main(index_dir: str) -> None:
    """Answer each question and print its verdict beside the expected one."""
    index = open_index(index_dir)
    agree = judged = 0
    for line in QS:
        question, want = line.split("|")
        answer = answer_question(index, question)
        mark = "   " if not want else ("OK " if answer.verdict == want else "XX ")
        judged += bool(want)
        agree += mark == "OK "
        print(f"{mark}{answer.verdict or '-':<12} {question}\n      {answer.bottom_line.text[:230]}")
    print(f"agree {agree} of {judged}")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("index_dir")
    main(parser.parse_args().index_dir)
