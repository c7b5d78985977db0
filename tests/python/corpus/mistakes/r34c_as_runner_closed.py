# Using an asyncio.Runner after its with block closed it
import asyncio

async def step(n):
    await asyncio.sleep(0.01)
    return n * 10

with asyncio.Runner() as runner:
    print(runner.run(step(1)))
    print(runner.run(step(2)))
print(runner.run(step(3)))
