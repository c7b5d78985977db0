# 34.6.1 with return_exceptions=True and workers that fail in different ways
import asyncio

async def worker(n):
    await asyncio.sleep(0.05 * n)
    if n == 1:
        raise KeyError('missing')
    if n == 3:
        return 1 / 0
    if n == 4:
        raise asyncio.CancelledError('by hand')
    return n * 10

async def do_something():
    results = await asyncio.gather(*(worker(n) for n in range(6)), return_exceptions=True)
    for n, r in enumerate(results):
        if isinstance(r, BaseException):
            print(n, 'failed:', type(r).__name__, r)
        else:
            print(n, 'ok:', r)
    print('all done, errors:', sum(isinstance(r, BaseException) for r in results))

def main():
    print('Main - Starting')
    asyncio.run(do_something())
    print('Main - Done')

if __name__ == '__main__':
    main()
