"""Whose figure a park report's sentence states: the park's, or one of its parts'.

In a green-park report the applicant is the park (its 管委会), and a figure is the park's total unless the sentence
gives it to a part: a member enterprise (a named company, "某光学膜企业", "园区重点用能企业…"), a group of them
("前十家企业", "23家重点企业"), an industry ("电子信息产业2025年实现工业增加值…"), a sub-area ("南片区孵化器内的…") or
another park ("相邻的同安某工业集中区"). The park's analogue of a factory's part_subjects (a workshop as the sentence's
subject); the words are standards data (standards/indicators.yaml ``park_subjects``). All the park's enterprises
together ("园区各企业", "园区入驻企业", "规上工业企业") are the park's own statistical scope and no part.

Used by the indicator reader (reviewer/structure/indicators.py) for park reports only.
"""

from __future__ import annotations

import re


class ParkSubjects:
    def __init__(self, spec: dict):
        conf = spec.get("park_subjects") or {}
        self.parts = re.compile("|".join(f"(?:{p})" for p in conf.get("parts", []))) if conf.get("parts") else None
        self.own = re.compile(conf.get("self", "园区"))

    def other_party(self, head: str) -> bool:
        """Whether the last subject named in ``head`` (a sentence up to an indicator's name) is a part of the park
        rather than the park itself: the later mention wins, and a part that takes the park's word in
        ("园区内某企业", "漳州某园区") is the part."""
        if self.parts is None:
            return False
        part_end = max((m.end() for m in self.parts.finditer(head)), default=-1)
        if part_end < 0:
            return False
        own_end = max((m.end() for m in self.own.finditer(head)), default=-1)
        return part_end >= own_end

    def the_parks(self, text: str, values: list) -> list:
        """The values read from a paragraph's ``text`` that are the park's: each one's sentence up to where its quote
        starts (the name, or the value after "分别为") names no part as the last subject."""
        out = []
        for v in values:
            at = text.find(v.quote)
            head = text[max(text.rfind("。", 0, at), text.rfind("；", 0, at)) + 1: at] if at > 0 else ""
            if not self.other_party(head):
                out.append(v)
        return out
