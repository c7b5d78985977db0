# Making a frozen dataclass inherit from a normal one
from dataclasses import dataclass

@dataclass
class Base:
    id: int

@dataclass(frozen=True)
class Record(Base):
    name: str

print(Record(1, "x"))
