# Overloads kept at runtime (3.11): get_overloads and clear_overloads for documentation
from typing import overload, get_overloads, clear_overloads
import inspect

@overload
def parse(x: int) -> int: ...
@overload
def parse(x: str) -> int: ...
@overload
def parse(x: bytes, base: int = 10) -> int: ...
def parse(x, base=10):
    return int(x, base) if not isinstance(x, int) else x

for ov in get_overloads(parse):
    print("overload", inspect.signature(ov))
print(parse("12"), parse(b"ff", 16), parse(7))

class Box:
    @overload
    def get(self, i: int) -> str: ...
    @overload
    def get(self, i: slice) -> list: ...
    def get(self, i):
        return "x"

print(len(get_overloads(Box.get)))
clear_overloads()
print(get_overloads(parse), get_overloads(Box.get))
