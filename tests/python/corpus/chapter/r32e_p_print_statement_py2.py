# an old tutorial habit: print without brackets
import asyncio

async def worker():
    await asyncio.sleep(0.01)
    return 42

result = asyncio.run(worker())
print 'result:', result
