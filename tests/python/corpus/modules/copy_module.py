# copy.copy and copy.deepcopy of nested lists and dicts, instances, dataclasses, shared and cyclic parts.
import copy
from dataclasses import dataclass, field
from collections import Counter, namedtuple

grid = [[0] * 2, [1, 2]]
shallow, deep = copy.copy(grid), copy.deepcopy(grid)
grid[0][0] = 9
print(grid, shallow, deep, shallow[0] is grid[0], deep[0] is grid[0])
config = {'name': 'run', 'steps': [1, 2], 'nested': {'a': (1, [2])}}
c2 = copy.deepcopy(config)
c2['nested']['a'][1].append(3)
print(config, c2, copy.copy(config) == config, copy.copy(config) is config)
shared = [1]
pair = [shared, shared]
p2 = copy.deepcopy(pair)
print(p2[0] is p2[1], p2[0] is shared)
cyc = [1]
cyc.append(cyc)
c3 = copy.deepcopy(cyc)
print(c3[1] is c3, c3 is cyc, len(c3))
t = (1, 2, 'x')
print(copy.deepcopy(t) is t, copy.copy(t) is t, copy.deepcopy((1, [2])) == (1, [2]))

class Job:
    def __init__(self, n):
        self.n = n
        self.log = []
    def __repr__(self):
        return f'Job({self.n}, {self.log})'
j = Job(5)
j2, j3 = copy.copy(j), copy.deepcopy(j)
j.log.append('ran')
print(j, j2, j3, type(j3).__name__, j2.log is j.log)

@dataclass(frozen=True)
class Point:
    x: int
    tags: list = field(default_factory=list)
pt = Point(1, ['a'])
pt2 = copy.deepcopy(pt)
pt.tags.append('b')
print(pt, pt2, pt2 == Point(1, ['a']))
P = namedtuple('P', 'x y')
print(copy.deepcopy(P(1, [2])), copy.copy(Counter('aab')), copy.deepcopy({1, 2}), copy.copy(len) is len)
class Custom:
    def __copy__(self):
        return 'custom copy'
    def __deepcopy__(self, memo):
        return 'custom deepcopy'
print(copy.copy(Custom()), copy.deepcopy([Custom()]))
count = Counter("ab")
count2 = copy.copy(count)
count2["a"] += 5
print(count, count2)
