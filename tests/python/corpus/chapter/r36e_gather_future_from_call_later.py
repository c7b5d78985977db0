# mixing a bare Future (filled in later by call_later) with two workers in one gather
import asyncio

async def worker(label, delay):
    print(f'Worker {label} - will take {delay}s')
    await asyncio.sleep(delay)
    print(f'Worker {label} - Done it')
    return label * 2

async def do_something():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    loop.call_later(0.15, fut.set_result, 'from the future')
    results = await asyncio.gather(worker('A', 0.1), fut, worker('B', 0.3))
    print('results from calls:', results)
    print('fut done?', fut.done(), '| result again:', fut.result())

def main():
    print('Main - Starting')
    asyncio.run(do_something())
    print('Main - Done')

if __name__ == '__main__':
    main()
