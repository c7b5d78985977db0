# the TaskGroup's ExceptionGroup split into the errors I expect and the rest
import asyncio

async def worker(kind):
    await asyncio.sleep(0)
    if kind == 'value':
        raise ValueError('bad value')
    if kind == 'key':
        raise KeyError('missing')
    if kind == 'zero':
        return 1 / 0
    return kind

async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            for k in ('ok', 'value', 'key', 'zero'):
                tg.create_task(worker(k))
    except ExceptionGroup as eg:
        match, rest = eg.split((ValueError, KeyError))
        print('matched:', [repr(e) for e in match.exceptions])
        print('rest:', [repr(e) for e in rest.exceptions])
        print('subgroup zero:', eg.subgroup(ZeroDivisionError).exceptions)
        print(repr(eg.message), len(eg.exceptions))

asyncio.run(main())
