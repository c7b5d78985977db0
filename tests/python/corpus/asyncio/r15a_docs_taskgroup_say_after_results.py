# The docs' TaskGroup version of say_after, with results read after the block
import asyncio

async def say_after(delay, what):
    await asyncio.sleep(delay)
    print(what)
    return what.upper()

async def main():
    async with asyncio.TaskGroup() as tg:
        task1 = tg.create_task(say_after(0.1, 'hello'))
        task2 = tg.create_task(say_after(0.2, 'world'))
        print("started", task1.get_name().startswith("Task-"), task2.done())
    print("both done:", task1.done(), task2.done())
    print(task1.result(), task2.result())

asyncio.run(main())
