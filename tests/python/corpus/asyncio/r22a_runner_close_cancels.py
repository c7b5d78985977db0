# Closing a Runner cancels tasks left pending by earlier run() calls.
import asyncio

log = []

async def forever(name):
    try:
        await asyncio.sleep(100)
    except asyncio.CancelledError:
        log.append(name)
        raise

async def start():
    for n in ('one', 'two'):
        asyncio.create_task(forever(n))
    await asyncio.sleep(0)
    return len(asyncio.all_tasks())

runner = asyncio.Runner()
print('tasks while running:', runner.run(start()))
print('log before close:', log)
runner.close()
print('log after close:', sorted(log))
runner.close()
print('closing twice is fine')
