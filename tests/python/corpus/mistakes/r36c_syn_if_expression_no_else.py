# a label that should say "late" only if the job took too long
import asyncio

async def job(delay):
    await asyncio.sleep(delay)
    label = "late" if delay > 0.02
    return label

print(asyncio.run(job(0.03)))
