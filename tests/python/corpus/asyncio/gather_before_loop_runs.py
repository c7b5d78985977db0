import asyncio
async def f(x):
    await asyncio.sleep(0)
    print(x)
    return x
g = asyncio.gather(f(1), f(2))
loop = asyncio.get_event_loop()
print(loop.run_until_complete(g))
