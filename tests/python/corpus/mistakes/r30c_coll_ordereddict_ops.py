# OrderedDict: move_to_end of a missing key, popitem on empty, equality with order.
from collections import OrderedDict
od = OrderedDict(a=1, b=2)
od.move_to_end("a")
print(list(od), od == OrderedDict(b=2, a=1), od == {"a": 1, "b": 2})
print(od.popitem(last=False))
try:
    od.move_to_end("zzz")
except KeyError as e:
    print("KeyError", e)
od.clear()
od.popitem()
