# asyncio.wait with FIRST_EXCEPTION: a negative input fails early and we cancel the rest.
import asyncio


async def factorial(n):
    if n < 0:
        await asyncio.sleep(0.05)
        raise ValueError(f"cannot take factorial of {n}")
    r = 1
    for i in range(1, n + 1):
        await asyncio.sleep(0.1)
        r *= i
    return r


async def main():
    tasks = [asyncio.create_task(factorial(n), name=f"fact({n})") for n in (2, -4, 8)]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_EXCEPTION)
    for t in sorted(done, key=lambda t: t.get_name()):
        if t.exception():
            print(t.get_name(), "failed:", repr(t.exception()))
        else:
            print(t.get_name(), "=", t.result())
    print("pending:", sorted(t.get_name() for t in pending))
    for t in pending:
        t.cancel()
    await asyncio.sleep(0)
    print("cancelled:", [t.cancelled() for t in tasks])


asyncio.run(main())
