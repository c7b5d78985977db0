import typing
from typing import assert_never, assert_type, reveal_type, Required, NotRequired, TypedDict, Text, dataclass_transform

def handle(x: int | str) -> str:
    if isinstance(x, int):
        return "int"
    elif isinstance(x, str):
        return "str"
    else:
        assert_never(x)

print(handle(1), handle("a"))
try:
    handle(3.5)
except AssertionError as e:
    print("AssertionError:", e)
try:
    assert_never("x" * 200)
except AssertionError as e:
    print(len(str(e)), str(e)[-5:])
print(assert_type(5, int), reveal_type([1, 2]), Text, Text is str)

class Movie(TypedDict, total=False):
    title: Required[str]
    year: NotRequired[int]

print(Movie(title="x"), Required[int], NotRequired[str], typing.is_typeddict(Movie), typing.is_typeddict(dict))

@dataclass_transform(kw_only_default=True)
def model(cls):
    return cls

print(model.__dataclass_transform__["kw_only_default"], typing.get_overloads(handle), typing.clear_overloads())
print(typing.Unpack, typing.Concatenate)
