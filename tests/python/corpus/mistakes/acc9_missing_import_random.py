# random used without importing it.
import asyncio

async def roll():
    await asyncio.sleep(0.1)
    return random.randint(1, 6)

print(asyncio.run(roll()))
