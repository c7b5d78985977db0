# Handle each factorial as it completes using wait(FIRST_COMPLETED) in a loop.
import asyncio


async def factorial(n):
    r = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.04)
        r *= i
    return n, r


async def main():
    pending = {asyncio.create_task(factorial(n)) for n in (6, 2, 9, 4)}
    rounds = 0
    while pending:
        done, pending = await asyncio.wait(pending, return_when=asyncio.FIRST_COMPLETED)
        rounds += 1
        for t in done:
            n, r = t.result()
            print(f"round {rounds}: {n}! = {r}, still pending: {len(pending)}")


asyncio.run(main())
