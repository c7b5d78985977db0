# pprint sorts dict keys, wraps long strings and bytes, and shows nested tuples and deques
from collections import deque, OrderedDict, Counter, defaultdict
from pprint import pprint

pprint(frozenset({10, 3, 7}))
pprint({3: "c", 1: "a", 2: "b"})
pprint("The event loop runs one callback at a time and switches tasks at every await point. " * 2, width=50)
pprint(b"binary data " * 8, width=40)
pprint([(1, ("nested", ["deep", {"k": "v" * 30}]))] * 2, width=45)
pprint(deque(range(30), maxlen=40), width=40)
pprint(OrderedDict(b=1, a=2), width=20)
pprint(Counter("mississippi"))
pprint(defaultdict(list, {"x": [1, 2], "a": []}))
pprint({"empty": {}, "set": set(), "list": [], "tuple": (), "one": (1,)})
