# done callbacks added before and after an awaiter run in registration order
import asyncio

log = []

async def job():
    await asyncio.sleep(0.01)
    return 'r'

async def awaiter(t):
    await t
    log.append('awaiter resumed')

async def main():
    t = asyncio.create_task(job())
    t.add_done_callback(lambda _: log.append('callback 1'))
    a = asyncio.create_task(awaiter(t))
    await asyncio.sleep(0)
    t.add_done_callback(lambda _: log.append('callback 2'))
    await a
    print(log)

asyncio.run(main())
