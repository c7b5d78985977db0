# asyncio.wait with return_when given as a string
import asyncio

async def job(n):
    await asyncio.sleep(0.1 * n)
    return n

async def main():
    tasks = {asyncio.create_task(job(n)) for n in (1, 3)}
    done, pending = await asyncio.wait(tasks, return_when="FIRST_COMPLETED")
    print(len(done))

asyncio.run(main())
