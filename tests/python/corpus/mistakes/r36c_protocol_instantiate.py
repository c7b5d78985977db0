# I tried to create an object straight from my Protocol class
from typing import Protocol

class Greeter(Protocol):
    def greet(self) -> str:
        ...

class English:
    def greet(self):
        return "hello"

print(English().greet())
g = Greeter()
