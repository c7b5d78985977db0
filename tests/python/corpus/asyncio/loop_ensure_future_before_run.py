# The older style: ensure_future() before the loop runs, then run_until_complete(asyncio.wait(tasks))
import asyncio

async def work(i):
    await asyncio.sleep(0.01 * i)
    print("work", i)
    return i * 10

loop = asyncio.get_event_loop()
tasks = [asyncio.ensure_future(work(i)) for i in range(3)]
print(repr(tasks[0]).split(' coro=')[0])
loop.run_until_complete(asyncio.wait(tasks))
print([t.result() for t in tasks])
print(repr(tasks[0]).split(' coro=')[0])
loop.close()
