# timedelta: normalisation, str and repr, floats rounded half to even, operators
from datetime import timedelta

for td in (timedelta(), timedelta(seconds=1.5), timedelta(days=-1, seconds=5), timedelta(seconds=-1),
           timedelta(microseconds=-1), timedelta(weeks=1, days=1, hours=1, minutes=1, seconds=1, milliseconds=1,
           microseconds=1), timedelta(hours=-25), timedelta(days=2, microseconds=5), timedelta.max, timedelta.min):
    print(repr(td), '|', td, '|', td.days, td.seconds, td.microseconds, td.total_seconds())
for us in (0.5, 1.5, 2.5, -0.5, -1.5, 1e6 + 0.5):
    print(us, repr(timedelta(microseconds=us)))
for s in (2.5e-6, 3.5e-6, 1 / 3, 2 / 3, -2 / 3, 0.1, 123456.789012, 1.0000005):
    print(s, repr(timedelta(seconds=s)))
print(repr(timedelta(days=0.1, seconds=0.1, microseconds=0.1, milliseconds=0.1, minutes=0.1, hours=0.1, weeks=0.1)))
print(repr(timedelta(days=1 / 3)), repr(timedelta(weeks=-1 / 7)), repr(timedelta(milliseconds=1.0005)))
a, b = timedelta(hours=5), timedelta(days=1)
print(a + b, a - b, -a, +a, abs(-a), a * 3, 3 * a, a * 0.5, b / 7, b // 7, b / a, b // a, b % a, divmod(b, a))
us = timedelta(microseconds=1)
print(repr(us * 0.5), repr(us * 1.5), repr(us * 2.5), repr(timedelta(microseconds=5) / 2), repr(timedelta(microseconds=-7) / 2))
print(repr(timedelta(microseconds=7) / 2.0), repr(timedelta(seconds=10) / 3.0), repr(timedelta(seconds=-10) // 3))
print(timedelta(7) // timedelta(-2), repr(timedelta(7) % timedelta(-2)), timedelta(1) / timedelta(hours=7))
print(a < b, a == timedelta(seconds=18000), a != 5, a == 5, bool(timedelta(0)), bool(us), hash(a) == hash(timedelta(hours=5)))
print(sum([a, b, us], timedelta()), sorted([b, -a, us]), max(a, b), {a: 'five hours'}[timedelta(minutes=300)])
print(hash(timedelta(1, 2, 3)) == hash((1, 2, 3)), timedelta(1, 2, 3) > timedelta(1, 2))
for bad in (lambda: timedelta(days=1e9), lambda: timedelta(days=999999999, hours=24), lambda: timedelta.max * 2,
            lambda: timedelta('1'), lambda: timedelta(1, days=1), lambda: timedelta(1, x=2),
            lambda: timedelta(1, 2, 3, 4, 5, 6, 7, 8), lambda: b / 0, lambda: b // 0, lambda: b / 0.0,
            lambda: b % timedelta(0), lambda: b / timedelta(0), lambda: b * float('nan'), lambda: b * float('inf'),
            lambda: b + 1, lambda: 1 - b, lambda: b * 'a', lambda: b // 0.5, lambda: divmod(b, 2), lambda: b < 3,
            lambda: timedelta(seconds=float('nan')), lambda: timedelta(seconds=1e20), lambda: b.foo):
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__ + ':', e)
