# Python 3.11's asyncio.Runner: several top-level calls on one loop
import asyncio

async def setup():
    asyncio.get_running_loop().shared = []
    return "setup done"

async def step(n):
    loop = asyncio.get_running_loop()
    loop.shared.append(n)
    await asyncio.sleep(0.01)
    return list(loop.shared)

with asyncio.Runner() as runner:
    print(runner.run(setup()))
    print(runner.run(step(1)))
    print(runner.run(step(2)))
    loop = runner.get_loop()
    print(loop.is_closed())
print(loop.is_closed())
try:
    runner.run(step(3))
except RuntimeError as e:
    print("RuntimeError:", e)
