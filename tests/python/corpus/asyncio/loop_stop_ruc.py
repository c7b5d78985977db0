# loop.stop() inside run_until_complete(): the run ends with the iteration, RuntimeError, and main goes on in the next run.
import asyncio

async def ticker():
    for i in range(4):
        print('tick', i)
        await asyncio.sleep(0)

async def main():
    t = asyncio.create_task(ticker())
    print('main starts')
    await asyncio.sleep(0)
    asyncio.get_running_loop().stop()
    print('stop asked')
    await asyncio.sleep(0)
    print('main goes on')
    await t
    return 'main done'

loop = asyncio.new_event_loop()
coro = main()
try:
    loop.run_until_complete(coro)
except RuntimeError as e:
    print('RuntimeError:', e)
print('between runs')
print(loop.run_until_complete(asyncio.sleep(0.1, 'slept')))
print(asyncio.all_tasks(loop))
loop.close()
