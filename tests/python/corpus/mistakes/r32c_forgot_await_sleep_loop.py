# Forgot to await asyncio.sleep inside a loop: no pause, and warnings.
import asyncio

async def ticker(n):
    for i in range(n):
        print("tick", i)
        asyncio.sleep(0.01)
    return n

print(asyncio.run(ticker(3)))
