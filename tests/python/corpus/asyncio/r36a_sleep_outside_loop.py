# asyncio.sleep(0) works when a coroutine is stepped by hand, but a real delay needs a running loop
import asyncio


async def nap(delay):
    await asyncio.sleep(delay)
    return delay


c = nap(0)
print(c.send(None))
try:
    c.send(None)
except StopIteration as e:
    print("done with", e.value)
c = nap(0.1)
c.send(None)
