# asyncio.Runner used by hand: several run() calls share one loop; after close() run() fails
import asyncio


async def step(n):
    await asyncio.sleep(0.01)
    return n, id(asyncio.get_running_loop())


runner = asyncio.Runner()
r1, loop1 = runner.run(step(1))
r2, loop2 = runner.run(step(2))
print(r1, r2, "same loop:", loop1 == loop2)
print("loop running between runs:", runner.get_loop().is_running())
runner.close()
runner.close()
print("closed twice without error")
try:
    runner.run(step(3))
except RuntimeError as e:
    print("RuntimeError:", e)
with asyncio.Runner() as r:
    print(r.run(step(4))[0])
    coro = step(5)
    r.run(asyncio.sleep(0))
print(r.get_loop().is_closed())
r.run(coro)
