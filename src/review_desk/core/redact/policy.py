"""Redaction policies: which operation each entity type gets, and how the package is sanitized.

A policy is a TOML file in ``resources/policies/`` (``default.toml``, ``remove-all.toml``) or any
path.  :func:`load_policy` validates it and returns a :class:`RedactionPolicy`; unknown keys,
operations, styles or bases are errors naming the file, never silently ignored.

The policy only *suggests*: the reviewer decides per finding later (issue "one item, one review");
``review-desk redact`` applies the suggestions as they are.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field, fields
from enum import Enum
from pathlib import Path
from types import MappingProxyType
from typing import Iterable, Mapping

from review_desk.core.detect.finding import Action, Finding
from review_desk.core.detect.policy import BLOCKING_TYPES, INFORMATIONAL_TYPES
from review_desk.core.errors import ErrorCode, ReviewDeskError
from review_desk.core.legal import BY_CODE, BasisKind, removal_mark
from review_desk.core.paths import resource

from .court_names import court_names
from .masks import mask_value

DEFAULT_POLICY = "default"


class Operation(str, Enum):
    """What happens to one finding in the published copy."""

    REDACT = "redact"  # removed entirely; the legal basis mark takes its place
    MASK = "mask"  # partially masked (张*, 138****1234)
    KEEP = "keep"  # left as it is


class PolicyError(ReviewDeskError):
    """A policy file that is missing or invalid."""

    def __init__(self, message: str, path: str | None = None,
                 code: ErrorCode = ErrorCode.POLICY_INVALID) -> None:
        super().__init__(code, message, path)


@dataclass(frozen=True)
class TypeRule:
    operation: Operation
    options: Mapping[str, object] = field(default_factory=lambda: MappingProxyType({}))


@dataclass(frozen=True)
class SanitizeOptions:
    enabled: bool = True
    agency: str = ""
    embedded_objects: str = "remove"  # remove | refuse
    comments: bool = True
    tracked_changes: bool = True
    hidden_text: bool = True
    custom_xml: bool = True
    custom_properties: bool = True
    document_variables: bool = True
    rsids: bool = True
    thumbnails: bool = True
    image_metadata: bool = True
    attached_template: bool = True


@dataclass(frozen=True)
class RedactionPolicy:
    name: str
    title: str
    removal_basis: str
    default_operation: Operation
    rules: Mapping[str, TypeRule]
    sanitize: SanitizeOptions
    require_countersign: bool = False
    source: str = ""
    cut_distribution: bool = False  # the 抄送 block is a finding of its own (core.review.distribution)
    #: the publication basis under which a legal person's 法定代表人 / 负责人 is kept (core.review.representative)
    representative_basis: str | None = None

    def rule_for(self, entity_type: str) -> TypeRule:
        if entity_type in INFORMATIONAL_TYPES or entity_type in BLOCKING_TYPES:
            return TypeRule(Operation.KEEP)
        return self.rules.get(entity_type) or TypeRule(self.default_operation)

    def suggested(self, entity_type: str) -> Operation:
        """The operation this policy suggests for a finding of ``entity_type``."""
        return self.rule_for(entity_type).operation

    def suggestion(self, finding: Finding) -> Operation:
        """The suggestion for one finding: a finding the detector already marked keep or block
        (an official, a classification mark) stays as it is."""
        return self.suggested(finding.type) if finding.action is Action.REDACT else Operation.KEEP

    def pseudonyms(self, names: Iterable[str]) -> dict[str, str]:
        """The 裁判文书-style pseudonym of each masked name of one document (``{}`` unless the policy's
        PERSON style is ``court``): the engine passes them to :meth:`replacement`."""
        if self.rule_for("PERSON").options.get("style") != "court":
            return {}
        return court_names(names)

    def replacement(self, entity_type: str, text: str, operation: Operation, basis: str | None = None,
                    pseudonyms: Mapping[str, str] | None = None) -> str | None:
        """What stands in the published copy instead of ``text`` (``None``: unchanged); ``pseudonyms``:
        the document's names under the court style (:meth:`pseudonyms`)."""
        if operation is Operation.MASK and entity_type == "PERSON" and pseudonyms and text in pseudonyms:
            return pseudonyms[text]
        if operation is Operation.KEEP:
            return None
        if operation is Operation.REDACT:
            if self.rule_for(entity_type).options.get("style") == "cut":
                return ""  # cut out, without a mark (the 抄送 block of a proposal reply)
            return removal_mark(basis or self.removal_basis)
        return mask_value(entity_type, text, self.rule_for(entity_type).options)


_TOP_KEYS = {"name", "title", "removal_basis", "default_operation", "require_countersign", "types", "sanitize",
             "review", "cut_distribution", "representative_basis"}  # [review]: the review stages and the stamp (read by core.review.stages)
