# asyncio.wait of an empty list of tasks.
import asyncio

async def main():
    tasks = []
    done, pending = await asyncio.wait(tasks)
    print(len(done), len(pending))

asyncio.run(main())
