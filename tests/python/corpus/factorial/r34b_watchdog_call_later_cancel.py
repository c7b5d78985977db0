# A watchdog: loop.call_later cancels any factorial task that is still running after 0.35 s.
import asyncio


async def factorial(n):
    r = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.1)
        r *= i
    return r


async def main():
    loop = asyncio.get_running_loop()
    tasks = {n: asyncio.create_task(factorial(n), name=f"fact{n}") for n in (2, 3, 8, 12)}
    for t in tasks.values():
        loop.call_later(0.35, t.cancel)
        t.add_done_callback(lambda t: print("done:", t.get_name(), "cancelled" if t.cancelled() else t.result()))
    results = await asyncio.gather(*tasks.values(), return_exceptions=True)
    for n, r in zip(tasks, results):
        print(n, "->", type(r).__name__ if isinstance(r, BaseException) else r)


asyncio.run(main())
