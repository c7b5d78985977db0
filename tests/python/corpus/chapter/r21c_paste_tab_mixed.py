# Tabs and spaces mixed in one block (TabError).
import asyncio

async def worker():
    print("start")
	await asyncio.sleep(0.1)
    return 42

print(asyncio.run(worker()))
