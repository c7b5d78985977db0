# A generator copied to read it twice: copy refuses it, as it refuses a coroutine; list() is the way
import copy

def squares(n):
    for i in range(n):
        yield i * i

async def job():
    return 1

g = squares(3)
c = job()
for make in (lambda: copy.copy(g), lambda: copy.deepcopy(g), lambda: copy.copy(c)):
    try:
        make()
    except TypeError as e:
        print("TypeError:", e)
c.close()
saved = list(g)
print(saved, sum(saved), max(saved))
again = copy.copy(squares(2))
