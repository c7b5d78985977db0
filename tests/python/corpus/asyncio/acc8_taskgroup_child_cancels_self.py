# A child that is cancelled (not failed) does not fail its TaskGroup; the others finish.
import asyncio

async def quitter():
    await asyncio.sleep(0.01)
    asyncio.current_task().cancel()
    await asyncio.sleep(0)

async def worker(n):
    await asyncio.sleep(0.02)
    return n

async def main():
    async with asyncio.TaskGroup() as tg:
        q = tg.create_task(quitter())
        ws = [tg.create_task(worker(n)) for n in range(3)]
    print('quitter cancelled:', q.cancelled())
    print([w.result() for w in ws])

asyncio.run(main())
