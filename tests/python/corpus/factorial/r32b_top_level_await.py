# Awaiting at the top level of the script, like in a notebook.
import asyncio


async def factorial(n):
    r = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.01)
        r *= i
    return r


results = await asyncio.gather(factorial(3), factorial(5))
print(results)
