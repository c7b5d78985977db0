# Structural typing: a runtime-checkable Protocol tested with isinstance.
from typing import Protocol, runtime_checkable

@runtime_checkable
class Closeable(Protocol):
    def close(self) -> None: ...

@runtime_checkable
class Sized2(Protocol):
    size: int

class File:
    def close(self):
        print("file closed")

class Socket:
    size = 10
    def close(self):
        print("socket closed")

class Rock:
    pass

things = [File(), Socket(), Rock(), open]
for t in things:
    name = getattr(t, "__name__", type(t).__name__)
    print(name, isinstance(t, Closeable), isinstance(t, Sized2))

def shutdown(items: list[Closeable]) -> int:
    n = 0
    for it in items:
        if isinstance(it, Closeable):
            it.close()
            n += 1
    return n

print(shutdown(things))
print(shutdown.__annotations__)
try:
    Closeable()
except TypeError as e:
    print("TypeError:", e)
try:
    issubclass(File, Sized2)
except TypeError as e:
    print("TypeError:", e)
print(issubclass(Socket, Closeable))
