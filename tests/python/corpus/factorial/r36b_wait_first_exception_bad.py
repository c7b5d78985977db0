# wait(..., return_when=FIRST_EXCEPTION): stop as soon as one factorial rejects its input.
import asyncio


async def factorial(n):
    if n < 0:
        await asyncio.sleep(0.1)
        raise ValueError(f"no factorial for {n}")
    r = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.05)
        r *= i
    return r


async def main():
    tasks = [asyncio.create_task(factorial(n)) for n in (2, -4, 12)]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_EXCEPTION)
    print(len(done), "done,", len(pending), "pending")
    for t in tasks:
        if t in done:
            exc = t.exception()
            print("  done:", repr(exc) if exc else t.result())
        else:
            print("  still running:", t.done())
            t.cancel()
    await asyncio.sleep(0)
    print("states:", [("cancelled" if t.cancelled() else "finished") for t in tasks])


asyncio.run(main())
