# the wrapped print lost its second line when I copied it
import asyncio

async def do_something():
    task = asyncio.create_task(asyncio.sleep(0.01))
    await task
    print('do_something - task.cancelled():',

    print('do_something - task.done():', task.done())

asyncio.run(do_something())
