# except* picks the kinds of errors out of a TaskGroup's ExceptionGroup.
import asyncio

async def raise_after(exc, delay):
    await asyncio.sleep(delay)
    raise exc

async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(raise_after(ValueError('v1'), 0.01))
            tg.create_task(raise_after(TypeError('t1'), 0.01))
            tg.create_task(raise_after(ValueError('v2'), 0.01))
    except* ValueError as group:
        print('values:', sorted(str(e) for e in group.exceptions))
    except* TypeError as group:
        print('types:', [str(e) for e in group.exceptions])
    print('after')

asyncio.run(main())
# (end of the program)
