# A nested TaskGroup fails: the outer group cancels its other children and wraps the inner ExceptionGroup.
import asyncio

async def sibling():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print('sibling cancelled')
        raise

async def failing():
    await asyncio.sleep(0.01)
    raise RuntimeError('deep')

async def inner_group():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(failing())
        tg.create_task(sibling())

async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(inner_group())
            tg.create_task(sibling())
    except ExceptionGroup as eg:
        print(repr(eg))
        print(eg.exceptions[0].exceptions)
        sub = eg.subgroup(RuntimeError)
        print('subgroup:', repr(sub))

asyncio.run(main())
