# A shared counter of finished factorials, printed as a fraction and a percentage
import asyncio

finished = 0


async def factorial(n, total):
    global finished
    result = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.1)
        result *= i
    finished += 1
    print(f'{finished}/{total} ({finished / total:.0%}) {n}! = {result}')
    return result


async def calculate_factorials(numbers):
    await asyncio.gather(*[factorial(n, len(numbers)) for n in numbers])


asyncio.run(calculate_factorials([5, 7, 3, 6]))