#: cut: removed without a mark (operation redact only); court: 张某 / 张某甲 (names, see court_names)
_STYLES = {"star", "mou", "label", "cut", "court"}


def _operation(value: object, where: str, source: str) -> Operation:
    try:
        return Operation(value)
    except ValueError:
        raise PolicyError(f"{source}: {where} must be redact, mask or keep (found {value!r}).", source) from None


def _sanitize(table: object, source: str) -> SanitizeOptions:
    if table is None:
        return SanitizeOptions()
    if not isinstance(table, dict):
        raise PolicyError(f"{source}: [sanitize] must be a table.", source)
    known = {f.name: f for f in fields(SanitizeOptions)}
    values: dict[str, object] = {}
    for key, value in table.items():
        if key not in known:
            raise PolicyError(f"{source}: unknown sanitize option {key!r}.", source)
        expected = str if key in ("agency", "embedded_objects") else bool
        if not isinstance(value, expected):
            raise PolicyError(f"{source}: sanitize option {key!r} must be a {expected.__name__}.", source)
        values[key] = value
    if values.get("embedded_objects", "remove") not in ("remove", "refuse"):
        raise PolicyError(f"{source}: embedded_objects must be \"remove\" or \"refuse\".", source)
    return SanitizeOptions(**values)  # type: ignore[arg-type]


def _rules(table: object, source: str) -> dict[str, TypeRule]:
    if table is None:
        return {}
    if not isinstance(table, dict):
        raise PolicyError(f"{source}: [types] must be a table of tables.", source)
    rules = {}
    for entity_type, spec in table.items():
        if not isinstance(spec, dict):
            raise PolicyError(f"{source}: [types.{entity_type}] must be a table.", source)
        options = {k: v for k, v in spec.items() if k != "operation"}
        style = options.get("style", "star")
        if style not in _STYLES:
            raise PolicyError(f"{source}: types.{entity_type}.style must be one of {sorted(_STYLES)}.", source)
        for key, value in options.items():
            if key != "style" and (not isinstance(value, int) or isinstance(value, bool) or value < 0):
                raise PolicyError(f"{source}: types.{entity_type}.{key} must be a whole number ≥ 0.", source)
        operation = _operation(spec.get("operation", "mask"), f"types.{entity_type}.operation", source)
        if style == "cut" and operation is not Operation.REDACT:
            raise PolicyError(f"{source}: types.{entity_type}.style \"cut\" needs operation \"redact\".", source)
        if style == "court" and entity_type != "PERSON":
            raise PolicyError(f"{source}: types.{entity_type}.style \"court\" is for names (PERSON) only.", source)
        rules[entity_type] = TypeRule(operation, MappingProxyType(options))
    return rules


def policy_path(name: str) -> Path:
    """``default`` -> ``resources/policies/default.toml``; a path (has / or .toml) as given."""
    if "/" in name or "\\" in name or name.endswith(".toml"):
        return Path(name)
    return resource("policies", f"{name}.toml")


def available_policies() -> list[str]:
    folder = resource("policies")
    return sorted(p.stem for p in folder.glob("*.toml")) if folder.is_dir() else []


def load_policy(name: str = DEFAULT_POLICY) -> RedactionPolicy:
    """Load and validate a policy by name (bundled) or path; raises :class:`PolicyError`."""
    path = policy_path(name)
    source = str(path)
    if not path.is_file():
        names = ", ".join(available_policies()) or "none"
        raise PolicyError(f"No policy {name!r} (looked for {source}); bundled policies: {names}.", source,
                          ErrorCode.POLICY_NOT_FOUND)
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise PolicyError(f"{source}: cannot read the policy ({exc}).", source) from exc
    unknown = set(data) - _TOP_KEYS
    if unknown:
        raise PolicyError(f"{source}: unknown keys {sorted(unknown)}.", source)
    removal_basis = data.get("removal_basis", "art15")
    if removal_basis not in BY_CODE or not BY_CODE[removal_basis].withholds:
        raise PolicyError(f"{source}: removal_basis {removal_basis!r} is not a withholding basis.", source)
    representative = data.get("representative_basis")
    if representative is not None and (representative not in BY_CODE or BY_CODE[representative].kind is not BasisKind.PUBLICATION):
        raise PolicyError(f"{source}: representative_basis {representative!r} is not a publication basis.", source)
    return RedactionPolicy(
        name=str(data.get("name", path.stem)),
        title=str(data.get("title", "")),
        removal_basis=removal_basis,
        default_operation=_operation(data.get("default_operation", "redact"), "default_operation", source),
        rules=MappingProxyType(_rules(data.get("types"), source)),
        sanitize=_sanitize(data.get("sanitize"), source),
        require_countersign=bool(data.get("require_countersign", False)),
        source=source,
        cut_distribution=data.get("cut_distribution", False) is True,
        representative_basis=representative,
    )
