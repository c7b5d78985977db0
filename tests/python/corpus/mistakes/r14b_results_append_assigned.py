# Mistake: results = results.append(...) leaves None behind ('NoneType' object has no attribute 'append').
import asyncio


async def square(n):
    await asyncio.sleep(0.01 * n)
    return n * n


async def main():
    results = []
    for coro in asyncio.as_completed([square(3), square(1), square(2)]):
        value = await coro
        print('got', value)
        results = results.append(value)
    print(results)


asyncio.run(main())
