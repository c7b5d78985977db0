import asyncio

class Worker:
    async def __init__(self, name):
        await asyncio.sleep(0.01)
        self.name = name

async def do_something():
    w = Worker('A')
    print(w.name)

asyncio.run(do_something())
