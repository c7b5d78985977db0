# typing.get_type_hints of a class (its bases' annotations too, strings and nested
# forward references evaluated), of functions; get_origin and get_args of the forms learners write
from typing import List, Optional, Dict, Union, Any, Tuple, Callable, get_type_hints, get_origin, get_args, Annotated, ClassVar, Literal
import typing, collections.abc
for t in (int, list[int], List[int], Optional[int], dict[str, int], Dict[str, int], Union[int, str], int | None,
          Tuple[int, ...], tuple[int, str], Any, Callable[[int], str],
          ClassVar[int], Literal[1, 2], List[Dict[str, int]], "int", None):
    print(repr(t), get_origin(t), get_args(t))
print(get_origin(Callable[[int], str]) is collections.abc.Callable, get_origin(Optional[int]) is Union)
class Point:
    x: int
    y: float = 0.0
    tags: list[str]
    owner: Optional["Point"] = None
    count: ClassVar[int] = 0
class Point3(Point):
    z: int
    x: "float"
print(get_type_hints(Point))
print(get_type_hints(Point3))
def area(w: int, h: "int" = 2, *, unit: str = None) -> float:
    return w * h
def plain(a, b): pass
print(get_type_hints(area))
print(get_type_hints(plain), get_type_hints(Point.__init__))
def nothing() -> None: pass
print(get_type_hints(nothing))
def ann(x: Annotated[int, "positive"]) -> Dict[str, List[int]]: pass
print(get_type_hints(ann), get_type_hints(ann, include_extras=True))
import math
try: get_type_hints(3)
except TypeError as e: print("TypeError:", e)
for name, tp in get_type_hints(Point).items():
    print(name, get_origin(tp), get_args(tp))
class Node:
    children: list["Node"]
    parent: "Optional[Node]"
    values: Dict[str, "List[int]"]
    kind: Literal["leaf", "branch"]
print(get_type_hints(Node))
