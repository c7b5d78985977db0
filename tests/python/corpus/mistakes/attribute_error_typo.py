# Mistake: a misspelt method name; Python 3.11 suggests the right one.
import asyncio

async def main():
    task = asyncio.create_task(asyncio.sleep(0.1, result='ok'))
    await task
    print(task.result())
    print(task.reslt())

asyncio.run(main())
