# asyncio.wait given an empty list of tasks.
import asyncio

async def main():
    tasks = [asyncio.create_task(asyncio.sleep(0.01)) for _ in range(0)]
    done, pending = await asyncio.wait(tasks)
    print(len(done), len(pending))

asyncio.run(main())
