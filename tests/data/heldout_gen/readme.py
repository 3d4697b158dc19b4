"""tests/data/heldout/README.md, written by the generator so that its counts never go stale."""

from __future__ import annotations

from collections import Counter

from .textdoc import Doc

TEXT = """\
# Review Desk HELD-OUT evaluation set

**Held out: do not tune on it.** This set measures how well the detector (rules and the NER model)
*generalises*. Name and address rules, gazetteers, allow/deny lists, thresholds and the NER model are
developed on the development corpus (`tests/data/corpus`, made by `tests/data/corpus_gen`); none of
them may be fitted, trained, calibrated or debugged on these files. Read the scores, not the documents:
if a score here is used to pick between candidates too often, the set stops being held out.

It is independent of the development corpus by construction: its own generator
(`tests/data/heldout_gen`), its own document templates and wording, its own genres and issuing
agencies (mostly outside Shandong), its own given-name character pools, minority and foreign names,
its own road / community / village names, and a separate seed. `tests/test_heldout_integrity.py`
checks that no address or identifier, and (almost) no name, is shared with the development corpus.

**All identities are synthetic.** Every name, ID number, phone number, bank card, e-mail, credit code,
passport, permit, plate and home address was made up by a seeded random generator
(`heldout_gen/identities.py`). Province / city / county / township names and 6-digit division codes
are real (from the 2023 division tables in `shared/ner-data/admin_divisions_modood`, copied into the
generator); roads, communities, villages and house numbers are invented. ID numbers pass GB 11643,
cards pass Luhn, credit codes pass GB 32100, but none belongs to a real person or company. Agencies
are real kinds of bodies; their officials, switchboards and addresses are invented.

## Files

```
tests/data/heldout/
  NNN_genre.txt          the document (encoding and line ends: see its gold file)
  NNN_genre.gold.json    gold entities and traps
  agency.txt             allow list: officials acting in office, agency numbers, mailboxes, hotlines
  README.md              this file (generated)
  .gitattributes         keeps git from touching bytes (GBK, CRLF, BOM)
```

{file_table}

## Gold format

```json
{example}
```

* `encoding` is `utf-8`, `utf-8-sig` (UTF-8 with BOM) or `gbk`. `start`/`end` are **code-point
  offsets into the decoded text** (the BOM is not part of the text; in the CRLF file `\\r` counts as
  one code point). `text` is the span exactly as written.
* Entity types: `PERSON` (the name only, without 同志/代表/委员/title; every occurrence, including
  repeats, in rosters separated by `、` or spaces, in signature blocks, after 申请人/被申请人/当事人/
  委托代理人/法定代表人/联系人/户主/第三人/经办人/证人; compound and rare surnames, single-character
  given names, minority names with and without `·`, transliterated foreign names), `CN_ADDRESS`
  (whole home-address span: urban with or without province, 小区/号楼/单元/室, 社区, rural 村/组/社/号),
  `CN_ID_CARD` (18-character, with `X` and `x`, and a legacy 15-digit one), `PHONE_NUMBER` (mobiles
  plain, spaced, dashed, `+86`, full-width; personal landlines with `-`, space, `()`, `（）`),
  `EMAIL_ADDRESS`, `CN_BANK_CARD` (plain and grouped by 4), `CN_USCC`, `CN_PASSPORT`,
  `CN_HK_MACAO_PERMIT` (`C`, `H`, `M`), `CN_LICENSE_PLATE` (with and without `·`, new-energy, trailer
  `挂`), `DATE_OF_BIRTH` (only in a personal context; `1978年5月3日`, `1990-03-07`, `一九六〇年四月二十八日`,
  `1997.10`, `1991年3月`, `1962.2.11` styles), `CLASSIFIED_MARK`.
* Trap kinds (must **not** be reported): `pseudonym` (张某某, 李某, 王某甲, 赵××, 小李（化名）),
  `place_name` (place names that look like names or are used as names: 张店区, 李沧区, 周村区, 王府井,
  中山路, 黄河路, 马家村, 马家屯, 枫桥经验), `jurisdiction` (areas of agencies and places where events
  happened), `org_address` (registered addresses of companies and agencies), `org_name`
  (organisation names containing surnames, e.g. 广西南宁王朝建筑劳务有限公司, …张裕酒业经营部),
  `public_figure` (习近平新时代中国特色社会主义思想, 习近平法治思想 …), `official_name` (officials who sign
  or act in office; listed in `agency.txt`), `doc_number`, `statute`, `law_name`, `amount`,
  `event_date`, `hotline`, `agency_phone`, `agency_email`, `agency_name`, `case_number`,
  `serial_number`, `masked_value` (`5226**********1234`, `147****1234` styles), `mark_lookalike`.
  Traps are not exhaustive; entities are.
* An official's *name* is public (trap) but an official's *mobile* in a duty roster is a
  `PHONE_NUMBER` (`027`). Deputies' and CPPCC members' names are personal data (`008`, `009`).
* `agency.txt`: one entry per line (`#` starts a comment), exactly as written in a document. A finding
  whose text equals an entry is a false positive. No `PERSON` or personal phone is in it.

## Counts

{counts}

## Regenerating

From the repository root:

```
python -m tests.data.heldout_gen            # rewrites tests/data/heldout
python -m tests.data.heldout_gen --out DIR  # writes to DIR instead
```

Generation is deterministic: each document has its own seed (from `heldout_gen.SEED` and its number),
so editing one template leaves the others unchanged. Offsets come from placeholder substitution
(`heldout_gen/textdoc.py`), never from searching; before writing, the generator checks that every
span slices exactly, that spans do not overlap, that every occurrence of an entity's text is annotated,
that no mobile-looking, ID-valid or Luhn-valid number is left unannotated, that identifiers pass their
checks, and that no private name is an official's name. `tests/test_heldout_integrity.py` re-checks all
of that with its own validators and regenerates into a temporary folder to compare bytes, so **after
changing the generator, regenerate and commit the output**. Never edit generated files by hand.
"""


