import asyncio

async def factorial(n):
    result = 1
    for i in range(1, n + 1):
        await asyncio.sleep(0.02)
        result *= i
    return result

async def main():
    try:
        async with asyncio.timeout(0.1):
            results = await asyncio.gather(factorial(3), factorial(8))
            print(results)
    except TimeoutError:
        print('timed out after 0.1 s')
    async with asyncio.timeout(1):
        print(await asyncio.gather(factorial(3), factorial(4)))
    async with asyncio.timeout(0.05):
        print(await factorial(10))

asyncio.run(main())
