# made a dict of worker coroutines by label, but only gathered the ones I picked
import asyncio

async def worker(label):
    await asyncio.sleep(0.05)
    return label * 3

async def do_something(picked):
    coros = {label: worker(label) for label in 'ABCD'}
    results = await asyncio.gather(*(coros[p] for p in picked))
    print(dict(zip(picked, results)))
    return len(results)

def main():
    print('Main - Starting')
    print('count:', asyncio.run(do_something('BD')))
    print('Main - Done')

if __name__ == '__main__':
    main()
