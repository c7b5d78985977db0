# A method coroutine and a nested function's coroutine never awaited: the warnings name their qualified names.
import asyncio

class Client:
    async def fetch(self):
        return 'data'

def make():
    async def inner():
        pass
    return inner

async def main():
    c = Client()
    c.fetch()
    make()()
    print('main done')

asyncio.run(main())
