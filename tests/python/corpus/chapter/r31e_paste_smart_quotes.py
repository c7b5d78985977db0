# pasted the callback listing from the PDF, the quotes came out curly
import asyncio
async def worker():
    print(‘worker - will take some time’)
    await asyncio.sleep(1)
    print('worker - Done it')
    return 42
