"""``greenreview serve`` and ``greenreview user add/list/disable`` (registered by reviewer.cli)."""

from __future__ import annotations

import json

import click

ROLE_CHOICE = click.Choice(["enterprise", "agency", "reviewer", "supervisor", "admin"])


def register(main, fail_cleanly, service_factory, check_file) -> None:
    def _store(home):
        from reviewer.corpus.store import Store
        from reviewer.settings import load_settings

        settings = load_settings(home)
        return Store(settings.home)

    @main.command()
    @click.option("--host", default="127.0.0.1", show_default=True, help="监听地址（默认仅本机）")
    @click.option("--port", default=8000, show_default=True, type=click.IntRange(0, 65535), help="端口")
    @click.option("--home", type=click.Path(file_okay=False), help="数据目录（默认 ~/.greenreview 或 $GREENREVIEW_HOME）")
    @click.option("--workers", default=2, show_default=True, type=click.IntRange(1, 32), help="并行审查进程数")
    @click.option("--threads", is_flag=True, help="在服务进程内用线程审查（不启动子进程）")
    @fail_cleanly
    def serve(host, port, home, workers, threads):
        """启动网页工作台与 API（SQLite + 本地检索 + 本机审查进程）。"""
        import uvicorn

        from api.app import create_app
        from reviewer.settings import load_settings

        settings = load_settings(home)
        app = create_app(settings, workers=workers, worker_mode="thread" if threads else "process")
        store = app.state.ctx.store
        n_users = store.db.execute("SELECT COUNT(*) FROM users WHERE disabled_at IS NULL").fetchone()[0]
        click.echo(f"数据目录：{settings.home}", err=True)
        if n_users == 0:
            click.echo("尚无用户。请先创建：greenreview user add 管理员 --role admin"
                       + (f" --home {home}" if home else "") + "（令牌只显示一次）", err=True)
        shown = "127.0.0.1" if host in ("0.0.0.0", "::") else host
        click.echo(f"审查工作台已启动：http://{shown}:{port}/  （API 文档：http://{shown}:{port}/docs；Ctrl+C 停止）", err=True)
        click.echo(f"Workbench running at http://{shown}:{port}/", err=True)
        uvicorn.run(app, host=host, port=port, log_level="warning")

    @main.group()
    def user():
        """管理网页与 API 用户（令牌只在创建时显示一次）。"""

    @user.command("add")
    @click.argument("name")
    @click.option("--role", type=ROLE_CHOICE, required=True,
                  help="enterprise 企业 / agency 评价机构 / reviewer 审查员 / supervisor 监管人员 / admin 管理员")
    @click.option("--uscc", help="企业的统一社会信用代码（enterprise 必填）")
    @click.option("--agency", help="评价机构名称（agency 必填）")
    @click.option("--home", type=click.Path(file_okay=False))
    @fail_cleanly
    def user_add(name, role, uscc, agency, home):
        """新建用户并打印其访问令牌（只显示这一次，请妥善保存）。"""
        from api.auth import add_user

        token = add_user(_store(home), name, role, uscc=uscc, agency=agency, actor="cli")
        click.echo(f"已创建用户 {name}（{role}）。访问令牌（只显示这一次）：", err=True)
        click.echo(token)

    @user.command("list")
    @click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
    @click.option("--home", type=click.Path(file_okay=False))
    @fail_cleanly
    def user_list(fmt, home):
        """列出用户（不显示令牌）。"""
        from api.auth import ROLE_LABELS, list_users

        users = list_users(_store(home))
        if fmt == "json":
            click.echo(json.dumps(users, ensure_ascii=False, indent=2))
            return
        if not users:
            click.echo("尚无用户。")
        for u in users:
            scope = u["uscc"] or u["agency"] or ""
            state = "已停用" if u["disabled_at"] else "正常"
            click.echo(f"{u['name']:<16} {ROLE_LABELS[u['role']]:<6} {state:<4} {scope}")

    @user.command("disable")
    @click.argument("name")
    @click.option("--home", type=click.Path(file_okay=False))
    @fail_cleanly
    def user_disable(name, home):
        """停用用户：其令牌和登录会话立即失效。"""
        from api.auth import disable_user

        disable_user(_store(home), name, actor="cli")
        click.echo(f"已停用用户 {name}。")
