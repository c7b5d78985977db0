# Sorting records with key functions, reverse, and itemgetter/attrgetter
from operator import itemgetter, attrgetter
from collections import namedtuple

Task = namedtuple('Task', 'name priority delay')
tasks = [Task('email', 2, 0.3), Task('backup', 1, 2.5), Task('report', 2, 1.0), Task('alert', 0, 0.1)]
for t in sorted(tasks, key=attrgetter('priority', 'delay')):
    print(t)
print([t.name for t in sorted(tasks, key=lambda t: t.delay, reverse=True)])
pairs = [('b', 2), ('a', 2), ('c', 1)]
print(sorted(pairs, key=itemgetter(1)))
print(sorted(pairs, key=itemgetter(1, 0)))
print(min(tasks, key=lambda t: t.delay).name, max(tasks, key=itemgetter(2)).name)
print(sorted(['banana', 'Apple', 'cherry'], key=str.lower))
