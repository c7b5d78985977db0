from dataclasses import dataclass, field

@dataclass
class Temperature:
    celsius: float
    label: str = "t"

    def __post_init__(self):
        if self.celsius < -273.15:
            raise ValueError(f"{self.celsius} is below absolute zero")

@dataclass(frozen=True)
class Frozen:
    a: int
    def __post_init__(self):
        self.a = abs(self.a)

print(Temperature(20))
try:
    Frozen(-1)
except AttributeError as e:
    print(type(e).__name__, e)
try:
    Temperature()
except TypeError as e:
    print("TypeError:", e)
try:
    Temperature(1, "x", 3)
except TypeError as e:
    print("TypeError:", e)
Temperature(-300, label="cold")
