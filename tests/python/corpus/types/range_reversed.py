# reversed() of a range is a range_iterator going backwards, as CPython's (empty ranges, negative steps, exhausted)
for r in [range(5), range(1, 10, 4), range(10, 0, -3), range(0), range(5, 5), range(-3, 3, 2), range(9, -9, -4)]:
    it = reversed(r)
    print(type(it).__name__, list(it), list(reversed(r)) == list(r)[::-1], list(it))
it = reversed(range(3))
print(next(it), next(it), next(it), next(it, 'end'))
print([x for x in reversed(range(2, 20, 5)) if x % 2], sum(reversed(range(101))))
for i in reversed(range(3)):
    print('countdown', i)