def render(docs: list[Doc]) -> str:
    rows = ["| file | genre | encoding | chars | entities | traps |", "|---|---|---|---|---|---|"]
    for d in docs:
        enc = d.encoding + (", CRLF" if d.newline == "crlf" else "")
        rows.append(f"| `{d.filename}` | {d.genre} | {enc} | {len(d.text)} | {len(d.entities)} | {len(d.traps)} |")
    ents = Counter(l for d in docs for l, *_ in d.entities)
    traps = Counter(k for d in docs for k, *_ in d.traps)
    persons = {t for d in docs for l, _, _, t in d.entities if l == "PERSON"}
    c = [f"{len(docs)} documents, {sum(len(d.text) for d in docs):,} characters; "
         f"{sum(ents.values())} entities ({len(persons)} distinct person names), {sum(traps.values())} traps.", "",
         "| entity type | spans |", "|---|---|"]
    c += [f"| `{k}` | {v} |" for k, v in sorted(ents.items(), key=lambda kv: (-kv[1], kv[0]))]
    c += ["", "| trap kind | spans |", "|---|---|"]
    c += [f"| `{k}` | {v} |" for k, v in sorted(traps.items(), key=lambda kv: (-kv[1], kv[0]))]
    d = next(d for d in docs if d.encoding == "gbk")
    e = sorted(d.entities, key=lambda x: x[1])[0]
    t = sorted(d.traps, key=lambda x: x[1])[1]
    example = "\n".join([
        "{",
        f' "file": "{d.filename}",',
        f' "encoding": "{d.encoding}",',
        f' "newline": "{d.newline}",',
        f' "genre": "{d.genre}",',
        f' "entities": [{{"type": "{e[0]}", "start": {e[1]}, "end": {e[2]}, "text": "{e[3]}"}}, …],',
        f' "traps": [{{"kind": "{t[0]}", "start": {t[1]}, "end": {t[2]}, "text": "{t[3]}"}}, …]',
        "}"])
    return TEXT.format(file_table="\n".join(rows), counts="\n".join(c), example=example)
