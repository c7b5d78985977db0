# except* with two kinds of errors from a TaskGroup
import asyncio

async def worker(kind, go):
    await go.wait()
    if kind == 'key':
        raise KeyError('k')
    if kind == 'val':
        raise ValueError('v')
    return kind

async def do_something():
    try:
        go = asyncio.Event()
        async with asyncio.TaskGroup() as tg:
            for kind in ('ok', 'key', 'val', 'val'):
                tg.create_task(worker(kind, go))
            await asyncio.sleep(0.01)
            go.set()
    except* KeyError as g:
        print('key errors:', len(g.exceptions), repr(g.exceptions[0]))
    except* ValueError as g:
        print('value errors:', len(g.exceptions), [str(e) for e in g.exceptions])

asyncio.run(do_something())
