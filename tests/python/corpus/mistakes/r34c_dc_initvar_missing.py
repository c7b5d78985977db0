# A dataclass with an InitVar that __post_init__ does not accept
from dataclasses import dataclass, field, InitVar

@dataclass
class Account:
    owner: str
    password: InitVar[str]
    hashed: str = field(init=False)

    def __post_init__(self):
        self.hashed = "*" * 8

print(Account("ana", "secret"))
