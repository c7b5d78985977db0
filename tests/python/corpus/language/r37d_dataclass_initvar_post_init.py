# Dataclasses with InitVar, init=False fields computed in __post_init__, and replace() restrictions.
from dataclasses import dataclass, field, InitVar, replace, fields, is_dataclass, asdict
import hashlib

@dataclass
class Account:
    owner: str
    password: InitVar[str]
    balance: float = 0.0
    digest: str = field(init=False, repr=False)
    history: list = field(default_factory=list, init=False)

    def __post_init__(self, password):
        if self.balance < 0:
            raise ValueError("negative opening balance")
        self.digest = hashlib.sha256(password.encode()).hexdigest()[:8]
        self.history.append(("open", self.balance))

a = Account("ann", "s3cret", 10)
print(a, a.digest, a.history)
print([f.name for f in fields(a)], is_dataclass(a), is_dataclass(Account), is_dataclass(1))
print(asdict(a))
b = replace(a, balance=99, password="other")
print(b, b.digest != a.digest, b.history)
try:
    replace(a, balance=1)
except ValueError as e:
    print("ValueError:", e)
try:
    replace(a, password="p", digest="x")
except ValueError as e:
    print("ValueError:", e)
print(Account.__init__.__annotations__ if False else list(Account.__dataclass_fields__))
print(Account.__dataclass_fields__["password"]._field_type)
Account("bob", "pw", -5)
