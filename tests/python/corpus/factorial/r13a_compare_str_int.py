import asyncio

async def factorial(n):
    if n < 0:
        return None
    result = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.01)
        result *= i
    return result

async def main():
    values = ['4', '5']
    results = await asyncio.gather(*(factorial(v) for v in values))
    print(results)

asyncio.run(main())
