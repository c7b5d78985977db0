# asyncio.wait FIRST_COMPLETED in a loop until nothing is pending
import asyncio

async def factorial(n):
    f = 1
    for i in range(1, n + 1):
        f *= i
        await asyncio.sleep(0.1)
    return n, f

async def calculate_factorials(numbers):
    pending = {asyncio.create_task(factorial(n)) for n in numbers}
    rounds = 0
    while pending:
        done, pending = await asyncio.wait(pending, return_when=asyncio.FIRST_COMPLETED)
        rounds += 1
        for t in done:
            n, f = t.result()
            print(f'round {rounds}: {n}! = {f}, still waiting for {len(pending)}')

asyncio.run(calculate_factorials([2, 4, 6]))
