# A task left pending by one Runner.run() keeps running in the next run; close() cancels what is left
import asyncio

start = []

async def ticker(log):
    loop = asyncio.get_running_loop()
    try:
        while True:
            await asyncio.sleep(start[0] + 0.2 * (len(log) + 1) - loop.time())
            log.append('tick')
    except asyncio.CancelledError:
        print('ticker cancelled with', len(log), 'ticks')
        raise

async def first(log):
    start.append(asyncio.get_running_loop().time())
    asyncio.create_task(ticker(log), name='ticker')
    await asyncio.sleep(0.5)
    return len(log)

async def later(log):
    await asyncio.sleep(start[0] + 0.9 - asyncio.get_running_loop().time())
    return len(log)

log = []
with asyncio.Runner() as r:
    print('first run', r.run(first(log)))
    print('second run', r.run(later(log)))
print('closed', len(log))
