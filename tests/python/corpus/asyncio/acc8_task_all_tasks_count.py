# all_tasks() as tasks start and finish; the main task is among them.
import asyncio

async def nap(d):
    await asyncio.sleep(d)

async def main():
    print('start:', len(asyncio.all_tasks()))
    ts = [asyncio.create_task(nap(d / 10)) for d in (1, 3, 5)]
    print('created:', len(asyncio.all_tasks()))
    await ts[0]
    print('after first:', len(asyncio.all_tasks()))
    await asyncio.sleep(0.1)
    print('after second:', len(asyncio.all_tasks()))
    await ts[2]
    print('end:', len(asyncio.all_tasks()), asyncio.current_task() in asyncio.all_tasks())

asyncio.run(main())
