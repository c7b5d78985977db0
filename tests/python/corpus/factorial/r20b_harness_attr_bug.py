# Harness bug: it calls .result() on a coroutine from as_completed, so AttributeError escapes.
import asyncio

async def factorial(n):
    r = 1
    for i in range(1, n + 1):
        await asyncio.sleep(0.05)
        r *= i
    return n, r

async def grade():
    seen = []
    for fut in asyncio.as_completed([factorial(n) for n in (3, 1, 2)]):
        n, r = await fut
        seen.append(n)
        print('got', n, r)
    print('order', seen)
    for fut in asyncio.as_completed([factorial(n) for n in (2, 1)]):
        print('result', fut.result())

asyncio.run(grade())
