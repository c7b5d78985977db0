# Typing helpers used at runtime in ways they do not support
from typing import Optional, Protocol, NewType, Union, List

class Greeter(Protocol):
    def greet(self) -> str: ...

UserId = NewType("UserId", int)
attempts = [
    lambda: Optional[int](),
    lambda: Greeter(),
    lambda: isinstance("x", Greeter),
    lambda: type("Sub", (UserId,), {}),
    lambda: List[int]([1, 2]),
    lambda: isinstance(3, Union[int, str]),
    lambda: UserId("7"),
]
for a in attempts:
    try:
        print("ok:", a())
    except TypeError as e:
        print("TypeError:", e)
