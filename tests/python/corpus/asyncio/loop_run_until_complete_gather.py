import asyncio

async def fact(n):
    f = 1
    for i in range(1, n + 1):
        f *= i
        await asyncio.sleep(0.01)
    print(f"fact({n}) = {f}")
    return f

loop = asyncio.get_event_loop()
results = loop.run_until_complete(asyncio.gather(fact(3), fact(5)))
print(results)
loop.close()
