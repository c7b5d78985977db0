# Stepping a coroutine through its __await__() wrapper by hand: next(), send() and close()
import types


@types.coroutine
def tick():
    got = yield "tick"
    return got


async def counter():
    total = 0
    for _ in range(3):
        total += await tick() or 0
    return total


w = counter().__await__()
print(type(w).__name__, next(w))
print(w.send(5), w.send(7))
try:
    w.send(30)
except StopIteration as e:
    print("total:", e.value)
w2 = counter().__await__()
next(w2)
w2.close()
print("closed ok")
w3 = counter().__await__()
next(w3)
try:
    w3.throw(ValueError("into the wrapper"))
except ValueError as e:
    print("propagated:", e)
