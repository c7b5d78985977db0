# who calls my worker? printed the function names on inspect.stack() from inside it
import asyncio
import inspect

async def worker():
    names = [frame.function for frame in inspect.stack()]
    names = names[:names.index('<module>') + 1]
    print('worker stack:', names)
    await asyncio.sleep(0.01)
    return len(names)

async def do_something():
    print('direct await:', await worker())
    print('as a task:', await asyncio.create_task(worker()))

asyncio.run(do_something())
