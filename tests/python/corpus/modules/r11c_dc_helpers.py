from dataclasses import dataclass, asdict, astuple, replace, fields, is_dataclass

@dataclass
class Address:
    street: str
    city: str

@dataclass
class Person:
    name: str
    age: int
    address: Address
    phones: list

p = Person("Ann", 30, Address("1 Main St", "Springfield"), ["555-1234"])
print(asdict(p))
print(astuple(p))
q = replace(p, age=31)
print(q.age, q.address is p.address)
print([f.name for f in fields(p)], [f.type for f in fields(Person)])
print(is_dataclass(p), is_dataclass(Person), is_dataclass(3))
try:
    replace(p, height=2)
except TypeError as e:
    print("TypeError:", e)
try:
    asdict(Person)
except TypeError as e:
    print("TypeError:", e)
d = asdict(p)
d["address"]["city"] = "Shelbyville"
print(p.address.city)
print(Person(**{**asdict(p), "address": Address(**asdict(p)["address"])}) == p)
