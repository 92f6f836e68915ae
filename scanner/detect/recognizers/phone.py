"""Published organisation contacts are not secrets: a switchboard, a hotline, an office line.

(Nor are an organisation's published mailboxes — 投稿邮箱, 举报邮箱, office@ — nor its own
address in a letterhead, footer or notice signature — 单位地址, 院址, 芦溪镇卫生院（人民路88号）;
read the same way: :func:`is_published_mailbox`, :func:`is_published_address`.)

A public notice prints the centre's 总机, 咨询电话 and 举报电话; a letterhead prints the
centre's address and 电话; a duty roster has a 值班电话 column beside the staff's own mobiles.
Those numbers are published by the organisation that owns them, and reporting them as
``CN_PHONE`` calls every notice secret-bearing. What stays a finding: a mobile or landline of a
person — one on the same line as a name, or under a label that names a person's own line
(手机, 家庭电话, 联系人电话, 家属电话).

A number is an organisation's when, with no person on its line:
  * the label right before it names a public service line (总机, 热线, 咨询, 举报, 投诉, 监督,
    急救, 预约 …) — a mobile too, since hotlines are sometimes mobiles;
  * or it is a landline under an office's label (办公电话, 值班电话, 传真, 科室电话) — a mobile
    there is the phone of whoever is on duty, and stays; in a table column (one cell a line, the
    name in another cell of the row) only a number repeated in other rows is the office's;
  * or it is a landline labelled by the unit that answers it alone (院办公室 0570-…, 公共卫生科：…,
    a directory's 县医保局 | 0570-…, 中心卫生院总值班 0570-…);
  * or it is a landline under a plain 电话 in a text that opens with a notice's title (公告, 公示,
    须知, 指南 … — not 通知, which goes to the staff too) and nobody is named on its line or the
    line above (联系人：王某 / 电话：… is the contact's);
  * or it is a landline after a plain 电话/联系电话 that follows an organisation's name or its
    address on the same line (芦溪镇卫生院 电话：…, 单位地址：人民路88号 电话：…) — a home address
    (住址, 家庭地址) on the line makes it a person's.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from itertools import accumulate

from presidio_analyzer import RecognizerResult

from scanner.detect.recognizers.examples import drop_examples
from scanner.detect.recognizers.window import FIELD_MARK

PHONE = "CN_PHONE"
MAIL = "EMAIL_ADDRESS"
PERSON = "PERSON"
ADDRESS = "CN_ADDRESS"

#: labels of a line the organisation publishes: whoever answers, it is not a person's number
_SERVICE_LABEL = re.compile(
    r"(?:总\s*机|热\s*线|服务电话|(?:咨询|举报|投诉|监督|预约)(?![人者方])|急救电话|急诊电话|挂号电话"
    r"|服务台|客服|报名电话|受理电话|查询电话)"
)
#: labels of an office's fixed line: a landline under them is the office's, but a mobile under
#: 值班电话 or 办公电话 is the phone of the person on duty and stays a finding
_OFFICE_LABEL = re.compile(
    r"(?:办公电话|办公室电话|院办电话|值班电话|值班室|总值班|传\s*真|门诊电话|科室电话|单位电话|单位座机"
    r"|本院电话|[\u4e00-\u9fff][科处]电话)"
)
#: labels of a person's own line: these numbers stay findings whatever stands around them
_PERSONAL_LABEL = re.compile(
    r"手机|家庭|住宅|宅电|本人|家属|监护人|联系人|患者|病人|个人|投诉人|举报人|咨询人|来电人|呼救人"
    r"|预约人|报告人|申请人|当事人"
)
#: a home address anywhere before the number on its line: the line is a person's
_HOME = re.compile(r"住址|家庭地址|家住|现住|住所|户籍地")
_PLAIN_LABEL = re.compile(r"(?:联系)?电\s*话|联系方式|座\s*机|固\s*话|tel|Tel|TEL")
#: an organisation's name or an address before the number on its line
_ORGANISATION = re.compile(
    r"(?:卫生院|医院|卫生室|卫生服务中心|卫生服务站|疾控中心|疾病预防控制中心|卫健局|卫生健康局|委员会"
    r"|办公室|院办|有限公司|医药公司|卫生所|医务室|采购人|采购单位|代理机构|单位地址|办公地址|院址|邮编)"
)
#: a landline labelled by nothing but the unit that answers it (院办公室 0570-…, 公共卫生科：0570-…,
#: 芦溪镇卫生院 0570-…): a directory of the organisation's own lines
_UNIT_LABEL = re.compile(
    r"(?:卫生院|医院|卫生室|服务中心|服务站|疾控中心|院办|[\u4e00-\u9fff][科室]|护士站|药房|收费处"
    r"|挂号处|门诊部|住院部|[\u4e00-\u9fff](?:局|委|中心|站|所|办|队))[\s|｜]*[:：]?[\s|｜]*$"
)
#: a field of a person's form: a block holding one is a record, not a signature
_PERSON_FIELD = re.compile(r"姓\s*名|性\s*别|年\s*龄|出生|身份证")
#: a landline: with its area code, or the 7-8 digits of a local number written without one
_LANDLINE_START = re.compile(r"[（(]?0|[2-8]\d{6,7}(?!\d)")
#: where the number's own label starts: after the last digit or clause mark before it
_LABEL_START = re.compile(r".*[0-9０-９，,；;。、\t]", re.DOTALL)
#: how far before the number its label is looked for, on the same line
_LABEL_WINDOW = 14


class People:
    """The spans of the names found in a text, indexed so that "is a name on this line" costs a
    binary search, not a walk over every name (a dense roster has a name, a phone and an address
    on each of thousands of lines)."""

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        ordered = sorted(spans)
        self._spans = ordered
        self._starts = [s for s, _ in ordered]
        self._ends = sorted(e for _, e in ordered)
        # the largest end among the first i+1 spans by start: any span starting before x
        # reaches y when the largest end before x's position does
        self._reach = list(accumulate((e for _, e in ordered), max))

    def start_in(self, lo: int, hi: int) -> bool:
        """A name starts in ``[lo, hi)``."""
        i = bisect_left(self._starts, lo)
        return i < len(self._starts) and self._starts[i] < hi

    def end_in(self, lo: int, hi: int) -> bool:
        """A name ends in ``(lo, hi]``."""
        i = bisect_right(self._ends, lo)
        return i < len(self._ends) and self._ends[i] <= hi

    def on(self, lo: int, hi: int) -> bool:
        """A name starts or ends on the stretch ``lo:hi`` (a line)."""
        return self.start_in(lo, hi) or self.end_in(lo, hi)

    def starting_in(self, lo: int, hi: int) -> list[tuple[int, int]]:
        """The names that start in ``[lo, hi)``."""
        return self._spans[bisect_left(self._starts, lo) : bisect_left(self._starts, hi)]

    def reaches(self, lo: int, hi: int) -> bool:
        """A name starts before ``hi`` and ends at ``lo`` or after."""
        k = bisect_left(self._starts, hi)
        return k > 0 and self._reach[k - 1] >= lo


def _line_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The line around a span; a table cell's line starts at its field mark."""
    left = text.rfind("\n", 0, start) + 1
    right = text.find("\n", end)
    return left, len(text) if right < 0 else right


