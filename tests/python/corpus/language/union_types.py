# PEP 604 unions: int | None in annotations, isinstance and issubclass, repr, __args__, equality, errors
from typing import Optional
class Foo: pass
def describe(x: int | str | None, y: list[int] | None = None) -> str | None:
    return None
print(describe.__annotations__)
print(int | str, int | None, None | int, int | int, (int | str) | float, int | (str | float))
print(list[int] | dict[str, int] | None, Foo | None, type(int | str).__name__, type(int | str))
print((int | str).__args__, (int | None).__args__)
print((int | str) == (str | int), (int | str) == (int | float), hash(int | str) == hash(str | int))
print(isinstance(3, int | str), isinstance(None, int | None), isinstance(2.5, int | str), issubclass(bool, int | str))
print(isinstance(3, (float, int | str)))
try:
    int | "str"
except TypeError as e:
    print("TypeError:", e)
try:
    3 | int
except TypeError as e:
    print("TypeError:", e)
x: int | None = None
print(__annotations__)
print({int | str: 1})
