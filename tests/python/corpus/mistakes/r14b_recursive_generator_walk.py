# Mistake: a recursive generator whose step never moves towards the base case (RecursionError through yield from).
def countdown(n):
    if n == 0:
        yield 'liftoff'
        return
    yield n
    yield from countdown(n + 1)


for i, item in enumerate(countdown(3)):
    if i < 3:
        print(item)
