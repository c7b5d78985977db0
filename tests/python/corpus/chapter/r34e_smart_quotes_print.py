# pasted from the PDF: the quotes in print came out curly
import asyncio

async def worker():
    print(‘worker - will take some time’)
    await asyncio.sleep(0.1)
    return 42

asyncio.run(worker())
