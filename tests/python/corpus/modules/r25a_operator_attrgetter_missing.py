from operator import attrgetter
from dataclasses import dataclass

@dataclass
class User:
    name: str
    age: int

users = [User("a", 3), User("b", 1)]
print(sorted(users, key=attrgetter("age")))
print(sorted(users, key=attrgetter("Age")))
