# except* handles each kind of failure of a TaskGroup separately
import asyncio

async def fail(exc, d):
    await asyncio.sleep(d)
    raise exc

async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail(KeyError('a'), 0.01))
            tg.create_task(fail(TypeError('b'), 0.01))
            tg.create_task(fail(KeyError('c'), 0.01))
    except* KeyError as group:
        print('KeyErrors:', [str(e) for e in group.exceptions])
    except* TypeError as group:
        print('TypeErrors:', [str(e) for e in group.exceptions])
    print('after')

asyncio.run(main())
