# my worker class should build on asyncio, so I inherit from it
import asyncio

class Worker(asyncio):
    async def run(self):
        await asyncio.sleep(0.01)
        return "done"

print(asyncio.run(Worker().run()))
