# To-do list with dataclasses, enums, sorting and filtering
from dataclasses import dataclass, field, asdict, replace
from enum import Enum, auto
from datetime import date, timedelta

class Priority(Enum):
    LOW = auto()
    MEDIUM = auto()
    HIGH = auto()

@dataclass(order=True)
class Task:
    sort_key: tuple = field(init=False, repr=False)
    title: str
    due: date
    priority: Priority = Priority.MEDIUM
    done: bool = False
    tags: list = field(default_factory=list)

    def __post_init__(self):
        self.sort_key = (-self.priority.value, self.due)

today = date(2024, 2, 27)
tasks = [
    Task("write report", today + timedelta(days=3), Priority.HIGH, tags=["work"]),
    Task("buy milk", today, Priority.LOW),
    Task("pay rent", today + timedelta(days=2), Priority.HIGH, tags=["home", "money"]),
    Task("call mom", today + timedelta(weeks=1)),
]
for t in sorted(tasks):
    flag = "x" if t.done else " "
    print(f"[{flag}] {t.title:<14} {t.due:%a %d %b} {t.priority.name:<6} {','.join(t.tags) or '-'}")
tasks[1].done = True
print([t.title for t in tasks if not t.done])
print(tasks[3])
print(asdict(tasks[2]))
t2 = replace(tasks[0], title="write final report")
print(t2.title, t2.due, t2 == tasks[0], t2.sort_key)
overdue = [t.title for t in tasks if t.due < today + timedelta(days=3)]
print("due soon:", overdue)
print((tasks[3].due - today).days, tasks[3].due.isoformat(), tasks[3].due.weekday())
print(Priority.HIGH, repr(Priority.LOW), Priority(2), Priority["LOW"].value)
print(date(2024, 2, 29) + timedelta(days=365), date(2024, 3, 1) - date(2023, 3, 1))
print(Task("x", today, Priority.URGENT))
