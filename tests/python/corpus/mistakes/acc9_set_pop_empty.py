# pop() of an empty set, and popitem() of an empty dict.
try:
    set().pop()
except KeyError as e:
    print("KeyError:", e)
cache = {}
cache.popitem()
