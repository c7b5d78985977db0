# Driving coroutines by hand with send(None), like a generator.
import asyncio

async def add(a, b):
    return a + b

c = add(2, 3)
try:
    c.send(None)
except StopIteration as stop:
    print("returned", stop.value)

async def nap():
    await asyncio.sleep(0.01)
    return "rested"

n = nap()
step = n.send(None)
print("yielded", type(step).__name__)
n.send("hello")
