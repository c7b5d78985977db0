import asyncio

async def factorial(n):
    result = 1
    for i in range(1, n + 1):
        await asyncio.sleep(0.01)
        result *= i
    return result

async def main():
    five, seven = await asyncio.gather(factorial(5), factorial(7), factorial(3))
    print(five, seven)

asyncio.run(main())
