from dataclasses import dataclass, field, InitVar

@dataclass
class Rectangle:
    width: float
    height: float
    area: float = field(init=False)
    def __post_init__(self):
        if self.width < 0 or self.height < 0:
            raise ValueError("negative size")
        self.area = self.width * self.height

print(Rectangle(3, 4))
try:
    Rectangle(-1, 2)
except ValueError as e:
    print("ValueError:", e)

@dataclass
class User:
    name: str
    password: InitVar[str]
    hashed: str = field(init=False, repr=False)
    def __post_init__(self, password):
        self.hashed = "".join(reversed(password))

u = User("ann", "secret")
print(u, u.hashed, hasattr(u, "password"))
print(User.__init__.__annotations__ if False else list(User.__dataclass_fields__))
try:
    User("bob")
except TypeError as e:
    print("TypeError:", e)

@dataclass
class Temp:
    celsius: float
    fahrenheit: float = field(init=False)
    def __post_init__(self):
        self.fahrenheit = self.celsius * 9 / 5 + 32
print(Temp(100), Temp(-40).fahrenheit)
