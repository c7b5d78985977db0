# sys.exception() (new in 3.11) inside the worker's except block
import asyncio
import sys

async def worker(n):
    await asyncio.sleep(0.01)
    try:
        return [1, 2][n]
    except IndexError:
        exc = sys.exception()
        print('worker', n, 'handling', type(exc).__name__, exc)
        print('same as exc_info:', exc is sys.exc_info()[1])
        return None
    finally:
        print('outside except:', sys.exception())

async def main():
    print(await asyncio.gather(worker(0), worker(5)))

asyncio.run(main())