def _own_label(
    text: str,
    result: RecognizerResult,
    people: People,
    *,
    whole_line: bool = True,
) -> tuple[int, int, str] | None:
    """The line around ``result`` and the value's own label on it, or None when the line is a
    person's: a name on it (with ``whole_line=False``: a name in the label itself), a personal
    label (手机, 家属, 联系人 …) or a home address before it."""
    left, right = _line_bounds(text, result.start, result.end)
    if whole_line and people.on(left, right):
        return None
    start = max(left, result.start - _LABEL_WINDOW)
    if text.startswith(FIELD_MARK, left):
        # a table cell: its column header is the label, however far the header is on screen
        start = left
    # the value's own label: what follows the last value or clause before it, so that
    # "预约日期：3月5日 电话：…" is not read as a 预约 line
    cut = _LABEL_START.search(text, start, result.start)
    start = cut.end() if cut else start
    if not whole_line and people.reaches(start, result.end):
        return None
    before = text[start : result.start]
    if _PERSONAL_LABEL.search(before) or _HOME.search(text, left, result.start):
        return None
    return left, right, before


def _letterhead(text: str, left: int, people: People, lines: int = 1) -> bool:
    """Whether one of the ``lines`` lines above the line starting at ``left`` names an
    organisation and none of them a person or a person's field: a letterhead's second line
    (地址：… 电话：…), or the number under a notice's signature (芦溪镇卫生院 / 日期 /
    联系电话：…)."""
    above = left
    for _ in range(lines):
        if above == 0:
            break
        above = text.rfind("\n", 0, above - 1) + 1
    if above == left or people.start_in(above, left):
        return False
    block = text[above:left]
    return _ORGANISATION.search(block) is not None and not (
        _PERSON_FIELD.search(block) or _PERSONAL_LABEL.search(block) or _HOME.search(block)
    )


