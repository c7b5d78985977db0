# An en dash pasted in place of a minus sign.
import asyncio

async def countdown(n):
    while n > 0:
        print(n)
        await asyncio.sleep(0.1)
        n = n – 1

asyncio.run(countdown(3))
