# pprint as CPython 3.11 lays things out: dicts sorted, what does not fit
# the width broken one item a line under its bracket, compact, depth,
# indent, strings in chunks, OrderedDict, defaultdict, Counter, deque,
# SimpleNamespace and dataclasses; and a dataclass's repr of itself
import pprint
from collections import OrderedDict, defaultdict, Counter, deque
from dataclasses import dataclass, field
import types
data = {'tasks': [{'name': f'task-{i}', 'delay': i * 0.25, 'tags': ['io', 'net'] if i % 2 else ['cpu']} for i in range(4)],
        'summary': {'ok': 3, 'failed': 1, 'elapsed': 1.5}, 'z': (1, 2, 3), 'a': {3, 1, 2}, 'empty': {}, 'n': None}
pprint.pprint(data)
pprint.pprint(data, width=40)
pprint.pprint(data, indent=4, width=60, sort_dicts=False)
pprint.pprint(data, depth=2)
pprint.pprint(list(range(40)), compact=True)
pprint.pprint(list(range(40)))
pprint.pprint({'b': 2, 'a': 1})
pprint.pp({'b': 2, 'a': 1, 'c': list(range(30))})
print(pprint.pformat(('x' * 30, 'y' * 30, 'z' * 30)))
pprint.pprint('lorem ipsum dolor sit amet ' * 6)
pprint.pprint(['lorem ipsum dolor sit amet ' * 4, 'short'])
pprint.pprint(OrderedDict((str(i), i * i) for i in range(12)))
d = defaultdict(list); d['key-one'].extend(range(12)); d['key-two'].append('x' * 50)
pprint.pprint(d)
pprint.pprint(Counter('abracadabra' * 5 + 'xyz' * 3 + 'hello world'))
pprint.pprint(deque(range(30), maxlen=40))
pprint.pprint(frozenset(range(30)))
pprint.pprint(types.SimpleNamespace(alpha=list(range(20)), beta='b' * 40, gamma={'k': 1}))
@dataclass
class Job:
    name: str
    steps: list = field(default_factory=list)
    meta: dict = field(default_factory=dict)
pprint.pprint(Job('long-running-job', list(range(25)), {'owner': 'alice', 'priority': 5}))
r = [1, 2]; r.append(r)
print(pprint.pformat(r).split(' with id=')[0])
print(pprint.saferepr({'b': [1, {'y': 2, 'x': 1}], 'a': 0}), pprint.isreadable([1, 2]), pprint.isrecursive(r), pprint.isreadable(object()))
pprint.pprint(((((((1,),),),),),), depth=3)
pprint.pprint([[1, 2, 3]] * 10, width=20)
@dataclass
class Node:
    name: str
    nxt: object = None
n = Node('loop')
n.nxt = n
print(n, Job.__repr__.__wrapped__.__qualname__)
