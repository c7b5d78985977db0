# copied from the PDF so the quotes came out curly
import asyncio

async def worker():
    print(‘worker - will take some time’)
    await asyncio.sleep(0.01)
    return 42

asyncio.run(worker())
