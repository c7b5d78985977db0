# naming tasks with numbers and reading them back
import asyncio

async def job():
    await asyncio.sleep(0.01)
    return asyncio.current_task().get_name()

async def main():
    tasks = [asyncio.create_task(job(), name=i) for i in range(3)]
    names = await asyncio.gather(*tasks)
    print(names, [type(n).__name__ for n in names])
    print(tasks[0].get_name() + 1)

asyncio.run(main())
