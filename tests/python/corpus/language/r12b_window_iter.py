from collections import deque

def sliding(iterable, n):
    it = iter(iterable)
    window = deque(maxlen=n)
    for x in it:
        window.append(x)
        if len(window) == n:
            yield tuple(window)

def chunked(iterable, n):
    chunk = []
    for x in iterable:
        chunk.append(x)
        if len(chunk) == n:
            yield chunk
            chunk = []
    if chunk:
        yield chunk

def pairwise(it):
    it = iter(it)
    prev = next(it, None)
    for x in it:
        yield prev, x
        prev = x

data = [3, 5, 2, 8, 6, 1]
print(list(sliding(data, 3)))
print([sum(w) / len(w) for w in sliding(data, 2)])
print(list(chunked(range(7), 3)), list(chunked([], 2)))
print([b - a for a, b in pairwise(data)], list(pairwise([1])))
def interleave(*its):
    iters = [iter(i) for i in its]
    while iters:
        for it in list(iters):
            try:
                yield next(it)
            except StopIteration:
                iters.remove(it)
print(list(interleave("abc", [1, 2], "XYZW")))
def unique(xs):
    seen = set()
    for x in xs:
        if x not in seen:
            seen.add(x)
            yield x
print(list(unique("abracadabra")), list(unique([[1], [1]])))
