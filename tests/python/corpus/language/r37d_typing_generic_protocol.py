# A generic repository class with TypeVar bounds and a runtime_checkable Protocol for items.
from typing import Generic, TypeVar, Protocol, runtime_checkable, Iterator

@runtime_checkable
class HasId(Protocol):
    id: int
    def label(self) -> str: ...

T = TypeVar("T", bound=HasId)

class Repo(Generic[T]):
    def __init__(self) -> None:
        self._items: dict[int, T] = {}
    def add(self, item: T) -> None:
        if not isinstance(item, HasId):
            raise TypeError(f"{type(item).__name__} does not satisfy HasId")
        self._items[item.id] = item
    def __iter__(self) -> Iterator[T]:
        return iter(sorted(self._items.values(), key=lambda i: i.id))

class User:
    def __init__(self, id, name):
        self.id, self.name = id, name
    def label(self):
        return f"#{self.id} {self.name}"

r: Repo[User] = Repo()
for uid, name in [(3, "cy"), (1, "al"), (2, "bo")]:
    r.add(User(uid, name))
print([u.label() for u in r])
print(Repo[User], Repo[User]().__class__ is Repo, Repo.__parameters__, T, T.__bound__)
print(isinstance(User(0, "x"), HasId), isinstance("text", HasId))
print(Repo.__orig_bases__, Repo[int].__origin__, Repo[User].__args__)
S = TypeVar("S", int, str)
print(S.__constraints__, S.__covariant__, repr(TypeVar("V_co", covariant=True)))
try:
    issubclass(User, HasId)
except TypeError as e:
    print(e)
r.add(42)
