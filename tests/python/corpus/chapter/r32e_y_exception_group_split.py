# catching the TaskGroup's ExceptionGroup the normal way and splitting it
import asyncio

async def worker(n, go):
    await go.wait()
    if n % 2:
        raise ValueError(n)
    raise TypeError(n)

async def do_something():
    try:
        go = asyncio.Event()
        async with asyncio.TaskGroup() as tg:
            for n in range(4):
                tg.create_task(worker(n, go))
            go.set()
    except ExceptionGroup as eg:
        print('message:', eg.message)
        vals, rest = eg.split(ValueError)
        print('values:', vals and sorted(e.args[0] for e in vals.exceptions))
        print('rest:', rest and sorted(e.args[0] for e in rest.exceptions))
        print('subgroup type:', eg.subgroup(TypeError).__class__.__name__)

asyncio.run(do_something())
