# Sorting version strings with a cmp function converted by cmp_to_key
from functools import cmp_to_key

def cmp_versions(a, b):
    pa = [int(p) for p in a.split(".")]
    pb = [int(p) for p in b.split(".")]
    for x, y in zip(pa, pb):
        if x != y:
            return -1 if x < y else 1
    return (len(pa) > len(pb)) - (len(pa) < len(pb))

versions = ["1.10", "1.2", "1.2.1", "0.9", "1.2.0", "2", "1.1"]
print(sorted(versions))
print(sorted(versions, key=cmp_to_key(cmp_versions)))
print(max(versions, key=cmp_to_key(cmp_versions)))
K = cmp_to_key(cmp_versions)
print(K("1.0") < K("1.0.0"), K("3") == K("3"))
try:
    sorted(["1.x", "1.2"], key=cmp_to_key(cmp_versions))
except ValueError as e:
    print("bad version:", e)
