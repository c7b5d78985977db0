# wait(FIRST_EXCEPTION) stops waiting as soon as a bad input fails; the slower jobs are left pending.
import asyncio


async def factorial(n):
    if n < 0:
        await asyncio.sleep(0.15)
        raise ValueError(f"negative: {n}")
    r = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.1)
        r *= i
    return r


async def main():
    tasks = {n: asyncio.create_task(factorial(n)) for n in (1, -4, 8)}
    done, pending = await asyncio.wait(tasks.values(), return_when=asyncio.FIRST_EXCEPTION)
    for n, t in tasks.items():
        state = "pending" if t in pending else ("failed: " + str(t.exception()) if t.exception() else f"= {t.result()}")
        print(f"{n}: {state}")
    for t in pending:
        t.cancel()
    print(len(done), len(pending))


asyncio.run(main())
