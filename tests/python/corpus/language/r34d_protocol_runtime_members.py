# runtime_checkable Protocols: method-only vs data members, issubclass limits, structural checks
from typing import Protocol, runtime_checkable

@runtime_checkable
class Closable(Protocol):
    def close(self) -> None: ...

@runtime_checkable
class Named(Protocol):
    name: str

class File:
    def close(self):
        print("file closed")

class Person:
    def __init__(self, name):
        self.name = name

class Gate:
    close = None

print(isinstance(File(), Closable), isinstance(Person("a"), Closable), isinstance(Gate(), Closable))
print(isinstance(Person("a"), Named), isinstance(File(), Named))
print(issubclass(File, Closable))
try:
    issubclass(Person, Named)
except TypeError as e:
    print("TypeError:", e)
class NotRuntime(Protocol):
    def x(self): ...
try:
    isinstance(1, NotRuntime)
except TypeError as e:
    print("TypeError:", e)
try:
    NotRuntime()
except TypeError as e:
    print("TypeError:", e)
def shutdown(things: list[Closable]):
    for t in things:
        if isinstance(t, Closable):
            t.close()
shutdown([File(), Person("b"), File()])
