# dataclasses: field defaults, asdict, astuple, replace, fields, __post_init__.
import dataclasses
from dataclasses import dataclass, field

@dataclass
class Task:
    name: str
    priority: int = 5
    done: bool = False
    notes: list = field(default_factory=list)
    slug: str = field(init=False, default='')

    def __post_init__(self):
        self.slug = self.name.lower().replace(' ', '-')

t = Task('Write Tests', priority=1)
print(t)
print(dataclasses.asdict(t))
print(dataclasses.astuple(t))
print([f.name for f in dataclasses.fields(t)])
t2 = dataclasses.replace(t, done=True)
print(t2, t2 == t, t2.slug)
print(dataclasses.is_dataclass(t), dataclasses.is_dataclass(5))

@dataclass
class Node:
    value: int
    children: list = field(default_factory=list)
    def total(self):
        return self.value + sum(c.total() for c in self.children)

tree = Node(1, [Node(2), Node(3, [Node(4)])])
print(tree.total())
print(tree)
try:
    Task()
except TypeError as e:
    print('TypeError:', e)
