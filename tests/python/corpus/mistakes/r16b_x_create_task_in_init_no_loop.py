# A class whose __init__ starts a task, made with no loop running
import asyncio
class Worker:
    def __init__(self):
        self.task = asyncio.create_task(self.run())
    async def run(self):
        return 1
Worker()
