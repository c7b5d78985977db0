import asyncio

async def factorial(n):
    result = 1
    for i in range(1, n + 1):
        await asyncio.sleep(0.01)
        result *= i
    return result

async def main():
    results = asyncio.gather(factorial(3))
    print('results:', results)
    print('done yet?', results.done())
    await asyncio.sleep(0.5)
    print('now:', results, results.result())

asyncio.run(main())
