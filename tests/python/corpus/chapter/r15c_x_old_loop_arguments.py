# a listing from a 3.7-era tutorial: loop= arguments removed in 3.10
import asyncio

async def worker(label, loop):
    print(f'Worker {label} - will take some time')
    await asyncio.sleep(0.1, loop=loop)
    return label

def main():
    print('Main - Starting')
    loop = asyncio.get_event_loop()
    try:
        results = loop.run_until_complete(asyncio.gather(worker('A', loop), worker('B', loop)))
        print(results)
    finally:
        loop.close()
    print('Main - Done')

if __name__ == '__main__':
    main()
