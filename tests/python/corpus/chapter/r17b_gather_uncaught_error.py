# gather without return_exceptions: the first error reaches asyncio.run and the traceback
import asyncio

async def worker(name, fail):
    await asyncio.sleep(0.1)
    if fail:
        raise RuntimeError(f'worker {name} failed')
    print(f'worker {name} ok')
    return name

async def do_something():
    results = await asyncio.gather(worker('A', False), worker('B', True), worker('C', False))
    print('results:', results)

def main():
    print('Main - Starting')
    asyncio.run(do_something())
    print('Main - Done')

main()
