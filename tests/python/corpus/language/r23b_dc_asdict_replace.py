from dataclasses import dataclass, asdict, astuple, replace, field, is_dataclass

@dataclass
class Address:
    street: str
    city: str

@dataclass
class Person:
    name: str
    age: int
    address: Address
    phones: list = field(default_factory=list)
    meta: dict = field(default_factory=dict)

p = Person("Ann", 31, Address("Main St 1", "Oslo"), ["123"], {"vip": Address("x", "y")})
print(p)
d = asdict(p)
print(d)
print(type(d["address"]).__name__, type(d["meta"]["vip"]).__name__)
print(astuple(p))
older = replace(p, age=32)
print(older.age, p.age, older.address is p.address)
moved = replace(p, address=replace(p.address, city="Bergen"))
print(moved.address, p.address)
print(is_dataclass(p), is_dataclass(Person), is_dataclass(d))
try:
    replace(p, height=180)
except TypeError as e:
    print("TypeError:", e)
try:
    asdict(Person)
except TypeError as e:
    print("TypeError:", e)
asdict({"a": 1})
