# old-style loop: closed the loop while a task was still sleeping
import asyncio

async def worker(delay):
    print('worker - will take some time', delay)
    await asyncio.sleep(delay)
    print('worker - Done it', delay)

loop = asyncio.new_event_loop()
slow = loop.create_task(worker(5))
loop.run_until_complete(worker(0.01))
print('slow done?', slow.done())
loop.close()
del slow
print('Main - Done')
