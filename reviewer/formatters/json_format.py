"""review@1 JSON, keys in contract order, UTF-8 Chinese kept readable."""

import json


def render(review) -> str:
    return json.dumps(review.to_json_dict(), ensure_ascii=False, indent=2) + "\n"
