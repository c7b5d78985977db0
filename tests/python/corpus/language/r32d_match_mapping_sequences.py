# match on JSON-like events: mapping patterns, nested sequences, enums as values and or-patterns
from enum import Enum


class Kind(Enum):
    CLICK = "click"
    KEY = "key"


def handle(ev):
    match ev:
        case {"type": Kind.CLICK.value, "pos": [x, y]} if x < 0 or y < 0:
            return "click off-screen"
        case {"type": "click", "pos": [x, y], **extra}:
            return f"click at {x},{y} extra={extra}"
        case {"type": "key", "key": "q" | "Q" as k}:
            return f"quit via {k}"
        case {"type": "key", "key": str(k)} if len(k) == 1:
            return f"key {k}"
        case {"type": "batch", "events": [first, *others]}:
            return f"batch of {1 + len(others)} starting with {handle(first)}"
        case {"type": t}:
            return f"unhandled {t}"
        case [*_, "end"]:
            return "sequence ending in end"
        case (1, 2) | [3, 4]:
            return "pair"
        case int() | float() as n if n > 0:
            return f"positive {n}"
        case _:
            return "???"


events = [{"type": "click", "pos": [1, 2]}, {"type": "click", "pos": (-1, 5)},
          {"type": "click", "pos": [1, 2], "button": 3}, {"type": "key", "key": "Q"},
          {"type": "key", "key": "enter"}, {"type": "batch", "events": [{"type": "key", "key": "a"}, {}]},
          {"type": "scroll"}, ["a", "end"], [3, 4], (1, 2), 2.5, -1, "end"]
for e in events:
    print(handle(e))
