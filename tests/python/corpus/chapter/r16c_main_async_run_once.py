# The chapter's three listings run from one async main with asyncio.run once
import asyncio
import random

async def worker(label='', delay=0.1):
    await asyncio.sleep(delay)
    return label + str(random.randint(1, 10))

async def main():
    print('await:', await worker())
    task = asyncio.create_task(worker('T'))
    task.add_done_callback(lambda t: print('callback:', t.result()))
    await task
    print('gather:', await asyncio.gather(worker('x'), worker('y')))
    print('as_completed:', sorted([await f for f in asyncio.as_completed([worker('A'), worker('B', 0.2)])]))

random.seed(34)
print('Main - Starting')
asyncio.run(main())
print('Main - Done')
