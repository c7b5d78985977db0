# Moving keys of an OrderedDict while looping over it.
from collections import OrderedDict
cache = OrderedDict(a=1, b=2, c=3)
for k in cache:
    print("visit", k)
    if k == "a":
        cache.move_to_end("a")
