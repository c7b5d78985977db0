# except* split of a TaskGroup failure into two handlers.
import asyncio

async def bad(exc, d):
    await asyncio.sleep(d)
    raise exc

async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(bad(KeyError('k'), 0.1))
            tg.create_task(bad(ValueError('v'), 0.1))
            tg.create_task(bad(TypeError('t'), 0.1))
    except* (KeyError, TypeError) as eg:
        print('lookup/type:', sorted(type(e).__name__ for e in eg.exceptions))
    except* ValueError as eg:
        print('value:', [str(e) for e in eg.exceptions])

asyncio.run(main())
