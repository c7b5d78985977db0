# tried to pass the workers to gather by keyword, like gather(tasks=[...])
import asyncio

async def worker(n):
    await asyncio.sleep(0.05)
    return n * 10

async def do_something():
    print('do_something - will wait for workers')
    results = await asyncio.gather(tasks=[worker(1), worker(2)])
    print('results from calls:', results)

def main():
    print('Main - Starting')
    asyncio.run(do_something())
    print('Main - Done')

main()