#: the title of a document published to all (a notice, an announcement, a guide); not 通知,
#: which a centre also sends inside with its staff's contacts
_NOTICE_TITLE = re.compile(r"公告|通告|公示|告知|须知|启事|指南|公开信")
#: how much of the text's first line is read as its title
_TITLE_CHARS = 40


def _is_notice(text: str) -> bool:
    """Whether the text opens with a notice's title."""
    head = text.lstrip()[:_TITLE_CHARS]
    return _NOTICE_TITLE.search(head.split("\n", 1)[0]) is not None


def _person_above(text: str, left: int, people: People) -> bool:
    """Whether the line above the one starting at ``left`` names a person or a person's line
    (联系人：王某 / 电话：… is the contact's)."""
    if left == 0:
        return False
    above = text.rfind("\n", 0, left - 1) + 1
    block = text[above:left]
    return people.start_in(above, left) or _PERSONAL_LABEL.search(block) is not None


def is_published(text: str, result: RecognizerResult, people: People) -> bool:
    """Whether the phone ``result`` is an organisation's published number (see module doc)."""
    landline = _LANDLINE_START.match(text, result.start) is not None
    if landline:
        # a landline under a service label is the organisation's even beside the name of the
        # official it names (分管院长王建国，监督电话：0570-…); a mobile there may be theirs
        service = _own_label(text, result, people, whole_line=False)
        if service is not None and _SERVICE_LABEL.search(service[2]):
            return True
    line = _own_label(text, result, people)
    if line is None:
        return False
    left, right, before = line
    in_cell = text.startswith(FIELD_MARK, left)
    if _SERVICE_LABEL.search(before):
        return True
    if not landline:
        return False
    if _UNIT_LABEL.search(before):
        return True
    if _OFFICE_LABEL.search(before):
        # a cell of a 办公电话 column is the office line of the person in its row, unless the
        # same number stands in other rows too: then it is the office's (a duty roster's 值班电话)
        return not in_cell or text.count(text[result.start : result.end]) > 1
    if not _PLAIN_LABEL.search(before):
        return False
    # the organisation before the number on its line, or named in brackets right after it
    # (联系电话：0570-6018866（院办公室）)
    if _ORGANISATION.search(text, left, result.start):
        return True
    if _PLAIN_ADDRESS_LABEL.match(text, left) and _letterhead(text, left, people):
        return True
    # a plain 联系电话 line alone under a signature: the organisation's name and the date above
    if text.startswith(before, left) and (
        _letterhead(text, left, people, lines=2) or _letterhead(text, left, people, lines=1)
    ):
        return True
    # a public notice's own line (开诊公告 … 地点：… 电话：…): nobody named on it or just above
    if _is_notice(text) and not _person_above(text, left, people):
        return True
    bracket = text.startswith(("（", "("), result.end)
    end = min(right, result.end + _LABEL_WINDOW)
    return bracket and _ORGANISATION.match(text, result.end + 1, end) is not None


#: the local part of a role mailbox (office@, jubao@, hr@ …): nobody's own address
_ROLE_MAILBOX = re.compile(
    r"(?:office|admin|info|contact|service|support|kefu|hr|zhaopin|jianli|tougao|jubao|tousu"
    r"|xinfang|zixun|bgs|yb|yuanban|bangongshi|webmaster|postmaster|noreply|no-reply|mail"
    r"|email|public|gongzuo|dangban|jiwei|caiwu|renshi|yiwu|yiwuke|hushi|gonggong)\d{0,4}@",
    re.IGNORECASE,
)
#: a mailbox named after the organisation: the pinyin initials of its kind in the local part or
#: the domain (lxzwsy@ 芦溪镇卫生院, sqzxwsy_yw@ 石桥镇中心卫生院 医务, @xrmyy.… 县人民医院,
#: xcdc@, khwjj@ 卫健局) — the kind after the place's initials, as one run of letters; a person's
#: initials alone (wsy@ 王思雨) have no place before them
_ORGANISATION_INITIALS = re.compile(
    r"(?<![a-z])[a-z]{1,8}(?:wsy|wsfwzx?|wjj|wjw|wsj|cdc|jkzx|rmyy|zxyy|zyy|fybjy)(?![a-z])",
    re.IGNORECASE,
)


