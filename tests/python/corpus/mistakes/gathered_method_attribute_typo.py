# Mistake: a misspelt attribute in a method run by gather.
import asyncio
class Worker:
    def __init__(self, name):
        self.name = name
    async def run(self, n):
        await asyncio.sleep(0.01)
        return self.nme * n
async def main():
    w = Worker('w')
    print(await asyncio.gather(w.run(1), w.run(2)))
asyncio.run(main())
