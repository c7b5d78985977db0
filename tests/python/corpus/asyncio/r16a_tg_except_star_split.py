# except* splits a TaskGroup's errors by type; each clause runs once with its subgroup
import asyncio

async def raiser(exc, d):
    await asyncio.sleep(d)
    raise exc

async def cancelled_raiser(exc):
    try:
        await asyncio.sleep(9)
    except asyncio.CancelledError:
        raise exc

async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(raiser(ValueError('v1'), 0.1))
            tg.create_task(cancelled_raiser(TypeError('t1')))
            tg.create_task(cancelled_raiser(ValueError('v2')))
            tg.create_task(cancelled_raiser(OSError('o1')))
    except* ValueError as g:
        print('ValueError clause', [str(e) for e in g.exceptions])
    except* TypeError as g:
        print('TypeError clause', [str(e) for e in g.exceptions])
    except* Exception as g:
        print('rest', [repr(e) for e in g.exceptions])

asyncio.run(main())
