# A set's order after removals as CPython's: an add takes the last freed slot it passes, and -= rebuilds the table once a quarter of it is freed
s = {4, 12, 20}
for op in ["s.pop()", "s.discard(32)", "s |= {1, 4}", "s.remove(40)", "s.discard(-2)", "s.discard(31)", "s -= {40}", "s.pop()", "s.pop()", "s.discard(24)", "s |= {20, 0}", "s |= {22, 6}", "s.add(5)"]:
    try:
        exec(op)
    except KeyError as e:
        print('KeyError', e)
    print(op, s)
u = set(range(40))
for x in range(0, 40, 3):
    u.discard(x)
u.add(100); u.add(3)
print(u)
v = set(range(16))
v -= set(range(0, 16, 2))
v.add(32); v.add(48)
print(v, v.pop(), v.pop())
w = set(range(20))
w.difference_update(range(5), [7, 9, 11])
w.add(64)
print(w)
w -= w
print(w)
