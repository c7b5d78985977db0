# the PDF turned the minus in my print into an en dash outside the string
import asyncio

async def worker(n):
    await asyncio.sleep(0.01)
    return n – 1

print(asyncio.run(worker(43)))
