"""Corpus commands: ingest, similar (the supervisors' commands are in reviewer/cli_supervision.py).

Registered on the ``greenreview`` group by reviewer/cli.py. Commands translate arguments;
the work is in reviewer.corpus.*. User errors exit 2 with a Chinese and an English line.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import click

from reviewer.errors import InputError

HOME_HELP = "数据目录（默认 ~/.greenreview 或 $GREENREVIEW_HOME）"
RISK_ZH = {"high": "高风险", "medium": "中风险", "low": "低风险"}


def open_store(settings, *, create: bool = False):
    """The corpus under settings.home; without ``create`` a missing corpus is a user error."""
    from reviewer.corpus import Store
    from reviewer.corpus.store import DB_NAME

    home = Path(settings.home)
    if not create and not (home / DB_NAME).exists():
        raise InputError(f"报告库不存在：{home}（请先用 greenreview ingest 入库，或用 --home 指定目录）",
                         f"no corpus at {home} (run greenreview ingest first, or pass --home)", code="no_corpus")
    return Store(home)


def corpus_exists(settings) -> bool:
    from reviewer.corpus.store import DB_NAME

    return (Path(settings.home) / DB_NAME).exists()


def _json(data) -> str:
    return json.dumps(data, ensure_ascii=False, indent=2, default=str)


def register(main, fail_cleanly, service_factory, check_file) -> None:  # noqa: C901 — one place for the commands
    # ---------------------------------------------------------------- ingest
    @main.command()
    @click.argument("files", nargs=-1, required=True, type=click.Path())
    @click.option("--home", type=click.Path(file_okay=False), help=HOME_HELP)
    @click.option("--actor", default="cli", show_default=True, help="记入审计日志的操作人")
    @click.option("--quiet", "-q", is_flag=True, help="不显示逐份进度")
    @click.option("--workers", "-j", default=0, show_default=True, type=click.IntRange(0, 64),
                  help="并行解析与审查的工作进程数；0 = 按 CPU 核数自动（最多 4），1 = 不开工作进程。库比对与写入始终按输入顺序在主进程逐份进行")
    @fail_cleanly
    def ingest(files, home, actor, quiet, workers):
        """审查并入库报告：文件、文件夹（递归）或 zip 压缩包。每份报告先与库中其他报告比对（不与自身比对），
        再存入报告库；已在库中的文件跳过。出错的文件逐一报告，其余照常入库；有错误时退出码为 2。"""
        from reviewer.corpus import batch

        service = service_factory(home)
        items, errors = batch.expand(files)
        for name, exc in errors:
            click.echo(f"{name}：{exc.zh}\n  Error: {exc.en}", err=True)
        if not items:
            raise InputError("没有可入库的报告文件", "no report files to ingest")
        store = open_store(service.settings, create=True)
        service.corpus = store
        total = len(items)
        counts = {"stored": 0, "exists": 0, "error": 0}

        def show(res):
            counts[res["status"] if res["status"] in counts else "stored"] += 1
            n = res["index"] + 1
            if res["status"] == "error":
                exc = res["error"]
                click.echo(f"[{n}/{total}] 失败 {res['name']}：{exc.zh}\n  Error: {exc.en}", err=True)
            elif not quiet:
                if res["status"] == "exists":
                    msg = "已在库中，跳过"
                else:
                    c = res["counts"]
                    msg = (f"已入库，{RISK_ZH[res['risk']]}（高 {c['high']} / 中 {c['medium']} / 低 {c['low']}）")
                    corpus = [f.code for f in res["review"].findings
                              if f.code.startswith(("FAB.TEXT", "FAB.DATA", "FAB.DIGITS", "AGENCY."))]
                    if corpus:
                        msg += "；库比对发现：" + "、".join(sorted(set(corpus)))
                bar = "#" * int(20 * n / total)
                click.echo(f"[{bar:<20}] {n}/{total} {res['name']}：{msg}", err=True)

        workers = workers or min(os.cpu_count() or 1, 4)
        for _ in batch.run(service, store, items, actor=actor, on_item=show, workers=workers):
            pass
        failed = counts["error"] + len(errors)
        click.echo(f"完成：新入库 {counts['stored']} 份，已存在 {counts['exists']} 份，失败 {failed} 份。报告库：{store.home}",
                   err=True)
        if failed:
            sys.exit(2)

    # ---------------------------------------------------------------- similar
    @main.command()
    @click.argument("file")
    @click.option("--home", type=click.Path(file_okay=False), help=HOME_HELP)
    @click.option("--limit", default=10, show_default=True, type=click.IntRange(1, 1000))
    @click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
    @fail_cleanly
    def similar(file, home, limit, fmt):
        """列出与某份报告（文件路径或库中报告 ID）内容雷同的报告：共同段落（两边原文和页码）、相同数据。"""
        from reviewer.corpus.similar import similar_document, similar_reports

        service = service_factory(home)
        store = open_store(service.settings)
        cs = service.settings.corpus
        cat = service.settings.rules.catalog_dir
        if not Path(file).exists() and store.db.execute("SELECT 1 FROM reports WHERE id=?", (file,)).fetchone():
            items = similar_reports(store, file, limit=limit, settings=cs, catalog_dir=cat)
            me = file
        else:
            path = check_file(file)
            doc = service.ingest(path)
            items = similar_document(store, doc, service.facts(doc), limit=limit, settings=cs, catalog_dir=cat)
            me = doc.source
        if fmt == "json":
            click.echo(_json(items))
            return
        if not items:
            click.echo(f"{me}：报告库中没有发现雷同内容（模板、标准和通用表述不计）。")
            return
        for it in items:
            flags = [x for x, on in (("文字雷同 FAB.TEXT_REUSE", it["text_reuse"]), ("数据雷同 FAB.DATA_REUSE", it["data_reuse"]))
                     if on]
            click.echo(f"■ {it['entity'] or '（未识别单位）'}｜{it['agency'] or '—'}｜{it['report_date'] or '—'}｜{it['file']}"
                       f"｜得分 {it['score']}" + ("｜同一单位" if it["same_entity"] else "")
                       + (f"｜{'、'.join(flags)}" if flags else ""))
            for p in it["passages"][:5]:
                nums = f"，相同数据 {'、'.join(p['shared_numbers'])}" if p["shared_numbers"] else ""
                click.echo(f"  相似度 {p['similarity']:.0%}{nums}")
                click.echo(f"    本报告 第{p['this']['page']}页：{p['this']['quote'][:80]}")
                click.echo(f"    对方   第{p['other']['page']}页：{p['other']['quote'][:80]}")
            for v in it["values"][:6]:
                click.echo(f"  相同数值 {v['this']['quote']}（本报告第{v['this']['page']}页 / 对方第{v['other']['page']}页）")
