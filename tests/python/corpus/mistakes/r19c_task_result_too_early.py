# Reading task.result() before the task has finished
import asyncio

async def slow():
    await asyncio.sleep(0.1)
    return "ready"

async def main():
    task = asyncio.create_task(slow())
    try:
        print(task.result())
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)
    print(task.done())
    await asyncio.sleep(0.2)
    print(task.result())
    task2 = asyncio.create_task(slow())
    task2.cancel()
    await asyncio.sleep(0)
    print(task2.result())

asyncio.run(main())
