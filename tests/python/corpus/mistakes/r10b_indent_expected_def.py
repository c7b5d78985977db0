# A def with nothing under it (the learner deleted the body).
import asyncio

def print_it(task):

async def worker():
    return 42

asyncio.run(worker())
