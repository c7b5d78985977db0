# 'asnyc def' typed by mistake.
import asyncio

asnyc def worker():
    await asyncio.sleep(0.1)
    return 42

print(asyncio.run(worker()))
