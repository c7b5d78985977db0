import asyncio

async def factorial(n):
    f = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.01)
        f *= i
    return f

def main():
    results = await asyncio.gather(factorial(3), factorial(4))
    print(results)

asyncio.run(main())
