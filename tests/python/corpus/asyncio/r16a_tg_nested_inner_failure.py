# A failing inner TaskGroup: its ExceptionGroup becomes one child error of the outer group
import asyncio

async def bad(n):
    await asyncio.sleep(0.1 * n)
    raise ValueError(n)

async def inner_group():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(bad(1))
        tg.create_task(bad(2))

async def main():
    try:
        async with asyncio.TaskGroup() as outer:
            outer.create_task(inner_group())
            outer.create_task(asyncio.sleep(5))
    except ExceptionGroup as eg:
        print('outer:', repr(eg.message), len(eg.exceptions))
        sub = eg.exceptions[0]
        print('inner:', type(sub).__name__, repr(sub.message), [e.args[0] for e in sub.exceptions])
        print(eg.split(ValueError)[0] is not None)

asyncio.run(main())
