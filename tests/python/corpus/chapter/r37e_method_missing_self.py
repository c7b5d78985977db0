# a worker class whose async method forgot self
import asyncio

class Worker:
    def __init__(self, label):
        self.label = label

    async def run():
        await asyncio.sleep(0.01)
        return 42

async def main():
    w = Worker('A')
    print(await asyncio.gather(w.run()))

asyncio.run(main())
