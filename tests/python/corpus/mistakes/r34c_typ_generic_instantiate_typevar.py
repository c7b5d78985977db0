# A generic factory that tries to call its own type parameter
from typing import Generic, TypeVar

T = TypeVar("T")

class Factory(Generic[T]):
    def make(self) -> T:
        return T()

print(Factory[int]().make())
