# typing annotations a learner adds while polishing: get_type_hints, Callable, Optional, aliases.
from typing import Callable, Optional, Union, get_type_hints, List, Dict, Tuple, Iterable, Sequence

Number = Union[int, float]
Handler = Callable[[int], Optional[str]]

def apply(fn: Handler, values: Iterable[int]) -> List[Optional[str]]:
    return [fn(v) for v in values]

def show(n: int) -> Optional[str]:
    return None if n < 0 else f"<{n}>"

def table(rows: Sequence[Tuple[str, Number]], width: int = 8) -> Dict[str, str]:
    return {k: f"{v:>{width}}" for k, v in rows}

print(apply(show, [1, -1, 3]))
print(table([("a", 1), ("b", 2.5)], width=4))
print(get_type_hints(apply))
print(get_type_hints(table))
print(Number, Handler, Optional[Handler])
print(apply.__annotations__["return"], show.__annotations__)
print(Callable[..., int], Tuple[int, ...], Tuple[()], List[Tuple[int, str]])
