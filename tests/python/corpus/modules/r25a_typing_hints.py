from typing import Optional, Union, List, Dict, Tuple, Callable, Any, Iterable, TypeVar, Sequence

T = TypeVar("T")

def first(items: Sequence[T]) -> Optional[T]:
    return items[0] if items else None

def apply(f: Callable[[int], int], xs: Iterable[int]) -> List[int]:
    return [f(x) for x in xs]

def merge(a: Dict[str, int], b: dict[str, int]) -> dict[str, int]:
    return {**a, **b}

def parse(s: Union[str, bytes]) -> Tuple[int, ...]:
    if isinstance(s, bytes):
        s = s.decode()
    return tuple(int(p) for p in s.split(","))

print(first([3, 2]), first([]))
print(apply(lambda x: x * x, range(4)))
print(merge({"a": 1}, {"b": 2}))
print(parse("1,2,3"), parse(b"4,5"))
print(first.__annotations__)
print(List[int], Optional[str], Dict[str, Any], int | None)
x: int = "not checked"
print(x)
print(parse("1,a"))
