# async with: an asynchronous context manager class; exit order; exceptions inside.
import asyncio

class Connection:
    def __init__(self, name):
        self.name = name

    async def __aenter__(self):
        print('opening', self.name)
        await asyncio.sleep(0.01)
        return self

    async def __aexit__(self, exc_type, exc, tb):
        await asyncio.sleep(0.01)
        print('closing', self.name, 'after', exc_type.__name__ if exc_type else 'no error')
        return False

    async def query(self, q):
        await asyncio.sleep(0.01)
        return f'{self.name}: {q}'

async def main():
    async with Connection('db') as conn:
        print(await conn.query('select 1'))
    async with Connection('a') as a, Connection('b') as b:
        print(await a.query('x'), '|', await b.query('y'))
    try:
        async with Connection('failing'):
            raise ConnectionError('lost')
    except ConnectionError as e:
        print('propagated:', e)

asyncio.run(main())
