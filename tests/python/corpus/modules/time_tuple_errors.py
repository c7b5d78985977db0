# strftime, asctime and mktime refuse bad time tuples and formats with
# CPython's errors: the tuple's type and size, each item, each field's range.
import time

good = (2026, 11, 29, 14, 5, 9, 6, 333, 0)
cases = [
    ('%Y', (2026,)), ('%Y', [2026, 1, 1, 0, 0, 0, 0, 1, 0]), ('%Y', good + (0,)), ('%Y', 5),
    ('%Y', (2026, '1', 1, 0, 0, 0, 0, 1, 0)), ('%Y', (2026, 1.0, 1, 0, 0, 0, 0, 1, 0)),
    ('%Y', (2**40, 1, 1, 0, 0, 0, 0, 1, 0)), ('%Y', (-2**40, 1, 1, 0, 0, 0, 0, 1, 0)),
    ('%Y', (-2**31, 1, 1, 0, 0, 0, 0, 1, 0)), ('%Y', (-2**31 + 1900, 1, 1, 0, 0, 0, 0, 1, 0)),
    ('%Y', (2026, 13, 1, 0, 0, 0, 0, 1, 0)), ('%Y', (2026, -1, 1, 0, 0, 0, 0, 1, 0)),
    ('%Y', (2026, 1, 32, 0, 0, 0, 0, 1, 0)), ('%Y', (2026, 1, -1, 0, 0, 0, 0, 1, 0)),
    ('%Y', (2026, 1, 1, 24, 0, 0, 0, 1, 0)), ('%Y', (2026, 1, 1, 0, 60, 0, 0, 1, 0)),
    ('%Y', (2026, 1, 1, 0, 0, 62, 0, 1, 0)), ('%a', (2026, 1, 1, 0, 0, 0, -2, 1, 0)),
    ('%a', (2026, 1, 1, 0, 0, 0, -1, 1, 0)), ('%a', (2026, 1, 1, 0, 0, 0, 13, 1, 0)),
    ('%j', (2026, 1, 1, 0, 0, 0, 0, 367, 0)), ('%j', (2026, 1, 1, 0, 0, 0, 0, -1, 0)),
    ('%j', (2026, 1, 1, 0, 0, 0, 0, 366, 0)), ('%z', (2026, 1, 1, 0, 0, 0, 0, 1, 7)),
    (b'%Y', good), (5, good), ('a\x00b', good), ('%Y', (True, 1, 1, 0, 0, 0, 0, 1, 0)),
]
for fmt, tup in cases:
    try:
        print(repr(time.strftime(fmt, tup)))
    except Exception as e:
        print(type(e).__name__ + ':', e)
for call in [lambda: time.strftime(), lambda: time.strftime('%Y', good, 3), lambda: time.strftime(format='%Y'),
             lambda: time.mktime((2026, 1, 1, 0, 0, 0, 0, 1)), lambda: time.mktime(5), lambda: time.mktime(),
             lambda: time.mktime((10**10, 1, 1, 0, 0, 0, 0, 1, 0)), lambda: time.mktime([2026] * 9),
             lambda: time.asctime((2026, 1, 1, 0, 0, 62, 0, 1, 0)), lambda: time.ctime('x'),
             lambda: time.localtime(1, 2), lambda: time.ctime(1e18), lambda: time.localtime(float('nan'))]:
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__ + ':', e)
# C ints wrap in CPython's shifts of the fields (tm_wday + 1, tm_mon - 1, tm_yday - 1)
for tup in [(2026, 1, 1, 0, 0, 0, 2**31 - 1, 1, 0), (2026, -2**31, 1, 0, 0, 0, 0, 1, 0),
            (2026, 1, 1, 0, 0, 0, 0, -2**31, 0), (2026, 1, 1, 0, 0, 0, 0, 1, 2**31 - 1), (2**31 - 1, 1, 1, 0, 0, 0, 0, 1, 0)]:
    try:
        print(time.strftime('%a %Y %j %z', tup), time.asctime(tup))
    except ValueError as e:
        print('ValueError:', e)
