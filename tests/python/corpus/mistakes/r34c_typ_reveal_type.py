# Leaving reveal_type() in the code after checking it with mypy
from typing import reveal_type

def parse(raw: str) -> list[int]:
    return [int(p) for p in raw.split(",")]

values = parse("1,2,3")
reveal_type(values)
print(sum(values))
