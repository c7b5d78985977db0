# misspelt the module in the import line
import asynico

async def worker():
    await asyncio.sleep(0.01)
    return 42

print(asyncio.run(worker()))