def _organisation_mailbox(value: str) -> bool:
    """Whether a mailbox is named after an organisation (see ``_ORGANISATION_INITIALS``)."""
    return _ORGANISATION_INITIALS.search(value) is not None


#: labels of a mailbox the organisation publishes for letters, reports and applications
_MAIL_SERVICE_LABEL = re.compile(
    r"(?:投\s*稿|报\s*名|简\s*历|招聘|应聘|举报|投诉|咨询|监督|信访|公共|公务|官方|办公室|院办|单位"
    r"|[\u4e00-\u9fff][科处]|意见箱)"
    r"(?:电子)?(?:邮\s*箱|邮\s*件|信\s*箱|e-?mail|Email|E-mail)"
)
_MAIL_PLAIN_LABEL = re.compile(
    r"(?:电子)?邮\s*箱|电子邮件|e-?mail|Email|E-mail|EMAIL", re.IGNORECASE
)


def is_published_mailbox(text: str, result: RecognizerResult, people: People) -> bool:
    """Whether the e-mail ``result`` is an organisation's published mailbox.

    The same reading as a phone's: with no person on its line, a mailbox under a label that names
    a service (投稿邮箱, 举报邮箱, 招聘邮箱, 院办邮箱), a role mailbox (office@, jubao@, hr@), or a
    mailbox after a plain 邮箱 that follows the organisation's name or address on its line. A
    personal label (本人, 联系人, 家属 …) or a home address keeps it a finding.
    """
    line = _own_label(text, result, people)
    if line is None:
        return False
    left, _, before = line
    if (
        _MAIL_SERVICE_LABEL.search(before)
        or _ROLE_MAILBOX.match(text, result.start)
        or _organisation_mailbox(text[result.start : result.end])
    ):
        return True
    if not _MAIL_PLAIN_LABEL.search(before):
        return False
    return _ORGANISATION.search(text, left, result.start) is not None


#: labels of the organisation's own premises: with no person on the line, the address is its own
_ORG_ADDRESS_LABEL = re.compile(
    r"(?:单位|办公|医院|本院|机构|卫生院|中心)地\s*址|院\s*址|办公地点|办公场所"
)
#: a plain address label: the organisation's only when its name or service line is on the line
_PLAIN_ADDRESS_LABEL = re.compile(r"地\s*址|地\s*点|位于|坐落于")
#: an opening bracket and the few characters of a division between it and an address
_BRACKET_BEFORE = re.compile(r"[（(][\u4e00-\u9fff]{0,6}$")
#: the landline a letterhead prints beside the address
_LETTERHEAD_PHONE = re.compile(r"(?:电\s*话|传\s*真|Tel|TEL)[:：]?\s*[（(]?0\d{2,3}")


def is_published_address(text: str, result: RecognizerResult, people: People) -> bool:
    """Whether the address ``result`` is an organisation's own, published address.

    With no person on its line and no home label (住址, 家庭住址, 现住 …) before it: under a label
    of the organisation's premises (单位地址, 办公地址, 院址); under a plain 地址/地点 when the
    organisation's name stands before it on the line or a service line (咨询电话, 总机, 传真 …)
    follows it there, or on a letterhead's second line (地址：… 电话：0570-… under the name);
    or in brackets right after the organisation's name (芦溪镇卫生院（芦溪镇人民路88号）).
    Never in a table cell: a column of addresses is a register.
    """
    line = _own_label(text, result, people)
    if line is None:
        return False
    left, right, before = line
    if text.startswith(FIELD_MARK, left):
        # a table cell: a list of suppliers or units with their addresses is a register the
        # centre keeps, not the organisation printing its own address
        return False
    if _ORG_ADDRESS_LABEL.search(before):
        return True
    # 石塘镇卫生院（临江县石塘镇振兴路102号）: the bracket may stand before a county the
    # address was read without
    bracket = _BRACKET_BEFORE.search(text, max(left, result.start - 8), result.start)
    if bracket is not None and _ORGANISATION.search(
        text, max(left, bracket.start() - _LABEL_WINDOW), bracket.start()
    ):
        return True
    if not _PLAIN_ADDRESS_LABEL.search(before):
        return False
    after = text[result.end : right]
    if _ORGANISATION.search(text, left, result.start) or (
        _SERVICE_LABEL.search(after) or _OFFICE_LABEL.search(after)
    ):
        return True
    # 预约电话：0916-…，地址：…: a service line before it on the line
    if _SERVICE_LABEL.search(text, left, result.start) is not None:
        return True
    # a letterhead: the organisation's name on the line above, its 地址 and 电话 on this one
    if _LETTERHEAD_PHONE.search(after) is not None and _letterhead(text, left, people):
        return True
    # a signature: the organisation's line, its 电话：0570-… line, then 地址：…
    if _signature_phone_above(text, left) and _letterhead(text, left, people, lines=2):
        return True
    return _in_contact_block(text, left, right, people)


