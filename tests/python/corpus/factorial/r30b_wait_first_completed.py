# asyncio.wait with FIRST_COMPLETED in a loop until everything is done.
import asyncio


async def factorial(n):
    f = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.03)
        f *= i
    return n, f


async def main():
    pending = {asyncio.create_task(factorial(n)) for n in [6, 2, 4]}
    rounds = 0
    while pending:
        done, pending = await asyncio.wait(pending, return_when=asyncio.FIRST_COMPLETED)
        rounds += 1
        for t in done:
            n, f = t.result()
            print(f"round {rounds}: {n}! = {f}, still pending: {len(pending)}")


asyncio.run(main())
