"""Personal addresses in the styles dev 6 is about, composed from :mod:`.places` (every number invented)."""

from __future__ import annotations

from tests.data.dev3_gen.places import cn_num, room

from .places import LANES, TUN, C


def _street_or_town(c, k, p_street: float = 0.6) -> str:
    if k.streets and (not k.towns or c.chance(p_street)):
        return c.pick(k.streets)
    return c.pick(k.towns)


def flat(c, key: str, *, head: int = 1, unit: str = "栋", street: bool = True) -> str:
    """… road N号 estate N栋/幢/号楼 N单元 N室 (unit: 栋, 幢 or 号楼)."""
    k = C[key]
    parts = [k.head(head)]
    if street and k.streets:
        parts.append(c.pick(k.streets))
    parts.append(f"{c.pick(k.roads)}{c.randint(1, 399)}号")
    parts.append(f"{c.pick(k.estates)}{c.randint(1, 36)}{unit}")
    if c.chance(0.7):
        parts.append(f"{c.randint(1, 6)}单元")
    parts.append(f"{room(c.rng, 26)}室")
    return "".join(parts)


def estate_only(c, key: str, *, head: int = 0, unit: str = "幢") -> str:
    """estate N幢N室 with no road: the short form used inside one town."""
    k = C[key]
    return f"{k.head(head)}{c.pick(k.estates)}{c.randint(1, 36)}{unit}{room(c.rng, 18)}室"


def yard(c, key: str, *, head: int = 1) -> str:
    """road N号院 N号楼 N单元 N号."""
    k = C[key]
    return (f"{k.head(head)}{c.pick(k.roads)}{c.randint(1, 199)}号院{c.randint(1, 20)}号楼"
            f"{c.randint(1, 5)}单元{room(c.rng, 12)}号")


def nong(c, key: str = "minhang", *, head: int = 1, street: bool = False) -> str:
    """Shanghai: road N弄 N号 N室."""
    k = C[key]
    parts = [k.head(head)]
    if street:
        parts.append(c.pick(k.streets))
    parts.append(f"{c.pick(k.roads)}{c.randint(1, 1200)}弄{c.randint(1, 88)}号{room(c.rng, 6)}室")
    return "".join(parts)


def lane(c, key: str, *, head: int = 1, street: bool = True) -> str:
    """An old-town lane or 里: street + 巷/里 + N号 (sometimes 附N号)."""
    k = C[key]
    parts = [k.head(head)]
    if street and k.streets:
        parts.append(c.pick(k.streets))
    parts.append(f"{c.pick(LANES)}{c.randint(1, 96)}号")
    if c.chance(0.3):
        parts.append(f"附{c.randint(1, 9)}号")
    return "".join(parts)


def rural(c, key: str, *, head: int = 1, town: bool = True, house: bool = True, cn: bool = False) -> str:
    """[county] town village N组/社 [N号]."""
    k = C[key]
    g = c.randint(1, 14)
    parts = [k.head(head)]
    if town:
        parts.append(c.pick(k.towns))
    parts.append(c.pick(k.villages))
    parts.append(f"{cn_num(g) if cn else g}{k.group if k.group != '屯' else '组'}")
    if house:
        parts.append(f"{c.randint(1, 150)}号")
    return "".join(parts)


def tun(c, key: str = "nongan", *, head: int = 1) -> str:
    """东北: town village …屯 [N号]."""
    k = C[key]
    s = f"{k.head(head)}{c.pick(k.towns)}{c.pick(k.villages)}{c.pick(TUN)}"
    return s + (f"{c.randint(1, 80)}号" if c.chance(0.6) else "")


def alley(c, key: str = "wuchuan", *, head: int = 1) -> str:
    """Guangdong village lanes: town village 东/西/南/北 N 巷 N 号."""
    k = C[key]
    return (f"{k.head(head)}{c.pick(k.towns)}{c.pick(k.villages)}{c.pick('东西南北')}{cn_num(c.randint(1, 9))}巷"
            f"{c.randint(1, 40)}号")


