def my_chain(*iterables):
    for it in iterables:
        yield from it

def my_zip(*iterables):
    iters = [iter(i) for i in iterables]
    while True:
        row = []
        for it in iters:
            try:
                row.append(next(it))
            except StopIteration:
                return
        yield tuple(row)

def my_accumulate(xs, func=lambda a, b: a + b):
    it = iter(xs)
    try:
        total = next(it)
    except StopIteration:
        return
    yield total
    for x in it:
        total = func(total, x)
        yield total

def my_groupby(xs, key=lambda x: x):
    it = iter(xs)
    sentinel = object()
    cur_key, group = sentinel, []
    for x in it:
        k = key(x)
        if group and k != cur_key:
            yield cur_key, group
            group = []
        cur_key = k
        group.append(x)
    if group:
        yield cur_key, group

def my_product(*pools):
    result = [()]
    for pool in pools:
        result = [r + (p,) for r in result for p in pool]
    yield from result

print(list(my_chain("ab", [1, 2], range(2))))
print(list(my_zip("abc", range(10), [True, False, None])))
print(list(my_accumulate([3, 1, 4, 1, 5])), list(my_accumulate([3, 1, 4, 1, 5], max)))
print(list(my_groupby("aaabccaa")))
print(list(my_groupby(range(10), key=lambda n: n // 3)))
print(list(my_product("ab", [0, 1])), len(list(my_product(range(3), repeat=2))))
