from dataclasses import dataclass, field, asdict
from datetime import date, timedelta
from enum import Enum
from collections import defaultdict
import json

class Kind(Enum):
    INCOME = "in"
    EXPENSE = "out"

@dataclass(order=True)
class Entry:
    when: date
    amount: float
    kind: Kind = field(compare=False)
    note: str = field(default="", compare=False)

start = date(2024, 1, 1)
entries = [
    Entry(start + timedelta(days=3), 1200.0, Kind.INCOME, "salary"),
    Entry(start + timedelta(days=1), 45.5, Kind.EXPENSE, "food"),
    Entry(start + timedelta(days=10), 300.0, Kind.EXPENSE, "rent"),
    Entry(start + timedelta(days=1), 12.25, Kind.EXPENSE, "coffee"),
]
balance = 0.0
for e in sorted(entries):
    balance += e.amount if e.kind is Kind.INCOME else -e.amount
    print(f"{e.when:%d %b} {e.note:<8} {e.amount:>9.2f} {e.kind.name:<7} {balance:>9.2f}")
by_kind = defaultdict(float)
for e in entries:
    by_kind[e.kind] += e.amount
print({k.value: v for k, v in by_kind.items()})
def enc(o):
    if isinstance(o, date):
        return o.isoformat()
    if isinstance(o, Enum):
        return o.value
    raise TypeError(type(o))
print(json.dumps([asdict(e) for e in entries[:2]], default=enc))
