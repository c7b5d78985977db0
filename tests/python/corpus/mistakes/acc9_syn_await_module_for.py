# await in a plain for loop at module level.
import asyncio

for i in range(3):
    await asyncio.sleep(0.1)
    print(i)
