# A Semaphore lets only two factorials run at once
import asyncio

sem = None


async def factorial(n):
    async with sem:
        print('start', n)
        result = 1
        for i in range(2, n + 1):
            await asyncio.sleep(0.1)
            result *= i
        print('end', n)
        return result


async def calculate_factorials(numbers):
    global sem
    sem = asyncio.Semaphore(2)
    print(await asyncio.gather(*[factorial(n) for n in numbers]))


asyncio.run(calculate_factorials([3, 5, 2, 4]))
