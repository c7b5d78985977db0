import itertools as it

def take(n, iterable):
    return list(it.islice(iterable, n))

def grouper(iterable, n, fillvalue=None):
    args = [iter(iterable)] * n
    return it.zip_longest(*args, fillvalue=fillvalue)

def roundrobin(*iterables):
    pending = len(iterables)
    nexts = it.cycle(iter(x).__next__ for x in iterables)
    while pending:
        try:
            for nxt in nexts:
                yield nxt()
        except StopIteration:
            pending -= 1
            nexts = it.cycle(it.islice(nexts, pending))

def powerset(iterable):
    s = list(iterable)
    return it.chain.from_iterable(it.combinations(s, r) for r in range(len(s) + 1))

def unique_everseen(iterable, key=None):
    seen = set()
    for element in iterable:
        k = element if key is None else key(element)
        if k not in seen:
            seen.add(k)
            yield element

def sliding_window(iterable, n):
    from collections import deque
    iterator = iter(iterable)
    window = deque(it.islice(iterator, n - 1), maxlen=n)
    for x in iterator:
        window.append(x)
        yield tuple(window)

print(take(3, it.count(7)))
print(list(grouper("ABCDEFG", 3, "x")))
print("".join(roundrobin("ABC", "D", "EF")))
print(list(powerset([1, 2, 3])))
print(list(unique_everseen("AAAABBBCCDAABBB")))
print(list(unique_everseen("ABBcCAD", str.lower)))
print(list(sliding_window("ABCDEFG", 4)))
