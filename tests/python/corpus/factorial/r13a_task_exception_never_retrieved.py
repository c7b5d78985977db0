import asyncio

async def factorial(n):
    if n < 0:
        raise ValueError('negative numbers have no factorial')
    result = 1
    for i in range(1, n + 1):
        await asyncio.sleep(0.01)
        result *= i
    return result

async def main():
    good = asyncio.create_task(factorial(4))
    bad = asyncio.create_task(factorial(-1))
    print('4! =', await good)
    print('done, bad task done?', bad.done())

asyncio.run(main())
print('after run')
