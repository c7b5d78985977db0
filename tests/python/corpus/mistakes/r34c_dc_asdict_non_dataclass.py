# Calling dataclasses.asdict on the class and on a plain object
from dataclasses import dataclass, asdict

@dataclass
class User:
    name: str
    admin: bool = False

print(asdict(User("ana")))
try:
    print(asdict(User))
except TypeError as e:
    print("TypeError:", e)
print(asdict({"name": "bo"}))
