"""Helpers shared by the templates: public entries (allow list) and annotated spellings."""

from __future__ import annotations

from ..identities import Area, Factory, Person, card_style, dob_style, landline_style, mobile_style
from ..textdoc import A, Doc, E, P, T

# Officials who sign or act for an agency (public; listed in agency.txt).  Reserved: no private
# person in any document gets one of these names or a name containing / contained in one.
OFFICIALS = (
    "龚立新", "蒋卫平", "晏国栋", "符建华", "滕玉成", "詹海鹰", "卜庆云", "黎志红", "葛长春", "伍静波",
    "甘宏伟", "凌晓东", "傅继明", "闵秀兰", "柯文彬", "祁建军", "牛光辉", "包德胜", "左红梅", "褚振华",
    "单立群", "车晓燕", "翟永福", "景春生", "汝宝林", "米秀英", "庞国华", "岳建新", "欧卫东", "虞红英",
)


def official(d: Doc, name: str) -> object:
    assert name in OFFICIALS, name
    d.public("officials", name)
    return T("official_name", name)


def agency_phone(d: Doc, text: str) -> object:
    d.public("agency_phones", text)
    return T("agency_phone", text)


def agency_email(d: Doc, text: str) -> object:
    d.public("agency_emails", text)
    return T("agency_email", text)


def hotline(d: Doc, text: str) -> object:
    d.public("hotlines", text)
    return T("hotline", text)


def mob(p_or_number: Person | str, style: str = "plain") -> object:
    v = p_or_number.mobile if isinstance(p_or_number, Person) else p_or_number
    return E("PHONE_NUMBER", mobile_style(v, style))


def land(f: Factory, area: Area, style: str = "dash") -> object:
    return E("PHONE_NUMBER", landline_style(area, f.landline(area), style))


def idc(p: Person, lower_x: bool = False) -> object:
    v = p.id18.lower() if lower_x else p.id18
    return E("CN_ID_CARD", v)


def dob(p: Person, style: str = "ymd") -> object:
    return E("DATE_OF_BIRTH", dob_style(p.birth, style))


def card(f: Factory, style: str = "plain") -> tuple[str, object]:
    bank, v = f.bank_card()
    return bank, E("CN_BANK_CARD", card_style(v, style))


def email(f: Factory) -> object:
    return E("EMAIL_ADDRESS", f.email())


def masked_id(p: Person) -> object:
    return T("masked_value", p.id18[:4] + "*" * 10 + p.id18[-4:])


def masked_mobile(p: Person) -> object:
    return T("masked_value", p.mobile[:3] + "****" + p.mobile[-4:])


def age(p: Person, year: int = 2024) -> int:
    return year - p.birth.year


__all__ = ["A", "Doc", "E", "P", "T", "official", "agency_phone", "agency_email", "hotline", "mob", "land", "idc",
           "dob", "card", "email", "masked_id", "masked_mobile", "age", "OFFICIALS"]
