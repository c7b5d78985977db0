# Classic itertools recipes written out: grouper, sliding window, roundrobin, unique, partition.
from itertools import zip_longest, islice, cycle, filterfalse, tee, chain, repeat
from collections import deque

def grouper(iterable, n, fillvalue=None):
    args = [iter(iterable)] * n
    return zip_longest(*args, fillvalue=fillvalue)

def sliding_window(iterable, n):
    it = iter(iterable)
    window = deque(islice(it, n - 1), maxlen=n)
    for x in it:
        window.append(x)
        yield tuple(window)

def roundrobin(*iterables):
    iterators = deque(map(iter, iterables))
    while iterators:
        it = iterators.popleft()
        try:
            yield next(it)
        except StopIteration:
            continue
        iterators.append(it)

def unique_everseen(iterable, key=None):
    seen = set()
    for element in iterable:
        k = element if key is None else key(element)
        if k not in seen:
            seen.add(k)
            yield element

def partition(pred, iterable):
    t1, t2 = tee(iterable)
    return list(filterfalse(pred, t1)), list(filter(pred, t2))

def batched(iterable, n):
    it = iter(iterable)
    while batch := tuple(islice(it, n)):
        yield batch

print(list(grouper("ABCDEFG", 3, "x")))
print(list(sliding_window(range(6), 3)))
print(list(roundrobin("ABC", "D", "EF")))
print(list(unique_everseen("AAAABBBCCDAABBB")), list(unique_everseen("ABBcCAD", str.lower)))
print(partition(lambda x: x % 2, range(10)))
print(list(batched("abcdefg", 3)))
print(list(chain.from_iterable(zip(repeat("-"), "abc"))), list(islice(cycle([1, 2]), 5)))
def flatten(list_of_lists):
    return chain.from_iterable(list_of_lists)
print(list(flatten([[1, 2], [], [3]])), sum(1 for _ in sliding_window("ab", 3)))
