# A validation error raised from a dataclass __post_init__ through a property setter
from dataclasses import dataclass


@dataclass
class Rectangle:
    width: float
    height: float

    def __post_init__(self):
        self.area = self.width * self.height

    @property
    def area(self):
        return self._area

    @area.setter
    def area(self, value):
        if value <= 0:
            raise ValueError(f"area must be positive, got {value}")
        self._area = value


print(Rectangle(2, 3).area)
shapes = [Rectangle(w, h) for w, h in [(1, 1), (2, 0)]]
