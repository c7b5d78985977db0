# Mistake: the TypeErrors learners meet most, each caught and printed, the last one not.
attempts = [
    lambda: len(5), lambda: 'n = ' + 5, lambda: [1, 2] + 3, lambda: None + 1,
    lambda: sum(['a', 'b']), lambda: ', '.join([1, 2]), lambda: '%d items' % 'x',
    lambda: 'abc'.split(1), lambda: {[1]: 2}, lambda: {1, [2]}, lambda: round('3.5'),
    lambda: 3 < 'x', lambda: [3, 'a', 1].sort(), lambda: int([1]), lambda: float(None),
    lambda: 5(3), lambda: 'abc'[1.0], lambda: max(), lambda: abs('x'),
]
for i, attempt in enumerate(attempts):
    try:
        attempt()
        print(i, 'no error')
    except TypeError as e:
        print(i, e)
t = (1, 2)
t[0] = 5