def home(c, key: str, *, head: int | None = None) -> str:
    """Any of the styles above that fits the county."""
    h = c.randint(0, 2) if head is None else head
    styles = [flat, flat, rural, rural, lane]
    if key == "minhang":
        styles = [nong, nong, flat]
    elif key == "nongan":
        styles = [tun, rural, flat]
    elif key == "wuchuan":
        styles = [alley, rural, flat]
    elif key in ("gulou",):
        styles = [flat, lane, yard]
    make = c.pick(styles)
    if make is flat:
        return flat(c, key, head=h, unit=c.pick(["栋", "幢", "号楼"]))
    return make(c, key, head=h)


def hyphen(c, key: str, *, head: int = 1, mixed: bool = False) -> str:
    """… road N号 estate 12-2-501 (building-unit-room), or 12栋2-501."""
    k = C[key]
    tail = (f"{c.randint(1, 30)}栋{c.randint(1, 4)}-{room(c.rng, 18)}" if mixed
            else f"{c.randint(1, 30)}-{c.randint(1, 4)}-{room(c.rng, 18)}")
    return f"{k.head(head)}{c.pick(k.roads)}{c.randint(1, 300)}号{c.pick(k.estates)}{tail}"


def tower(c, key: str, *, head: int = 1) -> str:
    """… road N号 building A座 N层 N室 / 区 + 栋 (letters, floors, phases)."""
    k = C[key]
    if c.chance(0.5):
        tail = f"{c.pick('ABCD')}座{c.randint(3, 28)}层{c.randint(1, 28)}{c.randint(1, 9):02d}室"
    else:
        tail = f"{c.pick(['一期', '二期', '三期'])}{c.pick('ABCDE')}区{c.randint(1, 20)}栋{c.randint(1, 4)}单元{room(c.rng, 18)}室"
    return f"{k.head(head)}{c.pick(k.roads)}{c.randint(1, 300)}号{c.pick(k.estates)}{tail}"


def hutong(c, key: str = "dongcheng", *, head: int = 1, street: bool = False) -> str:
    """Beijing: [街道] 胡同 / 条 N号 [院 N号楼 N门 N号 | 院 N号]."""
    k = C[key]
    s = f"{k.head(head)}{c.pick(k.streets) if street else ''}{c.pick(k.roads)}{c.randint(1, 90)}号"
    r = c.rng.random()
    if r < 0.3:
        s += f"院{c.randint(1, 6)}号楼{c.randint(1, 4)}门{c.randint(1, 6)}0{c.randint(1, 4)}号"
    elif r < 0.5:
        s += f"院{c.randint(1, 12)}号"
    return s


def natural_village(c, key: str = "mengzi", *, head: int = 1, house: bool = True) -> str:
    """云南: town 村委会 natural village 村民小组 [N号]."""
    from .places import NATURAL

    k = C[key]
    s = f"{k.head(head)}{c.pick(k.towns)}{c.pick(k.villages)}{c.pick(NATURAL)}村民小组"
    return s + (f"{c.randint(1, 90)}号" if house else "")


def gacha(c, key: str = "dalate", *, head: int = 1) -> str:
    """内蒙古: town / 苏木 + 嘎查 / 村 + N社."""
    k = C[key]
    return f"{k.head(head)}{c.pick(k.towns)}{c.pick(k.villages)}{c.pick(['一', '二', '三', '四', '五', '六'])}社"


def community(c, key: str, *, head: int = 1) -> str:
    """街道 + 社区 + N组 (or 居委会) + N号."""
    k = C[key]
    return (f"{k.head(head)}{c.pick(k.streets)}{c.pick(['和顺', '兴隆', '红星', '建新', '东湖'])}{c.pick(['社区', '社区居委会'])}"
            f"{c.randint(1, 12)}组{c.randint(1, 80)}号")


def fang(c, key: str = "fzgulou", *, head: int = 1) -> str:
    """Fuzhou: 坊 / 巷 N号 之N (sub-numbers written 之三)."""
    k = C[key]
    return f"{k.head(head)}{c.pick(k.streets)}{c.pick(['光禄坊', '衣锦坊', '文儒坊', '宫巷'])}{c.randint(1, 60)}号之{cn_num(c.randint(1, 6))}"
