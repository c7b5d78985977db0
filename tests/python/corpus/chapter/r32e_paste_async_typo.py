# typed 'asnyc def' by accident
import asyncio

asnyc def worker():
    await asyncio.sleep(0.01)
    return 42

print(asyncio.run(worker()))
