# an LRU cache built on OrderedDict; I move keys to the end while listing them
from collections import OrderedDict

cache = OrderedDict(a=1, b=2, c=3)
for key in cache:
    print("touch", key)
    cache.move_to_end(key)
print(list(cache))
