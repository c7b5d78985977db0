# docs: TaskGroup as an alternative to create_task
import asyncio

async def say_after(delay, what):
    await asyncio.sleep(delay)
    print(what)
    return what.upper()

async def main():
    async with asyncio.TaskGroup() as tg:
        task1 = tg.create_task(say_after(0.2, 'hello'))
        task2 = tg.create_task(say_after(0.4, 'world'), name='second')
        print(f"started at {asyncio.get_running_loop().time() >= 0}")
        print(task1.get_name(), task2.get_name())
    print(f"Both tasks have completed now: {task1.result()}, {task2.result()}")
    try:
        tg.create_task(say_after(0, 'late'))
    except RuntimeError as e:
        print("RuntimeError:", e)

asyncio.run(main())
