# A reader forgets task_done: q.join() never returns, so wait_for times out.
import asyncio


async def consumer(q):
    while True:
        item = await q.get()
        print('consumed', item)


async def main():
    q = asyncio.Queue()
    c = asyncio.create_task(consumer(q))
    for i in range(3):
        await q.put(i)
    try:
        await asyncio.wait_for(q.join(), timeout=0.2)
    except asyncio.TimeoutError:
        print('join timed out; unfinished tasks remain')
    c.cancel()


asyncio.run(main())
