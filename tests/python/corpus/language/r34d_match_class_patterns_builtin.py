# match with builtin class patterns, OR patterns with captures, as-bindings and dotted values
from dataclasses import dataclass
import enum

class Unit(enum.Enum):
    CM = "cm"
    IN = "in"

@dataclass
class Length:
    value: float
    unit: Unit

def describe(x):
    match x:
        case bool(b):
            return f"bool {b}"
        case int(n) if n < 0:
            return f"negative int {n}"
        case int() | float() as num:
            return f"number {num}"
        case str() as s if s.isdigit():
            return f"digit string {s!r}"
        case [Length(v, Unit.CM), *rest]:
            return f"list starting with {v}cm, {len(rest)} more"
        case Length(value=v, unit=Unit.IN as u):
            return f"{v} {u.value}"
        case {"type": "point", "x": x, "y": y, **others}:
            return f"point ({x}, {y}) extra={others}"
        case (1, 2) | [3, 4]:
            return "special pair"
        case _:
            return f"unknown {type(x).__name__}"

for v in [True, -3, 7, 2.5, "42", "abc", [Length(3, Unit.CM), 1], Length(2, Unit.IN),
          {"type": "point", "x": 1, "y": 2, "z": 3}, (1, 2), [3, 4], (3, 4, 5), None]:
    print(describe(v))
