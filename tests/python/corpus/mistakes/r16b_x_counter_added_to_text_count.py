# OrderedDict.popitem when empty, and Counters added where one counts text
from collections import OrderedDict, Counter
d = OrderedDict()
try:
    d.popitem()
except KeyError as e:
    print("KeyError", e)
c = Counter("aab")
print(c + Counter({"a": "x"}))
