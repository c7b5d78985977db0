import asyncio

async def square(x):
    await asyncio.sleep(0.01)
    return x * x

def all_squares(n):
    return [await square(i) for i in range(n)]

print(asyncio.run(all_squares(3)))
