# Checking task.done without calling it, and a wrong result check
import asyncio

async def slow():
    await asyncio.sleep(0.2)
    return "ok"

async def main():
    task = asyncio.create_task(slow())
    if task.done:
        print("learner thinks it is done; bound method is truthy:", bool(task.done))
    print("actually done:", task.done())
    print("result is a method?", callable(task.result))
    print(await task, task.done())

asyncio.run(main())
