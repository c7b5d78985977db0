# the pre-3.7 style: get_event_loop() at module level and run_until_complete
import asyncio

async def worker():
    print('worker - will take some time')
    await asyncio.sleep(0.1)
    print('worker - done it')
    return 42

print('Main - Starting')
loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
print('result:', loop.run_until_complete(worker()))
print('same loop:', asyncio.get_event_loop() is loop)
loop.close()
print('closed:', loop.is_closed())
try:
    loop.run_until_complete(worker())
except RuntimeError as e:
    print('RuntimeError:', e)
print('Main - Done')
