words = ["apple", "Banana", "cherry", "date", "Elder"]
print(sum(len(w) for w in words))
print(any(w[0].isupper() for w in words), all(len(w) > 3 for w in words))
print(max((len(w), w) for w in words))
print(sum(x * x for x in range(10) if x % 2))
print(list(w.lower() for w in words if "e" in w))
gen = (n for n in range(5))
print(sum(gen), sum(gen))
print(any([]), all([]), any(x for x in []), all(x for x in [0]))

def noisy(x):
    print("check", x)
    return x > 2

print(any(noisy(x) for x in [1, 3, 5]))
print(all(noisy(x) for x in [5, 1, 7]))
print(sum([[1], [2, 3]], []))
try:
    sum(["a", "b"], "")
except TypeError as e:
    print(e)
print(sum((0.1 for _ in range(10))), sum([0.5, 0.25], start=1))
print(dict((w[0], w) for w in words))
g = (1 / x for x in [1, 0])
print(next(g))
next(g)
