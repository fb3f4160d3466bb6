"""Supervisors' commands: agencies, agency ban/unban/list/show/alias, complaint add/list/show/update.

Registered on the ``greenreview`` group by reviewer/cli.py, like the corpus commands. Commands translate
arguments; the work is in reviewer.corpus.agencies / complaints. User errors exit 2 with a Chinese and an
English line.
"""

from __future__ import annotations

import csv
import io

import click

from reviewer.cli_corpus import HOME_HELP, _json, open_store


def register(main, fail_cleanly, service_factory, check_file) -> None:  # noqa: C901 — one place for the commands
    # ---------------------------------------------------------------- agencies table
    @main.command()
    @click.option("--home", type=click.Path(file_okay=False), help=HOME_HELP)
    @click.option("--year", type=int, help="只统计该报告年度")
    @click.option("--format", "fmt", type=click.Choice(["text", "csv", "json"]), default="text", show_default=True)
    @fail_cleanly
    def agencies(home, year, fmt):
        """评价机构一览：各年度报告数、问题数（按级别）、雷同报告对数、数字分布检验、不予采信状态、年度上限。"""
        from reviewer.corpus.agencies import agency_table

        service = service_factory(home)
        rows = agency_table(open_store(service.settings), year, settings=service.settings.corpus)
        if fmt == "json":
            click.echo(_json(rows))
            return
        flat = [_flat(r) for r in rows]
        if fmt == "csv":
            buf = io.StringIO()
            w = csv.DictWriter(buf, fieldnames=list(FLAT_COLUMNS.values()))
            w.writeheader()
            for r in flat:
                w.writerow(r)
            click.echo(buf.getvalue(), nl=False)
            return
        if not flat:
            click.echo("报告库中还没有第三方评价机构。")
            return
        for r in flat:
            click.echo("｜".join(f"{k}：{v}" for k, v in r.items() if v not in ("", None)))

    # ---------------------------------------------------------------- agency group
    @main.group()
    def agency():
        """评价机构管理：不予采信（第二十一条）、解除、列表、详情、别名。"""

    @agency.command("ban")
    @click.argument("name")
    @click.option("--date", "date_", required=True, help="不予采信决定日期 YYYY-MM-DD")
    @click.option("--reason", required=True, help="原因（如：弄虚作假、故意隐瞒评价对象问题）")
    @click.option("--years", default=None, type=int, help="年限（默认 corpus.ban_years，3 年）")
    @click.option("--home", type=click.Path(file_okay=False), help=HOME_HELP)
    @click.option("--actor", default="cli", show_default=True)
    @fail_cleanly
    def agency_ban(name, date_, reason, years, home, actor):
        """登记机构不予采信：自 --date 起 --years 年内，其出具的报告审查时给出 AGENCY.BANNED。"""
        from reviewer.corpus.agencies import ban

        service = service_factory(home)
        b = ban(open_store(service.settings, create=True), name, date_, reason,
                years=years or service.settings.corpus.ban_years, actor=actor)
        click.echo(f"已登记：{b['agency']} 自 {b['start_date']} 起 {b['years']} 年内不予采信（{b['end_date']} 起恢复）。记录 #{b['id']}")

    @agency.command("unban")
    @click.argument("name")
    @click.option("--note", default="", help="解除说明")
    @click.option("--home", type=click.Path(file_okay=False), help=HOME_HELP)
    @click.option("--actor", default="cli", show_default=True)
    @fail_cleanly
    def agency_unban(name, note, home, actor):
        """解除机构的不予采信（记录保留在历史和审计日志中）。"""
        from reviewer.corpus.agencies import unban

        service = service_factory(home)
        n = unban(open_store(service.settings), name, actor=actor, note=note)
        click.echo(f"已解除 {name} 的 {n} 条不予采信记录。")

    @agency.command("list")
    @click.option("--home", type=click.Path(file_okay=False), help=HOME_HELP)
    @click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
    @fail_cleanly
    def agency_list(home, fmt):
        """列出登记的机构及其不予采信状态。"""
        from datetime import date

        from reviewer.corpus.agencies import active_ban

        service = service_factory(home)
        store = open_store(service.settings)
        rows = []
        for r in store.db.execute("SELECT name, legal_rep FROM agencies ORDER BY name"):
            n = store.db.execute("SELECT COUNT(*) FROM reports WHERE agency=?", (r[0],)).fetchone()[0]
            b = active_ban(store, r[0], date.today())
            aliases = [a[0] for a in store.db.execute("SELECT alias FROM agency_aliases WHERE name=?", (r[0],))]
            rows.append({"agency": r[0], "legal_rep": r[1], "reports": n, "aliases": aliases, "ban": b})
        if fmt == "json":
            click.echo(_json(rows))
            return
        if not rows:
            click.echo("还没有登记的机构。")
        for r in rows:
            status = f"不予采信至 {r['ban']['end_date']}" if r["ban"] else "正常"
            alias = f"｜别名：{'、'.join(r['aliases'])}" if r["aliases"] else ""
            click.echo(f"{r['agency']}｜法定代表人：{r['legal_rep'] or '—'}｜报告 {r['reports']} 份｜{status}{alias}")

    @agency.command("show")
    @click.argument("name")
    @click.option("--home", type=click.Path(file_okay=False), help=HOME_HELP)
    @click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
    @fail_cleanly
    def agency_show(name, home, fmt):
        """显示一家机构：报告、问题统计、数字检验、不予采信历史。"""
        from reviewer.corpus.agencies import agency_table, bans, canonical_name, names_of

        service = service_factory(home)
        store = open_store(service.settings)
        canon = canonical_name(store, name)
        row = next((r for r in agency_table(store, settings=service.settings.corpus) if r["agency"] == canon), None)
        if row is None:
            from reviewer.errors import NotFound

            raise NotFound(f"机构不存在：{name}", f"agency not found: {name}")
        ns = names_of(store, canon)
        history = [b for b in bans(store) if b["agency"] in ns]
        reports = [dict(r) for r in store.reports(f"agency IN ({','.join('?' * len(ns))})", tuple(ns))]
        data = {**row, "bans": history, "report_list": [
            {k: r[k] for k in ("id", "file_name", "entity", "report_date", "agency_legal_rep")} for r in reports]}
        if fmt == "json":
            click.echo(_json(data))
            return
        for k, v in _flat(row).items():
            click.echo(f"{k}：{v}")
        click.echo("不予采信记录：" + ("无" if not history else ""))
        for b in history:
            lifted = f"，已于 {b['lifted_at']} 解除" if b["lifted_at"] else ""
            click.echo(f"  #{b['id']} {b['start_date']} 起 {b['years']} 年（至 {b['end_date']}）：{b['reason']}{lifted}")
        click.echo("报告：")
        for r in data["report_list"]:
            click.echo(f"  {r['report_date'] or '—'}  {r['entity'] or '—'}  {r['file_name']}  {r['id'][:12]}")

    @agency.command("alias")
    @click.argument("name")
    @click.argument("alias")
    @click.option("--home", type=click.Path(file_okay=False), help=HOME_HELP)
    @click.option("--actor", default="cli", show_default=True)
    @fail_cleanly
    def agency_alias(name, alias, home, actor):
        """登记机构别名（更名、简称），不予采信和年度统计按同一机构计算。"""
        from reviewer.corpus.agencies import add_alias

        service = service_factory(home)
        add_alias(open_store(service.settings, create=True), name, alias, actor=actor)
        click.echo(f"已登记：{alias} → {name}")

    # ---------------------------------------------------------------- complaints
    @main.group()
    def complaint():
        """投诉举报（第二十二条）：实名登记、证据、核实状态、处理结果；全部变更写入审计日志。"""

    @complaint.command("add")
    @click.option("--name", required=True, help="投诉人真实姓名")
    @click.option("--contact", required=True, help="联系方式")
    @click.option("--target-type", type=click.Choice(["unit", "agency"]), required=True, help="对象：unit 单位 / agency 机构")
    @click.option("--target", required=True, help="被投诉的单位或机构名称")
    @click.option("--content", required=True, help="投诉内容")
    @click.option("--evidence", multiple=True, type=click.Path(), help="证据文件（可多次指定）")
    @click.option("--report", "reports", multiple=True, help="关联的库中报告 ID（可多次指定）")
    @click.option("--home", type=click.Path(file_okay=False), help=HOME_HELP)
    @click.option("--actor", default="cli", show_default=True)
    @fail_cleanly
    def complaint_add(name, contact, target_type, target, content, evidence, reports, home, actor):
        """登记一件实名投诉。"""
        from reviewer.corpus.complaints import add_complaint

        service = service_factory(home)
        cid = add_complaint(open_store(service.settings, create=True), name=name, contact=contact,
                            target_type=target_type, target=target, content=content, evidence_files=evidence,
                            report_ids=reports, actor=actor)
        click.echo(f"已受理投诉 #{cid}")

    @complaint.command("list")
    @click.option("--status", type=click.Choice(["received", "verifying", "substantiated", "unsubstantiated"]))
    @click.option("--home", type=click.Path(file_okay=False), help=HOME_HELP)
    @click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
    @fail_cleanly
    def complaint_list(status, home, fmt):
        """列出投诉。"""
        from reviewer.corpus.complaints import STATUS_ZH, list_complaints

        service = service_factory(home)
        rows = list_complaints(open_store(service.settings), status)
        if fmt == "json":
            click.echo(_json(rows))
            return
        if not rows:
            click.echo("没有投诉记录。")
        for r in rows:
            click.echo(f"#{r['id']}｜{STATUS_ZH[r['status']]}｜{r['target']}（{'机构' if r['target_type'] == 'agency' else '单位'}）"
                       f"｜投诉人 {r['name']}｜{r['created_at']}")

    @complaint.command("show")
    @click.argument("complaint_id", type=int)
    @click.option("--home", type=click.Path(file_okay=False), help=HOME_HELP)
    @click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
    @fail_cleanly
    def complaint_show(complaint_id, home, fmt):
        """显示一件投诉：内容、证据、关联报告、处理经过。"""
        from reviewer.corpus.complaints import STATUS_ZH, get_complaint

        service = service_factory(home)
        c = get_complaint(open_store(service.settings), complaint_id)
        if fmt == "json":
            click.echo(_json(c))
            return
        click.echo(f"投诉 #{c['id']}｜状态：{STATUS_ZH[c['status']]}")
        click.echo(f"投诉人：{c['name']}（{c['contact']}）")
        click.echo(f"对象：{c['target']}（{'机构' if c['target_type'] == 'agency' else '单位'}）")
        click.echo(f"内容：{c['content']}")
        for f in c["files"]:
            click.echo(f"证据：{f['file_name']}（{f['sha256'][:12]}）")
        for r in c["reports"]:
            click.echo(f"关联报告：{r}")
        if c["actions"]:
            click.echo(f"处理结果：{c['actions']}")
        for e in c["events"]:
            click.echo(f"  {e['at']} {e['actor']}：{STATUS_ZH.get(e['status_from'], '—')} → {STATUS_ZH[e['status_to']]}"
                       + (f"（{e['note']}）" if e["note"] else ""))

    @complaint.command("update")
    @click.argument("complaint_id", type=int)
    @click.option("--status", type=click.Choice(["verifying", "substantiated", "unsubstantiated"]), required=True)
    @click.option("--note", default="", help="说明（作出结论时必填）")
    @click.option("--action", help="处理结果（如：机构不予采信 #3）")
    @click.option("--report", "reports", multiple=True, help="关联的库中报告 ID")
    @click.option("--home", type=click.Path(file_okay=False), help=HOME_HELP)
    @click.option("--actor", default="cli", show_default=True)
    @fail_cleanly
    def complaint_update(complaint_id, status, note, action, reports, home, actor):
        """变更投诉状态：已受理 → 核实中 → 属实 / 不属实。"""
        from reviewer.corpus.complaints import STATUS_ZH, update_status

        service = service_factory(home)
        c = update_status(open_store(service.settings), complaint_id, status, actor, note, action=action,
                          report_ids=reports)
        click.echo(f"投诉 #{c['id']} 状态：{STATUS_ZH[c['status']]}")


