# Factorial exercise: asyncio.wait(FIRST_COMPLETED) in a loop, printing each result as it comes.
import asyncio

async def factorial(n):
    f = 1
    for i in range(1, n + 1):
        await asyncio.sleep(0.05)
        f *= i
    return n, f

async def main():
    pending = {asyncio.create_task(factorial(n)) for n in [4, 2, 6]}
    rounds = 0
    while pending:
        done, pending = await asyncio.wait(pending, return_when=asyncio.FIRST_COMPLETED)
        rounds += 1
        for t in done:
            n, f = t.result()
            print(f'round {rounds}: {n}! = {f} ({len(pending)} left)')

asyncio.run(main())
