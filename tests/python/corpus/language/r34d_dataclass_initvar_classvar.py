# InitVar and ClassVar in a dataclass, and __post_init__ deriving fields from them
from dataclasses import dataclass, field, InitVar, fields
from typing import ClassVar

@dataclass
class Account:
    owner: str
    password: InitVar[str]
    balance: float = 0.0
    count: ClassVar[int] = 0
    digest: str = field(init=False, repr=False)

    def __post_init__(self, password):
        Account.count += 1
        self.digest = "".join(reversed(password))
        if self.balance < 0:
            raise ValueError(f"negative opening balance for {self.owner}: {self.balance}")

a = Account("ann", "s3cret", 10)
b = Account("bob", password="pw")
print(a, b, Account.count)
print(a.digest, [f.name for f in fields(Account)])
print(hasattr(a, "password"), Account.__dataclass_fields__["password"]._field_type)
print(Account.__init__.__annotations__ if False else list(Account.__match_args__))
Account("eve", "x", -5)
