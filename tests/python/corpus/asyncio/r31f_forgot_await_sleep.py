# A common mistake: calling asyncio.sleep without await in a loop
import asyncio

async def countdown(n):
    while n:
        print(n)
        asyncio.sleep(0.01)
        n -= 1
    print("liftoff")

asyncio.run(countdown(3))
