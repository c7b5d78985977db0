# Mistake: a recursive generator with no end; the learner catches the RecursionError and reports it.
def naturals(n):
    yield n
    yield from naturals(n + 1)


count = 0
try:
    for value in naturals(0):
        count += 1
except RecursionError as e:
    print('stopped:', e)
print('got some values:', count > 100)
