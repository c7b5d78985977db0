# An object registering its own bound method on its own task: a cycle.
import asyncio

class Job:
    def __init__(self):
        self.task = asyncio.create_task(self.run())
        self.task.add_done_callback(self.finished)

    async def run(self):
        await asyncio.sleep(0.01)
        raise ValueError("job crashed")

    def finished(self, task):
        print("finished callback, cancelled:", task.cancelled())

async def main():
    Job()
    await asyncio.sleep(0.15)
    print("main done")

asyncio.run(main())
print("end")
