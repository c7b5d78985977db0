# Abort a TaskGroup on purpose by raising my own exception in one task once a limit is hit.
import asyncio


class TooBig(Exception):
    pass


async def factorial(n, limit):
    r = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.02)
        r *= i
        if r > limit:
            raise TooBig(f"{n}! passed {limit:,} at i={i}")
    return r


async def main():
    tasks = []
    try:
        async with asyncio.TaskGroup() as tg:
            for n in (4, 12, 6):
                tasks.append(tg.create_task(factorial(n, 10_000)))
    except* TooBig as eg:
        print("group:", eg.message, [str(e) for e in eg.exceptions])
    for t in tasks:
        print(t.get_name() and "task", "cancelled" if t.cancelled() else (t.exception() or t.result()))


asyncio.run(main())
