from dataclasses import dataclass, asdict, astuple, replace, field, fields

@dataclass
class Address:
    city: str
    zip: str

@dataclass
class Person:
    name: str
    age: int
    address: Address
    phones: list = field(default_factory=list)

p = Person("Kim", 33, Address("Oslo", "0150"), ["123", "456"])
d = asdict(p)
print(d)
print(astuple(p))
d["address"]["city"] = "Bergen"
print(p.address.city)
older = replace(p, age=34)
print(older)
print(older.address is p.address, older.phones is p.phones)
print([(f.name, f.type.__name__ if isinstance(f.type, type) else f.type) for f in fields(p)])
try:
    replace(p, height=180)
except TypeError as e:
    print("TypeError:", e)
try:
    asdict(Address)
except TypeError as e:
    print("TypeError:", e)
asdict({"a": 1})
