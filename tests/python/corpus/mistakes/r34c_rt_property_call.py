# Calling a property as if it were a method
import asyncio

class Job:
    def __init__(self, name):
        self.name = name
        self._done = False

    @property
    def done(self):
        return self._done

    async def run(self):
        await asyncio.sleep(0.01)
        self._done = True

async def main():
    job = Job("backup")
    await job.run()
    if job.done():
        print("finished", job.name)

asyncio.run(main())
