# a generator yields the running products; the coroutine sleeps between them
import asyncio

def running_products(n):
    product = 1
    yield product
    for i in range(1, n + 1):
        product *= i
        yield product

async def factorial(n):
    last = None
    for last in running_products(n):
        await asyncio.sleep(0.02)
    return last

async def main():
    print(list(running_products(6)))
    results = await asyncio.gather(*map(factorial, [6, 0, 9]))
    print(results)

asyncio.run(main())
