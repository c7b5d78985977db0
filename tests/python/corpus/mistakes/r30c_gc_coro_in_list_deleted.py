# Coroutines kept in a list are never run; the warning comes when the list goes.
import asyncio

async def upload(name):
    await asyncio.sleep(0.01)
    print("uploaded", name)

jobs = [upload("a.txt"), upload("b.txt")]
print("made", len(jobs), "jobs")
del jobs
print("jobs deleted")
