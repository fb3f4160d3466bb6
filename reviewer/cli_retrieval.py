"""`greenreview ask`: questions about a report, answered with page citations."""

from __future__ import annotations

import json

import click


def register(main, fail_cleanly, service_factory, check_file) -> None:
    @main.command()
    @click.argument("file", type=click.Path())
    @click.argument("question")
    @click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
    @click.option("-k", "k", type=click.IntRange(1, 20), default=5, show_default=True, help="返回的段落数")
    @click.option("--home", type=click.Path(file_okay=False))
    @fail_cleanly
    def ask(file, question, fmt, k, home):
        """就报告内容提问，回答附页码和原文引用，如：greenreview ask 报告.pdf "近三年单位产值综合能耗分别是多少？\""""
        result = service_factory(home).ask(check_file(file), question, k=k)
        if fmt == "json":
            click.echo(json.dumps({key: v for key, v in result.items()}, ensure_ascii=False, indent=2))
            return
        click.echo(f"问：{result['question']}\n答：{result['answer']}\n")
        for i, p in enumerate(result["passages"], 1):
            click.echo(f"[{i}] 第{p['page']}页 {p['section']}\n    “{p['quote']}”")
