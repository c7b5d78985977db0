# Task.all_tasks() and Task.current_task() from an old tutorial, then the new names
import asyncio

async def worker():
    await asyncio.sleep(0.1)
    return 42

async def do_something():
    task = asyncio.create_task(worker())
    for name in ('all_tasks', 'current_task'):
        try:
            getattr(asyncio.Task, name)()
        except AttributeError as e:
            print('AttributeError:', e)
    print(len(asyncio.all_tasks()), asyncio.current_task().get_name())
    print(await task)
    asyncio.Task.all_tasks()

asyncio.run(do_something())
