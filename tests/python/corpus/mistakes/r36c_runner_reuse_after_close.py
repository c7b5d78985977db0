# using asyncio.Runner to run two steps, then once more after the with block
import asyncio

async def step(n):
    await asyncio.sleep(0.01)
    return n * 10

with asyncio.Runner() as runner:
    print(runner.run(step(1)))
    print(runner.run(step(2)))
    loop = runner.get_loop()
print(loop.is_closed())
print(runner.run(step(3)))