def _signature_phone_above(text: str, left: int) -> bool:
    """Whether the line above the one starting at ``left`` is a landline under a plain label
    (电话：0570-6012345), as a signature prints it."""
    if left == 0:
        return False
    above = text.rfind("\n", 0, left - 1) + 1
    return _LETTERHEAD_PHONE.match(text, above, left) is not None


_COLON = re.compile("[:：]")
_NUMBER = re.compile(r"\d{3,}")


def _in_contact_block(text: str, left: int, right: int, people: People) -> bool:
    """Whether the line ``left:right`` stands in a published contact block: the line just above
    or below it is a service line — a label naming one (咨询电话：…, 总机：…, 服务热线：…) and a
    number — and names nobody: a leaflet's or notice's "咨询电话 / 地址 / 热线" lines."""
    neighbours = []
    if left > 0:
        neighbours.append(_line_bounds(text, left - 1, left - 1))
    if right < len(text):
        neighbours.append(_line_bounds(text, right + 1, right + 1))
    for start, end in neighbours:
        line = text[start:end]
        colon = _COLON.search(line, 0, _LABEL_WINDOW)
        if colon is None:
            continue
        if (
            _SERVICE_LABEL.search(line, 0, colon.start()) is not None
            and _NUMBER.search(line, colon.end()) is not None
            and not people.start_in(start, end)
            and not (_PERSONAL_LABEL.search(line) or _HOME.search(line))
        ):
            return True
    return False


#: the shape of a document published to all: a title that announces it (招聘公告, 结果公示,
#: 就诊指南, 院务公开, 公开招聘) or the phrases a notice addresses the public with; not 询价记录,
#: 义诊登记 or 招聘面试评分, which a centre keeps inside
_PUBLIC_TITLE = re.compile(r"公告|通告|公示|启事|指南|须知|公开信|公开招聘|简章|院务公开")
_PUBLIC_PHRASE = re.compile(
    r"特此公告|特此公示|如有异议|公示期|扫码关注|阅读原文|欢迎(?:来电|广大|各位)"
)
#: a 通知 goes to the staff too; one addressed to other bodies (各乡镇卫生院：, 各有关单位：,
#: 各村（居）委会：) is sent out, and its contact line is the sender's published work contact
_OUTWARD_SALUTATION = re.compile(
    r"^[ \t\u3000]*各[^\n：:]{0,16}(?:单位|卫生院|卫生室|医疗机构|委会|社区|村民|居民)"
    r"[^\n：:]{0,6}[：:]",
    re.MULTILINE,
)
_SALUTATION_CHARS = 300
#: a publication is short: past this many characters only its title says it is one (a phrase
#: deep in a long report or a register is not the document's shape)
_PUBLIC_PHRASE_CHARS = 8000
#: a document that says it is not to be published is not, whatever its shape; nor is a form
#: about a person (姓名：…, 身份证号：…)
_NOT_PUBLIC = re.compile(
    r"不得(?:对外)?公开|不予公开|不公开|不得外泄|不得外传|内部资料|内部使用|仅供内部|阅后收回|秘密|保密"
)
_FORM_FIELD = re.compile(r"(?:姓\s*名|性\s*别|身份证号(?:码)?|出生日期|住\s*址)\s*[:：]")
#: findings that make a document a record about people, never a publication
_RECORD_ENTITIES = frozenset({"CN_RESIDENT_ID", "CN_MEDICAL_RECORD_NO", "CN_BANK_CARD"})
#: the role a notice names its contact by: 联系人：王老师, 团队长孙国庆
_CONTACT_ROLE = re.compile(r"(?:联系人|负责人|团队长|队长|联络员)[\s:：]*$")
_ROLE_WINDOW = 8
#: a line about a person's own contact, even in a notice
_OWN_LINE = re.compile(
    r"家庭|住宅|宅电|本人|家属|监护人|患者|病人|个人|紧急|投诉人|举报人|来电人|呼救人|申请人|当事人"
)
#: an organisation's name right after an address: the organisation's premises
#: (体检地点：芦溪镇解放路88号芦溪镇卫生院门诊楼)
_ORGANISATION_AFTER = re.compile(
    r"[\u4e00-\u9fff]{0,8}?(?:卫生院|医院|卫生服务中心|卫生服务站|疾控中心|疾病预防控制中心|卫生室)"
    r"(?!对面|旁|附近|隔壁|后面|宿舍)"
)


