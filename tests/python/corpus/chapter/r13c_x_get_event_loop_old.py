import asyncio

async def worker():
    await asyncio.sleep(0.01)
    return 42

loop = asyncio.get_event_loop()
print('result:', loop.run_until_complete(worker()))
loop.close()
