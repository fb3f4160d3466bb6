"""Art. 22 complaint lifecycle, every change audited."""

from __future__ import annotations

import json

import pytest

from reviewer.corpus import Store
from reviewer.corpus.complaints import add_complaint, get_complaint, list_complaints, update_status
from reviewer.errors import InputError, NotFound


def _audit(store, cid):
    return [(r[0], json.loads(r[1])) for r in store.db.execute(
        "SELECT action, detail FROM audit WHERE target=? AND action LIKE 'complaint.%' ORDER BY id", (str(cid),))]


def test_lifecycle_with_audit(tmp_path):
    store = Store(tmp_path)
    ev = tmp_path / "照片.jpg"
    ev.write_bytes(b"\xff\xd8 fake jpeg")
    cid = add_complaint(store, name="李明", contact="13900000000", target_type="agency", target="厦门中衡绿色认证有限公司",
                        content="报告中的能耗数据与企业台账不符", evidence_files=[ev, ("台账.xlsx", b"PK fake")], actor="受理员")
    c = get_complaint(store, cid)
    assert c["status"] == "received" and [f["file_name"] for f in c["files"]] == ["照片.jpg", "台账.xlsx"]
    assert store.file_path(c["files"][0]["stored_path"]).read_bytes() == b"\xff\xd8 fake jpeg"
    update_status(store, cid, "verifying", "核查员", "已调取原始台账")
    c = update_status(store, cid, "substantiated", "处长", "数据确系编造", action="机构不予采信 #1")
    assert c["status"] == "substantiated" and c["actions"] == "机构不予采信 #1"
    assert [e["status_to"] for e in c["events"]] == ["received", "verifying", "substantiated"]
    assert [e["actor"] for e in c["events"]] == ["受理员", "核查员", "处长"]
    audit = _audit(store, cid)
    assert [a for a, _ in audit] == ["complaint.add", "complaint.status", "complaint.status"]
    assert audit[-1][1]["to"] == "substantiated" and audit[-1][1]["action"] == "机构不予采信 #1"
    assert [x["id"] for x in list_complaints(store, "substantiated")] == [cid]


def test_rules(tmp_path):
    store = Store(tmp_path)
    with pytest.raises(InputError):  # anonymous
        add_complaint(store, name="", contact="x", target_type="unit", target="某公司", content="c", actor="a")
    with pytest.raises(InputError):
        add_complaint(store, name="王五", contact="", target_type="unit", target="某公司", content="c", actor="a")
    with pytest.raises(InputError):
        add_complaint(store, name="王五", contact="x", target_type="person", target="某公司", content="c", actor="a")
    with pytest.raises(NotFound):
        add_complaint(store, name="王五", contact="x", target_type="unit", target="某公司", content="c",
                      report_ids=["nope"], actor="a")
    assert list_complaints(store) == []
    cid = add_complaint(store, name="王五", contact="x", target_type="unit", target="某公司", content="c", actor="a")
    with pytest.raises(InputError):  # received -> substantiated skips verification
        update_status(store, cid, "substantiated", "a", "理由")
    update_status(store, cid, "verifying", "a")
    with pytest.raises(InputError):  # a decision needs a note
        update_status(store, cid, "unsubstantiated", "a", "")
    update_status(store, cid, "unsubstantiated", "a", "查无实据")
    with pytest.raises(InputError):  # final
        update_status(store, cid, "verifying", "a")
    with pytest.raises(NotFound):
        get_complaint(store, 999)
    assert len(_audit(store, cid)) == 3
