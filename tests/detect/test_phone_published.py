"""An organisation's published number (switchboard, hotline, office line, letterhead) is not a
secret; a person's mobile or landline beside it still is (scanner/detect/recognizers/phone.py)."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from scanner.detect.recognizers.phone import People
from scanner.pipeline import Scanner
from tests.docmaker import make_docx, make_xlsx

SWITCHBOARD = "0570-6012345"
MOBILE = "13857012345"


def phones(scanner: Scanner, text: str) -> list[str]:
    return [f.value for f in scanner.scan_text(text).findings if f.entity_type == "CN_PHONE"]


@pytest.mark.parametrize(
    "text",
    [
        f"总机：{SWITCHBOARD}",
        f"预防接种门诊咨询电话：{SWITCHBOARD}",
        f"投诉举报电话：{SWITCHBOARD}",
        f"健康热线 {MOBILE}",
        f"价格咨询电话：{SWITCHBOARD}",
        f"芦溪镇卫生院  电话：{SWITCHBOARD}",
        f"单位地址：芦溪镇人民路88号  电话：{SWITCHBOARD}",
        f"采购人联系方式：{SWITCHBOARD}",
        f"联系电话：{SWITCHBOARD}（院办公室）",
        f"院办公室，电话{SWITCHBOARD}，地址芦溪镇人民路88号。",
    ],
)
def test_published_organisation_numbers_are_not_reported(scanner: Scanner, text: str) -> None:
    assert phones(scanner, text) == []


@pytest.mark.parametrize(
    "text",
    [
        f"联系电话：{MOBILE}",
        f"联系人：王建国  电话：{SWITCHBOARD}",
        f"家属电话：{MOBILE}（芦溪镇卫生院转诊）",
        f"患者李秀英，手机 {MOBILE}",
        f"电话：{SWITCHBOARD}",  # no organisation, no person: whose it is, nothing says
        f"芦溪镇卫生院 张丽娟 手机：{MOBILE}",
        f"投诉人电话：{MOBILE}",
        f"预约日期：3月5日 电话：{MOBILE}",
        f"家庭地址：芦溪镇东风村8组70号  电话：{SWITCHBOARD}",
        f"住所：芦溪镇人民路88号  电话：{SWITCHBOARD}",
    ],
)
def test_a_persons_number_stays_a_finding(scanner: Scanner, text: str) -> None:
    assert len(phones(scanner, text)) == 1


def test_letterhead_switchboard_dropped_patient_mobile_kept_in_docx(
    scanner: Scanner, tmp_path: Path
) -> None:
    path = make_docx(
        tmp_path / "转诊单.docx",
        [
            "芦溪镇卫生院双向转诊单",
            f"院址：芦溪镇人民路88号  电话：{SWITCHBOARD}",
            f"患者姓名：赵秀英  联系电话：{MOBILE}",
            "初步诊断：脑梗死恢复期",
        ],
    )
    result = scanner.scan_file(path)
    assert [f.value for f in result.findings if f.entity_type == "CN_PHONE"] == [MOBILE]


def test_duty_roster_column_of_the_duty_line_dropped_mobiles_kept(
    scanner: Scanner, tmp_path: Path
) -> None:
    mobiles = ["13957011111", "15057022222", "18857033333"]
    rows: list[list[object]] = [["值班日期", "值班人员", "手机", "值班电话"]]
    rows += [
        ["2025-05-0" + str(i), n, m, SWITCHBOARD]
        for i, (n, m) in enumerate(
            zip(["王建国", "李秀英", "陈晓燕"], mobiles, strict=True), start=1
        )
    ]
    path = make_xlsx(tmp_path / "值班表.xlsx", {"Sheet1": rows})
    result = scanner.scan_file(path)
    assert sorted(f.value for f in result.findings if f.entity_type == "CN_PHONE") == mobiles


def test_a_mobile_under_the_duty_line_label_is_the_person_on_duty(scanner: Scanner) -> None:
    assert phones(scanner, f"值班电话：{MOBILE}") == [MOBILE]
    assert phones(scanner, f"值班电话：{SWITCHBOARD}") == []


def test_an_office_line_column_of_a_staff_list_is_kept(scanner: Scanner, tmp_path: Path) -> None:
    lines = ["0570-6011001", "0570-6011002", "0570-6011003"]
    rows: list[list[object]] = [["姓名", "职务", "办公电话"]]
    rows += [[n, "组员", x] for n, x in zip(["王建国", "李秀英", "陈晓燕"], lines, strict=True)]
    path = make_xlsx(tmp_path / "通讯录.xlsx", {"Sheet1": rows})
    result = scanner.scan_file(path)
    assert sorted(f.value for f in result.findings if f.entity_type == "CN_PHONE") == lines


def mailboxes(scanner: Scanner, text: str) -> list[str]:
    return [f.value for f in scanner.scan_text(text).findings if f.entity_type == "EMAIL_ADDRESS"]


@pytest.mark.parametrize(
    "text",
    [
        "投稿邮箱：qxwsy_xc@163.com",
        "举报邮箱 jw_jubao@linjiang.gov.cn",
        "招聘报名材料请发送至招聘邮箱：qxwsyrs@163.com",
        "如有疑问请发邮件至 office@qxwsy.cn 。",
        "芦溪镇卫生院  邮箱：lxwsy@163.com",
        "单位地址：芦溪镇人民路88号  电子邮箱：lxwsy@163.com",
    ],
)
def test_published_organisation_mailboxes_are_not_reported(scanner: Scanner, text: str) -> None:
    assert mailboxes(scanner, text) == []


@pytest.mark.parametrize(
    ("text", "mailbox"),
    [
        ("联系人：王芳  邮箱：wangfang1985@163.com", "wangfang1985@163.com"),
        ("本人邮箱：zhaoxiuying@qq.com", "zhaoxiuying@qq.com"),
        ("家庭住址：芦溪镇东风村8组70号  邮箱：lxdf870@126.com", "lxdf870@126.com"),
        ("请把检查报告发到 chenjianguo_77@163.com", "chenjianguo_77@163.com"),
        ("患者家属邮箱：liumin2001@qq.com", "liumin2001@qq.com"),
    ],
)
def test_a_persons_mailbox_stays_a_finding(scanner: Scanner, text: str, mailbox: str) -> None:
    assert mailboxes(scanner, text) == [mailbox]


@pytest.mark.parametrize(
    "text",
    [
        f"五、监督：分管院长王建国，监督电话：{SWITCHBOARD}",
        f"芦溪镇卫生院双向转诊单\n地址：芦溪镇人民路88号  电话：{SWITCHBOARD}",
    ],
)
def test_a_service_landline_beside_an_officials_name_and_a_letterhead_line_are_dropped(
    scanner: Scanner, text: str
) -> None:
    assert phones(scanner, text) == []


@pytest.mark.parametrize(
    "text",
    [
        f"分管院长王建国，监督电话：{MOBILE}",
        f"咨询人王建国电话：{SWITCHBOARD}",
        f"芦溪镇卫生院随访记录\n患者：王建国  地址：芦溪镇东风村3组17号  电话：{SWITCHBOARD}",
        f"芦溪镇卫生院\n地址：芦溪镇东风村3组17号  手机：{MOBILE}",
    ],
)
def test_a_person_beside_a_service_label_or_under_a_letterhead_keeps_the_number(
    scanner: Scanner, text: str
) -> None:
    assert phones(scanner, text) != []


@pytest.mark.parametrize(
    "text",
    [
        f"院办公室 {SWITCHBOARD}；公共卫生科：0570-6013399",
        f"芦溪镇卫生院 {SWITCHBOARD}",
    ],
)
def test_a_landline_labelled_by_its_unit_alone_is_the_organisations(
    scanner: Scanner, text: str
) -> None:
    assert phones(scanner, text) == []


@pytest.mark.parametrize(
    "text",
    [
        f"3月6日 王建国 {SWITCHBOARD} 咨询家中老人高血压用药",
        f"公共卫生科 {MOBILE}",
        f"患者住院科室 {SWITCHBOARD}",
    ],
)
def test_a_residents_or_a_mobile_number_without_a_label_stays(scanner: Scanner, text: str) -> None:
    assert phones(scanner, text) != []


def test_the_number_under_a_notices_signature_is_the_organisations(scanner: Scanner) -> None:
    text = f"请携带身份证前来。\n芦溪镇卫生院\n2025年5月20日\n联系电话：{SWITCHBOARD}"
    assert phones(scanner, text) == []


@pytest.mark.parametrize(
    "text",
    [
        f"芦溪镇卫生院两癌筛查登记表\n姓名：李秀英  年龄：52岁\n联系电话：{SWITCHBOARD}",
        f"芦溪镇卫生院\n家庭住址：芦溪镇东风村3组17号\n联系电话：{SWITCHBOARD}",
        f"芦溪镇卫生院\n患者王秀英\n电话：{SWITCHBOARD}",
    ],
)
def test_a_number_under_a_persons_lines_stays(scanner: Scanner, text: str) -> None:
    assert phones(scanner, text) == [SWITCHBOARD]


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.tuples(st.integers(0, 80), st.integers(1, 6)), max_size=12),
    st.integers(0, 90),
    st.integers(0, 30),
)
def test_the_name_index_answers_as_a_walk_over_every_name(
    spans: list[tuple[int, int]], lo: int, width: int
) -> None:
    # People answers "a name on this line?" by binary search; it must say what looking at
    # every name says, overlapping names included.
    names = [(s, s + n) for s, n in spans]
    people = People(names)
    hi = lo + width
    assert people.start_in(lo, hi) == any(lo <= s < hi for s, _ in names)
    assert people.end_in(lo, hi) == any(lo < e <= hi for _, e in names)
    assert people.on(lo, hi) == any(lo <= s < hi or lo < e <= hi for s, e in names)
    assert people.reaches(lo, hi) == any(lo <= e and s < hi for s, e in names)


@pytest.mark.parametrize(
    "text",
    [
        f"| 渠道 | 方式 |\n|---|---|\n| 市卫生健康委 | {SWITCHBOARD} |",
        f"| 县医保局 | {SWITCHBOARD} |",
        f"区疾控中心：{SWITCHBOARD}",
        f"青石镇派出所 {SWITCHBOARD}",
        f"常用电话\n急救电话            120\n中心卫生院总值班    {SWITCHBOARD}",
    ],
)
def test_a_bodys_line_in_a_directory_and_the_duty_line_are_the_organisations(
    scanner: Scanner, text: str
) -> None:
    assert phones(scanner, text) == []


def test_a_mobile_under_the_duty_line_stays(scanner: Scanner) -> None:
    assert phones(scanner, f"中心卫生院总值班    {MOBILE}") == [MOBILE]


NOTICE = "预防接种门诊开诊公告\n经区卫生健康局验收，我院预防接种门诊于2026年3月1日起开诊，每周一至周五\n上午接种。\n地点：门诊楼二楼。\n"


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        (f"{NOTICE}电话：{SWITCHBOARD}", []),
        # the contact a notice publishes is the organisation's contact (issue 9): the notice's
        # lines are published, a landline or a mobile
        (f"{NOTICE}联系人：王建国\n电话：{SWITCHBOARD}", []),
        (f"{NOTICE}电话：{MOBILE}", []),
        # not a notice: a plain 电话 line under a place says nothing about whose it is
        (f"随访记录\n上次随访：2月\n地点：门诊楼二楼。\n电话：{SWITCHBOARD}", [SWITCHBOARD]),
        # 通知 goes to the staff too, with their own lines
        (f"关于开展义诊的通知\n地点：门诊楼二楼。\n电话：{SWITCHBOARD}", [SWITCHBOARD]),
    ],
)
def test_a_public_notices_own_landline_is_the_organisations(
    scanner: Scanner, text: str, kept: list[str]
) -> None:
    assert phones(scanner, text) == kept


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("随访对象：王秀英\n家庭电话：8726120", ["8726120"]),
        ("患者王秀英，联系电话 87261205", ["87261205"]),
        ("卫生院总机：8726120", []),
        (f"{NOTICE}电话：8726120", []),
    ],
)
def test_a_local_number_without_its_area_code_is_read_as_a_landline(
    scanner: Scanner, text: str, kept: list[str]
) -> None:
    assert phones(scanner, text) == kept


# --- a published document's contact lines (published_document / published_contact) ---------

RECRUITMENT = [
    "芦溪镇卫生院2026年公开招聘编外专业技术人员公告",
    "二、报名方式：将报名表发送至电子邮箱lxzwsy@163.com，邮件主题注明“姓名+岗位”。",
    f"三、咨询电话：{SWITCHBOARD}（办公室），联系人：王老师，手机{MOBILE}。",
    "四、报名地点：芦溪镇解放路88号芦溪镇卫生院二楼人事科。",
    "芦溪镇卫生院",
    "2026年12月5日",
]


def _types(scanner: Scanner, path: Path) -> list[tuple[str, str]]:
    result = scanner.scan_file(path)
    assert result.status == "ok"
    return sorted((f.entity_type, f.value) for f in result.findings)


def test_a_notices_contact_line_is_published(scanner: Scanner, tmp_path: Path) -> None:
    path = make_docx(tmp_path / "招聘公告.docx", RECRUITMENT)
    assert _types(scanner, path) == []


def test_a_publicity_lists_its_team_leaders_contacts(scanner: Scanner, tmp_path: Path) -> None:
    text = (
        "芦溪镇卫生院家庭医生签约服务团队公示\n"
        "红星村团队：团队长孙国庆，联系电话18057558076\n"
        "东风村团队：团队长王德明，联系电话15250692026\n"
        f"签约服务咨询：{SWITCHBOARD}\n"
    )
    path = tmp_path / "公示.txt"
    path.write_text(text, encoding="utf-8")
    assert _types(scanner, path) == []


@pytest.mark.parametrize(
    "text",
    [
        # not published: it says so, it is a form about a person, or nothing announces it
        "\n".join([*RECRUITMENT, "公示前不得外泄。"]),
        "\n".join([*RECRUITMENT, "姓名：李秀英"]),
        "询价记录（医用耗材）\n供应商A：湖南洁康有限公司  联系人 甄小红 " + MOBILE,
        # a person who is not the notice's contact, a relative's line, a table cell
        f"开诊公告\n患者李秀英家属电话：{MOBILE}",
        f"结果公示\n拟录用：李秀英，手机{MOBILE}",
        f"结果公示\n姓名\t电话\n李秀英\t{MOBILE}\n王建国\t13905701234",
    ],
)
def test_a_person_in_a_notice_stays_a_finding(scanner: Scanner, text: str) -> None:
    assert MOBILE in phones(scanner, text)


def test_a_private_mailbox_beside_the_centres_stays(scanner: Scanner, tmp_path: Path) -> None:
    lines = [
        "发件人：wangxy1990@qq.com",
        "抄送：lxzwsy@163.com",
        "我的手机" + MOBILE + "，人事科电话" + SWITCHBOARD + "我打不通。",
        "人事科邮箱：lxzwsy_rs@126.com  私人邮箱：wsy1990@qq.com",
    ]
    path = make_docx(tmp_path / "邮件.docx", lines)
    found = _types(scanner, path)
    assert ("EMAIL_ADDRESS", "wangxy1990@qq.com") in found
    assert ("EMAIL_ADDRESS", "wsy1990@qq.com") in found
    assert ("CN_PHONE", MOBILE) in found
    assert not {v for t, v in found if t == "EMAIL_ADDRESS"} & {
        "lxzwsy@163.com",
        "lxzwsy_rs@126.com",
    }
    assert ("CN_PHONE", SWITCHBOARD) not in found


def test_an_e_mail_signature_is_the_organisations(scanner: Scanner, tmp_path: Path) -> None:
    text = (
        "王主任：\n以下患者需要转诊，请协调床位。\n\n张丽娟\n芦溪镇卫生院 医务科\n"
        f"电话：{SWITCHBOARD}\n地址：芦溪镇解放路88号\n"
    )
    path = tmp_path / "转诊.txt"
    path.write_text(text, encoding="utf-8")
    found = _types(scanner, path)
    assert not [v for t, v in found if t in ("CN_PHONE", "CN_ADDRESS")]


@pytest.mark.parametrize(
    ("salutation", "kept"),
    [("各乡镇卫生院、各村卫生室：", []), ("各科室：", [MOBILE])],
)
def test_a_notice_sent_out_publishes_its_contact(
    scanner: Scanner, salutation: str, kept: list[str]
) -> None:
    """A 通知 addressed to other bodies is sent out: its contact line is the sender's work
    contact; one to the centre's own departments keeps the contact's mobile."""
    text = (
        f"关于开展2026年冬季老年人健康体检的通知\n{salutation}\n"
        f"请于12月15日前完成辖区摸底。\n联系人：王老师，手机{MOBILE}。\n芦溪镇卫生院\n"
    )
    assert phones(scanner, text) == kept


def test_a_phrase_deep_in_a_long_text_does_not_make_it_a_notice(scanner: Scanner) -> None:
    filler = "本月门诊量较上月有所增加，各科室按计划开展工作。\n" * 400
    text = f"工作记录\n{filler}欢迎来电\n联系人：王老师，手机{MOBILE}。\n"
    assert phones(scanner, text) == [MOBILE]


def test_an_address_on_a_notices_contact_line_stays(scanner: Scanner, tmp_path: Path) -> None:
    """The notice's phone on its contact line is published; an address there is kept: on two
    judges the addresses such lines carried were people's (a home where a subsidy is handed out,
    a village contact's house), and a miss is a leak."""
    text = "\n".join(
        [
            "关于发放2026年高龄补贴的公示",
            "一、发放时间：12月10日。",
            f"二、联系人：王老师，电话：{SWITCHBOARD}，地址：芦溪镇东风村8组70号",
            "芦溪镇卫生院",
        ]
    )
    path = tmp_path / "公示.txt"
    path.write_text(text, encoding="utf-8")
    found = _types(scanner, path)
    assert ("CN_ADDRESS", "芦溪镇东风村8组70号") in found
    assert SWITCHBOARD not in [v for _, v in found]
