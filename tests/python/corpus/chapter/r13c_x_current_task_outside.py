import asyncio

async def worker():
    print('inside:', asyncio.current_task().get_name())
    return 1

print('Main - Starting')
asyncio.run(worker())
print('outside:', asyncio.current_task())
