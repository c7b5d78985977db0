import asyncio
async def f(x):
    return x
try:
    asyncio.run(asyncio.gather(f(1)))
except ValueError as e:
    print(e)
