# 34.6.1 with an atexit summary of the results, printed after main's last line
import asyncio
import atexit
import random
import sys

results = []

@atexit.register
def summary():
    print('summary:', results, 'stdout closed?', sys.stdout.closed)

async def worker():
    print('Worker - will take some time')
    await asyncio.sleep(0.2)
    result = random.randint(1, 10)
    print('Worker - Done it')
    return result

async def do_something():
    results.extend(await asyncio.gather(worker(), worker(), worker()))
    print('results from calls:', results)

random.seed(12)
print('Main - Starting')
asyncio.run(do_something())
print('Main - Done')
