# A key function is called once for every item, even when there is only
# one (sorted, list.sort, min, max): its side effects show.
calls = []
def key(x):
    calls.append(x)
    return -x
print(sorted([3], key=key), calls)
[5].sort(key=key)
print(calls)
print(sorted([], key=key), calls)
print(max([4], key=key), min([7], key=key), calls)
print(sorted([2, 1, 3], key=key), calls)
def f(n):
    # the result does not depend on the key, but the recursion does
    return 0 if n == 0 else sorted([n], key=lambda x: f(n - 1))[0]
try:
    f(2000)
except RecursionError as e:
    print("RecursionError:", e)
