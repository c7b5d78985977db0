# Sets: tags of blog posts, and what goes wrong with them.
tags = {1, 2, 3}
ops = [
    lambda: tags + {4},
    lambda: tags * 2,
    lambda: tags[0],
    lambda: tags.remove(9),
    lambda: set().pop(),
    lambda: {[1], [2]},
    lambda: set([{1: 2}]),
    lambda: tags.add([4]),
    lambda: tags.union(5),
    lambda: tags.issubset(3),
    lambda: tags & [1],
    lambda: tags | "ab",
    lambda: frozenset(tags).add(4),
    lambda: tags.append(4),
    lambda: tags.discard(),
    lambda: {1, 2} < [1, 2, 3],
    lambda: max(set()),
    lambda: sorted({1, "a"}),
]
for n, op in enumerate(ops, 1):
    try:
        print(n, op())
    except Exception as e:
        print(n, f"{type(e).__name__}: {e}")
