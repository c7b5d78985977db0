# an async context manager class that logs and suppresses errors from workers
import asyncio

class Guard:
    def __init__(self, name):
        self.name = name

    async def __aenter__(self):
        await asyncio.sleep(0.01)
        print('enter', self.name)
        return self

    async def __aexit__(self, exc_type, exc, tb):
        await asyncio.sleep(0.01)
        print('exit', self.name, exc_type.__name__ if exc_type else None, exc)
        return exc_type is ValueError

async def worker(n):
    await asyncio.sleep(0.01)
    return int('x' * n) if n else 0

async def main():
    for n in (0, 1):
        async with Guard(f'g{n}') as g:
            print('result', await worker(n))
        print('after', g.name)
    async with Guard('last'):
        raise KeyError('not suppressed')

asyncio.run(main())
