"""Shared helpers for the genre templates: a per-document context with typed fragment makers."""

from __future__ import annotations

import datetime as dt
import random

from .. import SEED
from ..agencies import AGENCIES, COURTS, HOTLINES, Agency, reserved_names
from ..identities import Identities, Person, cn_number, id_is_valid, luhn_is_valid
from ..textspan import E, Fragment, T, concat, join, render

__all__ = ["Ctx", "E", "T", "Fragment", "render", "join", "concat", "cn_int", "AGENCIES", "COURTS", "HOTLINES"]

CN_DIG = "零一二三四五六七八九"


def cn_int(n: int) -> str:
    """Article numbers: 1..999 as written in statute citations (第一百二十四条)."""
    if n < 10:
        return CN_DIG[n]
    if n < 20:
        return "十" + (CN_DIG[n % 10] if n % 10 else "")
    if n < 100:
        return CN_DIG[n // 10] + "十" + (CN_DIG[n % 10] if n % 10 else "")
    h, rest = divmod(n, 100)
    out = CN_DIG[h] + "百"
    if rest == 0:
        return out
    if rest < 10:
        return out + "零" + CN_DIG[rest]
    return out + CN_DIG[rest // 10] + "十" + (CN_DIG[rest % 10] if rest % 10 else "")


class Ctx:
    """Random source and fragment makers for one document (seeded by the document number)."""

    def __init__(self, key: str):
        self.rng = random.Random(f"{SEED}/{key}")
        self.ids = Identities(self.rng, reserved_names())

    # ---- randomness ------------------------------------------------------------------------
    def pick(self, seq):
        return self.rng.choice(list(seq))

    def chance(self, p: float) -> bool:
        return self.rng.random() < p

    def day(self, year: int, m0: int = 1, m1: int = 12) -> dt.date:
        start = dt.date(year, m0, 1).toordinal()
        end = (dt.date(year, m1 + 1, 1) if m1 < 12 else dt.date(year + 1, 1, 1)).toordinal() - 1
        return dt.date.fromordinal(self.rng.randint(start, end))

    def period(self, year: int, month: int, days: int) -> tuple[dt.date, dt.date]:
        d1 = self.day(year, month, month)
        return d1, d1 + dt.timedelta(days=days)

    def person(self, **kw) -> Person:
        return self.ids.person(**kw)

    # ---- entities ----------------------------------------------------------------------------
    @staticmethod
    def name(p: Person | str) -> Fragment:
        return E("PERSON", p if isinstance(p, str) else p.name)

    def idno(self, p: Person) -> Fragment:
        return E("CN_ID_CARD", self.ids.fmt_id(p.id_number))

    def mobile(self, p: Person | None = None, style: str | None = None) -> Fragment:
        m = p.mobile if p else self.ids.mobile()
        return E("PHONE_NUMBER", self.ids.fmt_mobile(m, style))

    def home_phone(self, city: str = "济南", style: str | None = None, ext: str | None = None) -> Fragment:
        area, local = self.ids.landline(city)
        return E("PHONE_NUMBER", self.ids.fmt_landline(area, local, style, ext))

    def addr(self, p: Person, style: str | None = None) -> Fragment:
        return E("CN_ADDRESS", self.ids.address(p, style))

    def dob(self, p: Person, style: str | None = None) -> Fragment:
        return E("DATE_OF_BIRTH", self.ids.fmt_birth(p.birth, style))

    def email(self, p: Person, work_domain: str | None = None) -> Fragment:
        return E("EMAIL_ADDRESS", self.ids.email(p, work_domain))

    def card(self, grouped: bool | None = None, length: int | None = None) -> tuple[str, Fragment]:
        bank, number = self.ids.bank_card(length)
        return bank, E("CN_BANK_CARD", self.ids.fmt_card(number, grouped))

    def uscc(self, region_code: str, kind: str = "91") -> Fragment:
        return E("CN_USCC", self.ids.uscc(region_code, kind))

    def plate(self, province: str = "鲁", kind: str | None = None, city: str | None = None) -> Fragment:
        return E("CN_LICENSE_PLATE", self.ids.plate(province, kind, city))

    def passport(self) -> Fragment:
        return E("CN_PASSPORT", self.ids.passport())

    def permit(self, prefix: str = "C") -> Fragment:
        return E("CN_HK_MACAO_PERMIT", self.ids.hk_macao_permit(prefix))

    @staticmethod
    def mark(text: str) -> Fragment:
        return E("CLASSIFIED_MARK", text)

    # ---- traps -------------------------------------------------------------------------------
    @staticmethod
    def an(a: Agency | str) -> Fragment:
        return T("agency_name", a if isinstance(a, str) else a.name)

    def aphone(self, a: Agency, style: str | None = None) -> Fragment:
        area, local = a.phone.split("-")
        style = style or self.rng.choices(["dash", "fwparen", "paren"], [70, 20, 10])[0]
        text = {"dash": a.phone, "fwparen": f"（{area}）{local}", "paren": f"({area}){local}"}[style]
        return T("agency_phone", text)

    @staticmethod
    def aaddr(a: Agency) -> Fragment:
        return T("agency_address", a.address)

    @staticmethod
    def postcode(code: str | Agency) -> Fragment:
        return T("postcode", code if isinstance(code, str) else code.postcode)

    @staticmethod
    def official(name: str) -> Fragment:
        return T("official_name", name)

    @staticmethod
    def docno(prefix: str | Agency, year: int, n: int) -> Fragment:
        p = prefix if isinstance(prefix, str) else prefix.prefix
        return T("doc_number", f"{p}〔{year}〕{n}号")

    @staticmethod
    def date(d: dt.date, style: str = "cn") -> Fragment:
        if style == "cn":
            return T("event_date", f"{d.year}年{d.month}月{d.day}日")
        if style == "iso":
            return T("event_date", f"{d:%Y-%m-%d}")
        if style == "cnnum":  # 二〇二三年五月六日 (signature dates of formal documents)
            y = "".join("〇一二三四五六七八九"[int(c)] for c in str(d.year))
            return T("event_date", f"{y}年{cn_number(d.month)}月{cn_number(d.day)}日")
        raise ValueError(style)

    @staticmethod
    def statute(law: str, article: int, tail: str = "") -> Fragment:
        return T("statute", f"《{law}》第{cn_int(article)}条{tail}")

    @staticmethod
    def article(article: int) -> Fragment:
        """A bare article reference continuing a citation: 第六十三条."""
        return T("statute", f"第{cn_int(article)}条")

    @staticmethod
    def law(law: str) -> Fragment:
        return T("law_name", f"《{law}》")

    @staticmethod
    def amount(text: str) -> Fragment:
        return T("amount", text)

    @staticmethod
    def case_no(year: int, court_code: str, kind: str, n: int) -> Fragment:
        return T("case_number", f"（{year}）{court_code}{kind}{n}号")

    def serial(self, n_digits: int, prefix: str = "", suffix: str = "") -> Fragment:
        while True:
            first = self.pick("2456789")  # never 1[3-9]..., never a mobile shape
            digits = first + "".join(self.pick("0123456789") for _ in range(n_digits - 1))
            # a serial number must not pass as a bank card or an ID number by accident
            if 16 <= n_digits <= 19 and luhn_is_valid(digits):
                continue
            if n_digits in (15, 18) and id_is_valid(digits):
                continue
            return T("serial_number", prefix + digits + suffix)

    @staticmethod
    def hotline(n: str) -> Fragment:
        return T("hotline", n)

    @staticmethod
    def look(text: str) -> Fragment:
        return T("mark_lookalike", text)

    @staticmethod
    def masked(text: str) -> Fragment:
        return T("masked_value", text)

    @staticmethod
    def org(text: str) -> Fragment:
        return T("org_name", text)

    @staticmethod
    def org_addr(text: str) -> Fragment:
        return T("agency_address", text)

    # ---- boilerplate -------------------------------------------------------------------------
    def remedy(self, gov: str, court: str, kind: str = "决定", days: int = 60, months: int = 6,
               who: str = "你（单位）") -> Fragment:
        forms = [
            "{who}如对本{kind}不服，可以在收到本{kind}之日起{days}日内向{gov}申请行政复议，或者在{months}个月内向{court}提起行政诉讼。",
            "如不服本{kind}，可以自收到之日起{days}日内向{gov}申请行政复议，也可以自收到之日起{months}个月内直接向{court}提起行政诉讼。",
            "{who}对本{kind}不服的，可以在知道或者应当知道之日起{days}日内，依法向{gov}申请行政复议；或者在{months}个月内依法向{court}提起行政诉讼。",
        ]
        return render(self.pick(forms), who=who, kind=kind, days=days, months=months,
                      gov=self.an(gov), court=self.an(court))

    def masked_id(self, p: Person) -> Fragment:
        idn = p.id_number
        style = self.pick(["a", "b", "c"])
        if style == "a":
            text = idn[:4] + "*" * 10 + idn[-4:]
        elif style == "b":
            text = idn[:6] + "********" + idn[-4:]
        else:
            text = idn[:3] + "*" * 11 + idn[-4:]
        return self.masked(text)

    def masked_mobile(self, p: Person) -> Fragment:
        return self.masked(p.mobile[:3] + "****" + p.mobile[-4:])
