# Dataclass inheritance: field order, overriding defaults, the non-default-after-default error, kw_only fix
from dataclasses import dataclass, field, fields

@dataclass
class Base:
    id: int
    active: bool = True

@dataclass
class User(Base):
    id: int = 0
    name: str = "anon"

print(User(), [f.name for f in fields(User)])
try:
    @dataclass
    class Broken(Base):
        email: str
except TypeError as e:
    print("TypeError:", e)

@dataclass(kw_only=True)
class Fixed(Base):
    email: str

print(Fixed(1, email="a@b"), Fixed(email="x", id=2, active=False))
try:
    Fixed(1, "x@y")
except TypeError as e:
    print("TypeError:", e)

@dataclass
class Tagged(Base):
    tags: list = field(default_factory=list)
    def __post_init__(self):
        self.tags.append(f"id{self.id}")
t1, t2 = Tagged(1), Tagged(2)
print(t1, t2, t1.tags is t2.tags)
try:
    @dataclass
    class Shared:
        items: list = []
except ValueError as e:
    print("ValueError:", e)
