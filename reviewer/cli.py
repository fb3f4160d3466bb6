"""The ``greenreview`` command line. Commands only translate arguments; the
ReviewService does the work (the API uses the same object)."""

from __future__ import annotations

import json
import os
import sys
import traceback
from functools import wraps
from pathlib import Path

import click

from reviewer import RULES_VERSION, __version__
from reviewer.errors import GreenreviewError

TYPES = click.Choice(["factory", "park", "supply_chain"])
KINDS = click.Choice(["self", "third_party"])


def _fail_cleanly(func):
    """User errors -> exit 2 with a bilingual message; crashes -> exit 1, no traceback unless GREENREVIEW_DEBUG."""

    @wraps(func)
    def inner(*args, **kwargs):
        try:
            return func(*args, **kwargs)
        except GreenreviewError as exc:
            click.echo(str(exc), err=True)
            sys.exit(2)
        except KeyboardInterrupt:
            click.echo("已中断 / interrupted", err=True)
            sys.exit(130)
        except BrokenPipeError:  # output piped into head/less that closed early: not an error
            sys.stderr.close()
            sys.exit(0)
        except (click.ClickException, click.exceptions.Exit, SystemExit):
            raise
        except Exception as exc:  # noqa: BLE001 — last line of defence for the user
            if os.environ.get("GREENREVIEW_DEBUG"):
                traceback.print_exc()
            click.echo(f"错误：程序内部错误（{type(exc).__name__}: {exc}）。请设置 GREENREVIEW_DEBUG=1 重试并反馈。\n"
                       f"Error: internal error ({type(exc).__name__}). Re-run with GREENREVIEW_DEBUG=1 and report it.", err=True)
            sys.exit(1)

    return inner


def _service(home: str | None, **overrides):
    from reviewer.service import ReviewService
    from reviewer.settings import load_settings

    return ReviewService(load_settings(home, overrides))


def _progress_printer(enabled: bool):
    def show(stage: str, fraction: float) -> None:
        if enabled:
            click.echo(f"\r[{int(fraction * 100):3d}%] {stage}…", err=True, nl=fraction >= 1.0)

    return show


def _check_file(path: str) -> Path:
    p = Path(path)
    if not p.exists():
        from reviewer.errors import InputError

        raise InputError(f"文件不存在：{path}", f"file not found: {path}", code="not_found")
    if p.is_dir():
        from reviewer.errors import InputError

        raise InputError(f"这是一个目录而不是文件：{path}", f"is a directory, not a file: {path}")
    return p


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="greenreview", message=f"%(prog)s %(version)s（规则 {RULES_VERSION}）")
def main():
    """greenreview — 绿色制造评价报告智能审查（绿色工厂 / 绿色工业园区 / 绿色供应链管理企业）。"""


@main.command()
@click.argument("file", type=click.Path())
@click.option("--type", "rtype", type=TYPES, help="报告对象类型（默认自动识别）")
@click.option("--kind", type=KINDS, help="报告种类：自评价 self / 第三方 third_party（默认自动识别）")
@click.option("--format", "fmt", type=click.Choice(["text", "json", "md"]), default="text", show_default=True)
@click.option("--output", "-o", type=click.Path(dir_okay=False, writable=True), help="写入文件而不是标准输出")
@click.option("--home", type=click.Path(file_okay=False), help="数据目录（默认 ~/.greenreview 或 $GREENREVIEW_HOME）")
@click.option("--only", multiple=True, help="只运行这些检查代码（可多次指定）")
@click.option("--fail-on", type=click.Choice(["high", "medium", "low", "never"]), default="never", show_default=True,
              help="存在该级别及以上问题时以退出码 1 结束（供流水线使用）")
