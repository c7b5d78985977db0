import asyncio

async def worker():
    await asyncio.sleep(0.01)
    return 42

print('Main - Starting')
result = await worker()
print('Main - result:', result)