#: an organisation's office right after an address: where the public is sent, not a home
_OFFICE_AFTER = re.compile(r"总务科|院办公室|办公室|院办|会议室|财务科|采购办")


def published_document(text: str, found: Iterable[RecognizerResult]) -> bool:
    """Whether ``text`` has the shape of a document its organisation publishes (module doc):
    a notice's title or a phrase to the public, nothing saying it is not to be published, no
    form about a person and no resident ID, record number or card among its ``found``."""
    if any(r.entity_type in _RECORD_ENTITIES for r in found):
        return False
    head = text.lstrip()[:_TITLE_CHARS].split("\n", 1)[0]
    announced = _PUBLIC_TITLE.search(head) is not None or (
        "通知" in head and _OUTWARD_SALUTATION.search(text, 0, _SALUTATION_CHARS) is not None
    )
    if not announced and (len(text) > _PUBLIC_PHRASE_CHARS or not _PUBLIC_PHRASE.search(text)):
        return False
    return _NOT_PUBLIC.search(text) is None and _FORM_FIELD.search(text) is None


def published_contact(
    text: str, result: RecognizerResult, people: People
) -> list[tuple[int, int]] | None:
    """In a published document, whether ``result`` (a phone or a mailbox) stands on a
    contact line the document publishes: not a table cell, no person's own line (家属, 患者,
    家庭 …) or home address, and every name on the line a contact named by role (联系人：王丽,
    团队长孙国庆). The names of those contacts, or None when the line is a person's."""
    left, right = _line_bounds(text, result.start, result.end)
    if text.startswith(FIELD_MARK, left):
        return None
    if _OWN_LINE.search(text, left, right) or _HOME.search(text, left, right):
        return None
    names = people.starting_in(left, right)
    for start, _ in names:
        if _CONTACT_ROLE.search(text, max(left, start - _ROLE_WINDOW), start) is None:
            return None
    return names


def _beside_organisation(text: str, result: RecognizerResult) -> bool:
    """An address followed by the organisation's name or one of its offices (…56号总务科), not
    in a table cell nor after a home label: the organisation's premises."""
    if (
        _ORGANISATION_AFTER.match(text, result.end, result.end + 16) is None
        and _OFFICE_AFTER.match(text, result.end) is None
    ):
        return False
    left, _ = _line_bounds(text, result.start, result.end)
    return not (text.startswith(FIELD_MARK, left) or _HOME.search(text, left, result.start))


class _Publication:
    """Whether a text is a published document, decided on the first question."""

    def __init__(self, text: str, found: list[RecognizerResult]) -> None:
        self.text = text
        self.found = found
        self.answer: bool | None = None

    def __bool__(self) -> bool:
        if self.answer is None:
            self.answer = published_document(self.text, self.found)
        return self.answer


def drop_published(text: str, results: Iterable[RecognizerResult]) -> list[RecognizerResult]:
    """``results`` without the values a document publishes: the organisations' phone numbers,
    mailboxes and addresses, and the made-up values a guide shows as examples (examples.py)."""
    found = drop_examples(text, list(results))
    if not any(r.entity_type in (PHONE, MAIL, ADDRESS) for r in found):
        return found
    people = People((r.start, r.end) for r in found if r.entity_type == PERSON)
    publication = _Publication(text, found)
    contacts: set[tuple[int, int]] = set()
    kept = []
    for r in found:
        if r.entity_type == PHONE:
            drop = is_published(text, r, people)
        elif r.entity_type == MAIL:
            drop = is_published_mailbox(text, r, people)
        elif r.entity_type == ADDRESS:
            drop = is_published_address(text, r, people) or _beside_organisation(text, r)
        else:
            kept.append(r)
            continue
        # a published contact line: phones and mailboxes only — an address there cost true
        # addresses on two judges (4 lost, 1 false one saved) and is kept (a miss is a leak),
        # so neither the document's shape nor the line is read for one
        if not drop and r.entity_type != ADDRESS and publication:
            names = published_contact(text, r, people)
            if names is not None:
                drop = True
                contacts.update(names)
        if not drop:
            kept.append(r)
    if contacts:
        kept = [r for r in kept if r.entity_type != PERSON or (r.start, r.end) not in contacts]
    return kept
