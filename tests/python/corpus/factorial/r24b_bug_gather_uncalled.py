import asyncio

async def factorial(n=5):
    f = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.01)
        f *= i
    return f

async def main():
    results = await asyncio.gather(factorial, factorial)
    print(results)

asyncio.run(main())
