# as_completed over tasks of a loop that is not running yet, driven by run_until_complete per result
import asyncio


async def job(n, d):
    await asyncio.sleep(d)
    return n


loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
tasks = [loop.create_task(job(n, d)) for n, d in [(1, 0.2), (2, 0.05), (3, 0.1)]]


async def collect():
    return [await f for f in asyncio.as_completed(tasks)]


print(loop.run_until_complete(collect()))
loop.close()
