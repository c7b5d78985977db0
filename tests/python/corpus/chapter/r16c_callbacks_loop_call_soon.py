# 34.5 with the loop's call_soon and call_later beside a task's done callback
import asyncio

async def worker():
    print('worker - will take some time')
    await asyncio.sleep(0.2)
    print('worker - Done it')
    return 42

def note(msg):
    print('note:', msg)

async def do_something():
    loop = asyncio.get_running_loop()
    task = asyncio.create_task(worker())
    task.add_done_callback(lambda t: note(f'done with {t.result()}'))
    loop.call_soon(note, 'soon')
    loop.call_later(0.1, note, 'later 0.1')
    loop.call_later(0.3, note, 'later 0.3')
    await task
    await asyncio.sleep(0.2)
    print('do_something - finished')

asyncio.run(do_something())
