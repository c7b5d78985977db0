# this was copied from an email; one line has a tab and the rest spaces
import asyncio

async def worker():
    print('worker - will take some time')
	await asyncio.sleep(0.01)
    return 42

asyncio.run(worker())
