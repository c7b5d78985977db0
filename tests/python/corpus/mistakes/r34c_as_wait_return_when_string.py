# Passing return_when as a plain string to asyncio.wait
import asyncio

async def job(d):
    await asyncio.sleep(d)
    return d

async def main():
    tasks = [asyncio.create_task(job(d)) for d in (0.01, 0.2)]
    done, pending = await asyncio.wait(tasks, return_when="FIRST_COMPLETED")
    print(len(done), len(pending))

asyncio.run(main())
