# The old-style loop from tutorials: get_event_loop and run_until_complete.
import asyncio


async def factorial(n):
    r = 1
    for i in range(1, n + 1):
        await asyncio.sleep(0.01)
        r *= i
    return r


loop = asyncio.get_event_loop()
results = loop.run_until_complete(asyncio.gather(factorial(4), factorial(6)))
print(results)
loop.close()
print(loop.is_closed())
