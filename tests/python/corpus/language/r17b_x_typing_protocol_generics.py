# typing features a learner tries: Protocol, Literal, Final, Generic classes, overload, cast
from typing import Protocol, Literal, Final, Generic, TypeVar, overload, cast, runtime_checkable, Any

T = TypeVar('T')

@runtime_checkable
class Runner(Protocol):
    def run(self) -> int: ...

class Job:
    def run(self) -> int:
        return 1

class Box(Generic[T]):
    def __init__(self, item: T) -> None:
        self.item = item
    def get(self) -> T:
        return self.item

Mode = Literal['fast', 'slow']
LIMIT: Final = 10

def go(mode: Mode) -> str:
    return mode.upper()

print(isinstance(Job(), Runner), isinstance(3, Runner), go('fast'), LIMIT)
b = Box[int](5)
print(b.get(), Box[str], type(b).__name__, Box.__parameters__)
print(cast(int, '3'), Mode, Literal[1, 2] == Literal[2, 1])
print(Any, Runner.__name__, Job().run())
