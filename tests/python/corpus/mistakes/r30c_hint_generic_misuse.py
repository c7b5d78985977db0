# Using type hints as if they were runtime checks and constructors.
from typing import List, Optional
def first(xs: list[int]) -> Optional[int]:
    return xs[0] if xs else None

print(first(["not", "ints"]))
for expr in ["isinstance([1], list[int])", "List[int]()", "list[int]([1, 2])", "int | 'str'",
             "Optional[int] | None", "isinstance(3, int | str)", "issubclass(bool, int | None)", "List[int] == list[int]"]:
    try:
        print(expr, "=", eval(expr))
    except TypeError as e:
        print(expr, "-> TypeError:", e)
