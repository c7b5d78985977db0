# test_taskgroups: an inner group's ExceptionGroup is itself grouped by the outer one
import asyncio

async def fail(msg, delay):
    await asyncio.sleep(delay)
    raise ValueError(msg)

async def inner():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(fail('inner', 0.05))

async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(inner())
            tg.create_task(asyncio.sleep(1))
    except ExceptionGroup as eg:
        print(repr(eg))
        sub = eg.exceptions[0]
        print(type(sub).__name__, repr(sub.exceptions[0]))
        print(eg.subgroup(lambda e: isinstance(e, ValueError)) is not None)

asyncio.run(main())
