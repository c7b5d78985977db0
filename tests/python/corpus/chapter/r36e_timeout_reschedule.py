# asyncio.timeout gave my worker too little time, so I push the deadline back once inside
import asyncio

async def worker(delay):
    await asyncio.sleep(delay)
    return delay

async def do_something():
    loop = asyncio.get_running_loop()
    async with asyncio.timeout(0.1) as cm:
        print('first step:', await worker(0.02))
        cm.reschedule(loop.time() + 0.3)
        print('second step:', await worker(0.15))
    print('expired?', cm.expired())
    try:
        async with asyncio.timeout(None) as cm2:
            cm2.reschedule(loop.time() + 0.05)
            await worker(0.3)
    except TimeoutError:
        print('second block expired?', cm2.expired())

asyncio.run(do_something())
