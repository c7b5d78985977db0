# A gather made before the loop runs, a good child listed before a failing one; the error surfaces once
import asyncio


async def good(n):
    await asyncio.sleep(0.01 * n)
    return n


async def broken():
    await asyncio.sleep(0.015)
    raise KeyError("broken child")


loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
g = asyncio.gather(good(1), broken(), good(3))
try:
    loop.run_until_complete(g)
except KeyError as e:
    print("KeyError:", e)
loop.run_until_complete(asyncio.sleep(0.05))
print("loop drained")
loop.close()
