# Python 3.11 TaskGroup: one failing task cancels the others; except*
import asyncio

async def fetch(name, delay, fail=False):
    try:
        await asyncio.sleep(delay)
    except asyncio.CancelledError:
        print(f"{name} cancelled")
        raise
    if fail:
        raise ValueError(f"{name} failed")
    print(f"{name} ok")
    return name

async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            t1 = tg.create_task(fetch("a", 0.1))
            t2 = tg.create_task(fetch("b", 0.2, fail=True))
            t3 = tg.create_task(fetch("c", 0.5))
    except* ValueError as eg:
        print("ValueErrors:", [str(e) for e in eg.exceptions])
    print(t1.result(), t3.cancelled())
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fetch("x", 0.1, fail=True))
            tg.create_task(fetch("y", 0.1, fail=True))
    except ExceptionGroup as eg:
        print(repr(eg.message), len(eg.exceptions), sorted(str(e) for e in eg.exceptions))

asyncio.run(main())
