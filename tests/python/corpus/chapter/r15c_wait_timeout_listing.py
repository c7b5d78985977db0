# asyncio.wait with a timeout: the slow worker is still pending afterwards
import asyncio

async def worker(label, delay):
    await asyncio.sleep(delay)
    return label + '!'

async def do_something():
    fast = asyncio.create_task(worker('fast', 0.1))
    slow = asyncio.create_task(worker('slow', 0.5))
    done, pending = await asyncio.wait([fast, slow], timeout=0.25)
    print('fast in done:', fast in done, '| slow in pending:', slow in pending)
    print('slow done yet?', slow.done())
    print('slow result when awaited:', await slow)

asyncio.run(do_something())
