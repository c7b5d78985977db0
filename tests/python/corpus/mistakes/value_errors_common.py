# Mistake: ValueErrors from conversions, unpacking and empty sequences, the last uncaught.
attempts = [
    lambda: float('1,5'), lambda: int('3.0'), lambda: int('12', 2), lambda: max([]),
    lambda: min(()), lambda: [1, 2].index(3), lambda: 'abc'.index('z'), lambda: [].pop(),
    lambda: {}.popitem(), lambda: set().pop(), lambda: 'a,b'.split(''), lambda: range(0, 5, 0),
    lambda: chr(-1), lambda: '{:d}'.format('x'), lambda: f'{5:x<}', lambda: int('9' * 5000),
]
for attempt in attempts:
    try:
        attempt()
        print('no error')
    except (ValueError, IndexError, KeyError, TypeError) as e:
        print(f'{type(e).__name__}: {e}')
a, b = [1, 2, 3]
