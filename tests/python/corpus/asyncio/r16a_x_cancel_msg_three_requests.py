# Three cancels: two before the task runs again (the first message wins), one after it handled them
import asyncio

async def job():
    for i in range(3):
        try:
            await asyncio.sleep(1)
        except asyncio.CancelledError as e:
            print('round', i, 'got', e.args, 'cancelling', asyncio.current_task().cancelling())
    return 'survived'

async def main():
    t = asyncio.create_task(job())
    await asyncio.sleep(0.1)
    t.cancel('a')
    t.cancel('b')
    await asyncio.sleep(0.1)
    t.cancel('c')
    await asyncio.sleep(0.1)
    t.cancel()
    print(await t, t.cancelling())

asyncio.run(main())
