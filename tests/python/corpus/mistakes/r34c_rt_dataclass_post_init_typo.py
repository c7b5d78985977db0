# A dataclass whose validation hook name has a typo, so it never runs
from dataclasses import dataclass

@dataclass
class Account:
    owner: str
    balance: float = 0.0

    def __postinit__(self):
        if self.balance < 0:
            raise ValueError("negative balance")

acct = Account("ana", -5)
print(acct)
print(acct.__post_init__())
