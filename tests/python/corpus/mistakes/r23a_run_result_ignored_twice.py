import asyncio

async def step(n):
    print("step", n)
    return n

asyncio.run(step(1))
asyncio.run(step(2))
print("both runs finished")
