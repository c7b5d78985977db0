# Permutations and subsets by recursion, checked against itertools.
from itertools import permutations, combinations

def perms(items):
    if len(items) <= 1:
        return [items[:]]
    out = []
    for i, x in enumerate(items):
        for p in perms(items[:i] + items[i+1:]):
            out.append([x] + p)
    return out

def subsets(items):
    if not items:
        return [[]]
    rest = subsets(items[1:])
    return rest + [[items[0]] + s for s in rest]

p = perms([1, 2, 3])
print(p, len(perms(list(range(5)))))
print(p == [list(t) for t in permutations([1, 2, 3])])
print(sorted(subsets(["a", "b", "c"]), key=lambda s: (len(s), s)))
print(["".join(t) for t in permutations("abc", 2)])
print(list(combinations("ABCD", 2)))
def anagrams(word):
    return sorted(set("".join(p) for p in permutations(word)))
print(anagrams("toot"), len(anagrams("banana")))
