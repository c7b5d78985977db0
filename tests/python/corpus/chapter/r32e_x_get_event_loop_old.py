# the old pre-3.7 way from the book's note: get_event_loop and run_until_complete
import asyncio

async def worker():
    print('worker - will take some time')
    await asyncio.sleep(0.01)
    print('worker - Done it')
    return 42

loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
try:
    result = loop.run_until_complete(worker())
    print('result:', result, '| running?', loop.is_running())
finally:
    loop.close()
print('closed?', loop.is_closed())
loop.run_until_complete(worker())
