from dataclasses import dataclass, field

@dataclass
class Config:
    debug: bool = False
    name: str

print(Config(True, "x"))
