# Callback reads exception() of a failed task and the error is then retrieved.
import asyncio

async def worker():
    await asyncio.sleep(0.1)
    raise KeyError('missing')

def check(task):
    exc = task.exception()
    print('callback:', type(exc).__name__, exc)

async def main():
    t = asyncio.create_task(worker())
    t.add_done_callback(check)
    await asyncio.sleep(0.2)
    print('done?', t.done(), 'cancelled?', t.cancelled())

asyncio.run(main())
