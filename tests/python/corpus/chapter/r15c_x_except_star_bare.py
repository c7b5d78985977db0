# except* without a type: a SyntaxError
import asyncio

async def worker():
    raise ValueError('boom')

async def do_something():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(worker())
    except*:
        print('something failed')

asyncio.run(do_something())
