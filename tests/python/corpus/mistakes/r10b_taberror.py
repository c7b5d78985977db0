# A line indented with a tab among space-indented lines.
import asyncio

async def worker():
    print('worker - will take some time')
    if True:
        await asyncio.sleep(0.01)
	return 42

asyncio.run(worker())
