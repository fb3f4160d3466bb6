"""greenreview — 绿色制造评价报告智能审查."""

__version__ = "0.1.0"
RULES_VERSION = "2026.11"
