# An OrderedDict changed while it is iterated: values may change, keys may not (added, removed or moved)
from collections import OrderedDict
od = OrderedDict(a=1, b=2, c=3)
for k in od:
    od[k] += 10
print(od)
try:
    for k, v in od.items():
        if k == 'b':
            od['z'] = 0
except RuntimeError as e:
    print('add:', e)
try:
    for v in od.values():
        od.move_to_end('a')
except RuntimeError as e:
    print('move:', e)
class LRU(OrderedDict):
    pass
l = LRU(x=1, y=2)
try:
    for k in l:
        del l['y']
except RuntimeError as e:
    print(type(l).__name__, e)
print(od, list(reversed(od)), l)