@click.option("--save", is_flag=True, help="审查后把报告存入报告库（默认只与库中报告比对，不入库）")
@click.option("--llm-url", help="OpenAI 兼容接口地址，启用大模型辅助审查（也可设 GREENREVIEW_LLM_BASE_URL）")
@click.option("--llm-model", help="大模型名称（也可设 GREENREVIEW_LLM_MODEL）")
@_fail_cleanly
def review(file, rtype, kind, fmt, output, home, only, fail_on, save, llm_url, llm_model):
    """审查一份评价报告（PDF/DOCX），输出 review@1 结果。数据目录中有报告库时，同时与库中其他报告比对。"""
    from reviewer.formatters import render

    path = _check_file(file)
    service = _service(home, **{"llm.base_url": llm_url, "llm.model": llm_model})
    show = _progress_printer(sys.stderr.isatty() and fmt == "text" and not output)
    store = None
    try:
        from reviewer.cli_corpus import corpus_exists, open_store
    except ImportError:  # corpus commands not installed
        corpus_exists = None
    if corpus_exists is not None and (save or corpus_exists(service.settings)):
        store = service.corpus = open_store(service.settings, create=save)
    if store is None:
        result = service.review_file(path, type_hint=rtype, kind_hint=kind, progress=show, only=list(only) or None)
    else:
        import time

        t0 = time.perf_counter()
        show("解析文件", 0.0)
        doc = service.ingest(path)
        result = service.review_document(doc, type_hint=rtype, kind_hint=kind, progress=show, only=list(only) or None,
                                         timings={"ingest": time.perf_counter() - t0})
        if save:
            from reviewer.corpus.reuse import ingest_document

            _, created = ingest_document(store, path.read_bytes(), doc, service.facts(doc, type_hint=rtype, kind_hint=kind),
                                         result)
            click.echo(f"{'已存入' if created else '已在'}报告库：{store.home}", err=True)
    text = render(result, fmt)
    if output:
        _atomic_write(Path(output), text)
        click.echo(f"已写入 {output}", err=True)
    else:
        click.echo(text, nl=False)
    levels = ["high", "medium", "low"]
    if fail_on != "never" and any(result.summary.counts[s] for s in levels[: levels.index(fail_on) + 1]):
        sys.exit(1)


@main.command()
@click.argument("file", type=click.Path())
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@click.option("--home", type=click.Path(file_okay=False))
@_fail_cleanly
def inspect(file, fmt, home):
    """打印解析结构：分块（含页码、章节）、识别出的类型/种类与要素，用于排查。"""
    from reviewer.inspect_view import inspect_json, inspect_text

    service = _service(home)
    doc = service.ingest(_check_file(file))
    facts = service.facts(doc)
    if fmt == "json":
        click.echo(json.dumps(inspect_json(doc, facts), ensure_ascii=False, indent=2))
    else:
        click.echo(inspect_text(doc, facts), nl=False)


@main.command()
@click.option("--format", "fmt", type=click.Choice(["text", "md", "json"]), default="text", show_default=True)
@_fail_cleanly
def rules(fmt):
    """列出全部检查：代码、级别、说明（由规则注册表生成）。"""
    from reviewer.rules.docs import render_rules

    click.echo(render_rules(fmt), nl=False)


@main.command()
@click.argument("code")
@_fail_cleanly
def explain(code):
    """显示某个检查代码的完整说明，如 greenreview explain NUM.RECALC。"""
    from reviewer.rules.docs import explain as explain_code

    click.echo(explain_code(code.upper()), nl=False)


def _atomic_write(path: Path, text: str) -> None:
    tmp = path.with_name(f".{path.name}.tmp{os.getpid()}")
    tmp.write_text(text, encoding="utf-8")
    os.replace(tmp, path)


def _register_extensions() -> None:
    """Command groups that live in their own modules (corpus, supervision, retrieval, server)."""
    from importlib import import_module
    from importlib.util import find_spec

    for name in ("reviewer.cli_corpus", "reviewer.cli_supervision", "reviewer.cli_retrieval", "reviewer.cli_server"):
        if find_spec(name) is not None:
            import_module(name).register(main, _fail_cleanly, _service, _check_file)


_register_extensions()

if __name__ == "__main__":
    main()
