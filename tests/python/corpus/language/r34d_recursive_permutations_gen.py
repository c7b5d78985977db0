# Recursive generators: permutations, subsets and balanced parentheses, checked against itertools
from itertools import permutations, combinations

def perms(items):
    if len(items) <= 1:
        yield items[:]
        return
    for i in range(len(items)):
        for rest in perms(items[:i] + items[i + 1:]):
            yield [items[i]] + rest

def subsets(items):
    if not items:
        yield []
        return
    for s in subsets(items[1:]):
        yield s
        yield [items[0]] + s

def parens(n, open_=0, close=0, cur=""):
    if len(cur) == 2 * n:
        yield cur
        return
    if open_ < n:
        yield from parens(n, open_ + 1, close, cur + "(")
    if close < open_:
        yield from parens(n, open_, close + 1, cur + ")")

print(list(perms([1, 2, 3])))
print([list(p) for p in permutations([1, 2, 3])] == list(perms([1, 2, 3])))
print(sorted(subsets("abc"), key=lambda s: (len(s), s)))
print(len(list(subsets(list(range(10))))), sum(1 for k in range(11) for _ in combinations(range(10), k)))
print(list(parens(3)), len(list(parens(5))))
