# None's attributes through descriptors (None.__class__), and a dataclass field defaulting to None.
from dataclasses import dataclass, field

print(None.__class__, None.__class__.__name__, type(None) is None.__class__)
print((5).__class__, 'a'.__class__, [].__class__, True.__class__, NotImplemented.__class__)
print(None.__class__.__hash__ is not None, None.__class__.__name__ == 'NoneType')

@dataclass
class Job:
    n: int
    result: int = None
    note: str = field(default=None, repr=False)

    def finish(self, value):
        self.result = value
        return self

jobs = [Job(5), Job(3, 6)]
print(jobs, jobs[0] == Job(5), jobs[0].note)
print(jobs[0].finish(120), Job(1).result is None)
