# what's in the asyncio module? the public names starting with each letter
import asyncio
from itertools import groupby

names = [n for n in dir(asyncio) if not n.startswith('_')]
print(len(names) > 50)
wanted = {'gather', 'as_completed', 'create_task', 'run', 'sleep', 'wait', 'wait_for', 'TaskGroup', 'Runner', 'timeout', 'Barrier'}
print(sorted(wanted - set(names)))
for letter, group in groupby(sorted(n for n in names if n[0] in 'gaw'), key=lambda n: n[0]):
    print(letter, list(group))
print(sorted(n for n in names if n.endswith('Error')))
