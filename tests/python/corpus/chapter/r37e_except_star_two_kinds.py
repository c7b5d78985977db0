# except* with two different error types coming out of gathered workers in a TaskGroup
import asyncio

async def worker(kind):
    if kind == 'key':
        raise KeyError('missing')
    if kind == 'type':
        raise TypeError('bad type')
    await asyncio.sleep(0.01)
    return kind

async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            for kind in ['ok', 'key', 'type', 'key']:
                tg.create_task(worker(kind))
    except* KeyError as group:
        print('KeyErrors:', len(group.exceptions))
    except* TypeError as group:
        print('TypeErrors:', [str(e) for e in group.exceptions])
    print('carried on')

asyncio.run(main())
