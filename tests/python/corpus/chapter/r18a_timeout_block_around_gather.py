# 34.6.1 inside asyncio.timeout(): the slow worker makes the whole gather time out
import asyncio

async def worker(label, delay):
    try:
        await asyncio.sleep(delay)
        print('Worker', label, '- Done it')
        return label
    except asyncio.CancelledError:
        print('Worker', label, '- cancelled')
        raise

async def do_something():
    try:
        async with asyncio.timeout(0.3) as cm:
            results = await asyncio.gather(worker('A', 0.1), worker('B', 0.5), worker('C', 0.2))
            print('results from calls:', results)
    except TimeoutError as e:
        print('do_something - timeout expired:', cm.expired(), type(e.__cause__).__name__)
    async with asyncio.timeout(1) as cm:
        results = await asyncio.gather(worker('D', 0.1), worker('E', 0.05))
    print('results from calls:', results, 'expired:', cm.expired())

def main():
    print('Main - Starting')
    asyncio.run(do_something())
    print('Main - Done')

if __name__ == '__main__':
    main()
