# test_taskgroups: two children failing in the same step are both in the ExceptionGroup
import asyncio

async def boom(exc):
    await asyncio.sleep(0.05)
    raise exc

async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(boom(ZeroDivisionError('z')))
            tg.create_task(boom(KeyError('k')))
    except ExceptionGroup as eg:
        print(eg.message, len(eg.exceptions))
        print(sorted(type(e).__name__ for e in eg.exceptions))
        zs, rest = eg.split(ZeroDivisionError)
        print(repr(zs.exceptions), repr(rest.exceptions))

asyncio.run(main())
