# Printing a very deeply nested list hits the recursion limit inside repr; a shallow one prints fine.
import sys

def nest(depth):
    x = []
    for _ in range(depth):
        x = [x]
    return x

print(nest(5))
print(len(str(nest(200))))
sys.setrecursionlimit(100)
try:
    repr(nest(500))
except RecursionError as e:
    print("RecursionError:", e)
import json
try:
    json.dumps(nest(500))
except RecursionError as e:
    print("RecursionError in json:", e)
d = {}
d["self"] = d
print(d, [d, [d]])
print(nest(1000))
