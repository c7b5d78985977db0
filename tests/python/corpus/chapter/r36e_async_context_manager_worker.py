# each worker uses a "connection" class with __aenter__/__aexit__; one worker fails inside
import asyncio

class Connection:
    def __init__(self, name):
        self.name = name

    async def __aenter__(self):
        await asyncio.sleep(0.01)
        print(f'open {self.name}')
        return self

    async def __aexit__(self, exc_type, exc, tb):
        await asyncio.sleep(0.01)
        print(f'close {self.name}', 'after error ' + exc_type.__name__ if exc_type else 'cleanly')
        return False

async def worker(name, fail=False):
    async with Connection(name) as conn:
        await asyncio.sleep(0.05 if fail else 0.15)
        if fail:
            raise ConnectionError(f'{conn.name} dropped')
        return conn.name

async def main():
    results = await asyncio.gather(worker('db'), worker('cache', fail=True), return_exceptions=True)
    print(results)

asyncio.run(main())
