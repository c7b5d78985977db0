# What await really does: drive coroutines that never suspend with send(None) and catch StopIteration.
import asyncio

async def add(a, b):
    return a + b

async def outer():
    x = await add(1, 2)
    y = await add(x, 10)
    return y * 2

c = outer()
try:
    c.send(None)
except StopIteration as e:
    print("finished without an event loop:", e.value)
print(type(outer().__await__()).__name__)
w = add(2, 2).__await__()
try:
    next(w)
except StopIteration as e:
    print("via __await__ and next():", e.value)
print(asyncio.run(outer()))
