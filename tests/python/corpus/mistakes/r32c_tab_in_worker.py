# Editor mixed a tab and spaces inside the worker body.
import asyncio

async def worker(name):
    print("start", name)
	await asyncio.sleep(0.01)
    print("end", name)

asyncio.run(worker("w1"))
