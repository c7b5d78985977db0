# A class body that uses a name defined later in the module.
import asyncio

class Worker:
    delay = DEFAULT_DELAY * 2

    async def run(self):
        await asyncio.sleep(self.delay)

DEFAULT_DELAY = 0.01
print(asyncio.run(Worker().run()))
