# A dataclass validating its fields in __post_init__, with field(compare=False) and slots
from dataclasses import dataclass, field, fields

@dataclass(slots=True)
class Job:
    name: str
    delay: float
    retries: int = 0
    log: list = field(default_factory=list, compare=False, repr=False)

    def __post_init__(self):
        if self.delay < 0:
            raise ValueError(f'delay must be >= 0, got {self.delay}')
        self.name = self.name.strip()

a = Job(' fetch ', 0.5)
b = Job('fetch', 0.5, log=['x'])
print(a, a == b, [f.name for f in fields(Job)], Job.__slots__)
try:
    Job('bad', -1)
except ValueError as e:
    print('ValueError:', e)
try:
    a.extra = 1
except AttributeError as e:
    print('AttributeError:', e)
print(Job('x', 1) < Job('y', 2))
