# A TypeError deep in an expression: the traceback's markers point at the failing operator.
import asyncio


async def factorial(n):
    r = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.005)
        r *= i
    return r


async def ratio(a, b):
    results = {a: await factorial(a), b: await factorial(b)}
    print("ratio:", results[a] // results[b])
    return results[a] // results[b] + results.get(a + 1) * 2


asyncio.run(ratio(6, 4))
