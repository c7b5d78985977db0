# Reading one result too many from a gathered list.
import asyncio

async def factorial(n):
    await asyncio.sleep(0)
    return n

async def main():
    numbers = [5, 7, 3]
    results = await asyncio.gather(*map(factorial, numbers))
    for i in range(len(numbers) + 1):
        print(numbers[i], results[i])

asyncio.run(main())
