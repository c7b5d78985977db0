# Harness inspects what as_completed yields to a student who forgets to await the items.
import asyncio, inspect

async def factorial(n):
    r = 1
    for i in range(1, n + 1):
        await asyncio.sleep(0.05)
        r *= i
    return r

async def student(nums):
    out = []
    for item in asyncio.as_completed([factorial(n) for n in nums]):
        out.append(item)
    return out

async def harness():
    items = await student([3, 1, 2])
    print('count:', len(items))
    print('types:', {type(i).__name__ for i in items})
    print('coroutines:', all(inspect.iscoroutine(i) for i in items), 'awaitable:', all(inspect.isawaitable(i) for i in items))
    values = [await i for i in items]
    print('values when awaited late:', values)

asyncio.run(harness())
