# Mistake: __post_init__ validates with a typo in the field's name.
from dataclasses import dataclass

@dataclass
class Interval:
    start: float
    end: float

    def __post_init__(self):
        if self.end < self.strat:
            raise ValueError("end before start")

print(Interval(1, 2))