FLAT_COLUMNS = {"agency": "机构", "legal_rep": "法定代表人", "reports": "报告数", "per_year": "各年度报告数",
                "findings": "问题（高/中/低）", "reuse_pairs": "雷同报告对", "digits": "数字检验", "ban": "不予采信",
                "cap": "年度上限"}


def _flat(r: dict) -> dict:
    d = r["digits"]
    digits = "数值不足" if d["result"] == "n/a" else ("通过" if d["result"] == "pass" else "异常：" + "、".join(d["failed"]))
    if d.get("mad") is not None:
        digits += f"（n={d['n']}，MAD={d['mad']}）"
    f = r["findings"]
    return {
        "机构": r["agency"],
        "法定代表人": r["legal_rep"] or "",
        "报告数": r["reports"],
        "各年度报告数": "，".join(f"{y}年 {n}" for y, n in r["per_year"].items()),
        "问题（高/中/低）": f"{f['high']}/{f['medium']}/{f['low']}",
        "雷同报告对": r["reuse_pairs"],
        "数字检验": digits,
        "不予采信": f"至 {r['ban']['end_date']}" if r["banned"] else "否",
        "年度上限": "，".join(f"{y}年超限（{n}）" for y, n in r["cap_exceeded"].items()) or "未超",
    }

