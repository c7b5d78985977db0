# a dataclass field with both a default and a default factory, to be safe
from dataclasses import dataclass, field

@dataclass
class Config:
    name: str
    tags: list = field(default=None, default_factory=list)

print(Config("x"))
