# asyncio.wait with FIRST_COMPLETED in a loop, until nothing is pending
import asyncio


async def factorial(n):
    r = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.1)
        r *= i
    return n, r


async def calculate_factorials(numbers):
    pending = {asyncio.create_task(factorial(n)) for n in numbers}
    rounds = 0
    while pending:
        done, pending = await asyncio.wait(pending, return_when=asyncio.FIRST_COMPLETED)
        rounds += 1
        for t in done:
            n, r = t.result()
            print(f'round {rounds}: {n}! = {r}')


asyncio.run(calculate_factorials([5, 7, 3, 6]))
