# sorted() and list.sort() given a misspelt keyword: CPython's 'reversed' is an invalid keyword argument for sort(), and too many keywords
for f in [lambda: sorted([3, 1], reversed=True), lambda: [3, 1].sort(reversed=True), lambda: sorted([1], len), lambda: [1].sort(len), lambda: sorted(), lambda: sorted([1], key=len, reverse=True, x=1), lambda: sorted(iterable=[1]), lambda: [2, 1].sort(Key=len)]:
    try:
        print(f())
    except TypeError as e:
        print(e)
print(sorted([3, 1, 2], reversed=True))
