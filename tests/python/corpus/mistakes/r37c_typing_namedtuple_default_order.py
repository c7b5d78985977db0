# a typed record with a default for the first field only
from typing import NamedTuple

class Job(NamedTuple):
    priority: int = 0
    name: str

print(Job(name="build"))
