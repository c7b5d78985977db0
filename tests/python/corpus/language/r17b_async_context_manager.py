# An async context manager with __aenter__/__aexit__ around an await
import asyncio

class Connection:
    def __init__(self, host):
        self.host = host
        self.open = False

    async def __aenter__(self):
        await asyncio.sleep(0.05)
        self.open = True
        print(f'connected to {self.host}')
        return self

    async def __aexit__(self, *exc):
        await asyncio.sleep(0.05)
        self.open = False
        print(f'closed {self.host} (exc={exc[0].__name__ if exc[0] else None})')
        return False

async def main():
    async with Connection('db') as c:
        print('open?', c.open)
    print('open after?', c.open)
    try:
        async with Connection('cache'):
            raise ConnectionError('lost')
    except ConnectionError as e:
        print('caught', e)

asyncio.run(main())
