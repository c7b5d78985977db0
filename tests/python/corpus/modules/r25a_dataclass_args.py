from dataclasses import dataclass, field

@dataclass
class Task:
    title: str
    done: bool = False
    id: int = field(init=False, default=0)

    def __post_init__(self):
        self.title = self.title.strip().capitalize()

t = Task("  write report ")
print(t)
try:
    Task("x", True, 5)
except TypeError as e:
    print("TypeError:", e)
try:
    Task()
except TypeError as e:
    print("TypeError:", e)
print(Task(title="y", done=True))
Task("z", finished=True)
