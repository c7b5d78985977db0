# A dataclass with defaults, field(default_factory) and a computed property
from dataclasses import dataclass, field

@dataclass
class Job:
    name: str
    delay: float = 0.1
    tags: list[str] = field(default_factory=list)

    @property
    def ms(self) -> int:
        return round(self.delay * 1000)

jobs = [Job('fetch', 0.25, ['net']), Job('parse'), Job('save', 0.5, ['disk', 'io'])]
for j in jobs:
    print(j)
    print(f'  {j.name:<6} {j.ms:>4} ms  tags={",".join(j.tags) or "-"}')
print(Job('a') == Job('a'), Job('a') == Job('a', 0.2))
jobs[1].tags.append('cpu')
print(jobs[1].tags, Job('x').tags)
