# dataclasses: kw_only fields, KW_ONLY, slots=True, inheritance and the field order error
from dataclasses import dataclass, field, KW_ONLY, fields, is_dataclass


@dataclass(slots=True)
class Base:
    id: int
    _: KW_ONLY
    tags: tuple = ()


@dataclass(kw_only=True)
class Event:
    name: str
    when: str = "today"


@dataclass
class Child(Base):
    extra: str = "x"


print(Base(1, tags=("a",)), Event(name="party"), Child(2, "y", tags=(1,)))
print(Base.__slots__, [f.kw_only for f in fields(Child)], is_dataclass(Child), is_dataclass(Child(1)))
try:
    Event("party")
except TypeError as e:
    print(e)
try:
    @dataclass
    class Bad:
        a: int = 1
        b: int
except TypeError as e:
    print(e)
try:
    @dataclass
    class Mutable:
        items: list = []
except ValueError as e:
    print(e)
b = Base(5)
b.other = 1
