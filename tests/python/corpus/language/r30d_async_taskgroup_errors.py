# TaskGroup where two tasks fail: the ExceptionGroup caught with except*, then one left uncaught
import asyncio


async def fetch(name, delay, fail=None):
    await asyncio.sleep(delay)
    if fail:
        raise fail(f"{name} failed")
    return name


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            t1 = tg.create_task(fetch("a", 0.01))
            tg.create_task(fetch("b", 0.02, ValueError))
            tg.create_task(fetch("c", 0.02, KeyError))
            slow = tg.create_task(fetch("d", 0.5))
    except* ValueError as eg:
        print("values:", [str(e) for e in eg.exceptions])
    except* KeyError as eg:
        print("keys:", [repr(e) for e in eg.exceptions])
    print(t1.result(), slow.cancelled())
    async with asyncio.TaskGroup() as tg:
        tg.create_task(fetch("e", 0.01, ZeroDivisionError))
        tg.create_task(fetch("f", 0.3))


asyncio.run(main())
