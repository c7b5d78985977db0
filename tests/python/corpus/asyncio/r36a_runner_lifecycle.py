# asyncio.Runner used by hand: several runs on one loop, then close() twice and a run after close
import asyncio


async def step(n):
    await asyncio.sleep(0.01)
    return n * n


runner = asyncio.Runner()
print(runner.run(step(3)))
loop = runner.get_loop()
print(runner.run(step(4)), runner.get_loop() is loop)
print("closed loop?", loop.is_closed())
runner.close()
runner.close()
print("closed loop?", loop.is_closed())
coro = step(5)
try:
    runner.run(coro)
except RuntimeError as e:
    print("RuntimeError:", e)
coro.close()
with asyncio.Runner() as r2:
    r2.run(42)
