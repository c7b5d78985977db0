# A runtime_checkable Protocol with a data member used in issubclass
from typing import Protocol, runtime_checkable

@runtime_checkable
class Named(Protocol):
    name: str
    def rename(self, new: str) -> None: ...

class User:
    def __init__(self, name):
        self.name = name
    def rename(self, new):
        self.name = new

print(isinstance(User("ana"), Named))
print(issubclass(User, Named))
