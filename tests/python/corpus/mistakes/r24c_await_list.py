import asyncio

async def job(n):
    await asyncio.sleep(0.01 * n)
    return n

async def main():
    tasks = [asyncio.create_task(job(n)) for n in range(3)]
    done = await tasks
    print(done)

asyncio.run(main())
