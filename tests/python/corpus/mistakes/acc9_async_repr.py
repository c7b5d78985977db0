# __repr__ written as an async def.
import asyncio

class Job:
    async def __repr__(self):
        await asyncio.sleep(0)
        return "Job()"

print(repr(Job()))
