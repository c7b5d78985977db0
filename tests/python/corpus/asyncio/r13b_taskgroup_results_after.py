import asyncio

async def fetch(name, delay):
    await asyncio.sleep(delay)
    return f"{name}:{delay}"

async def main():
    async with asyncio.TaskGroup() as tg:
        task1 = tg.create_task(fetch("a", 0.03))
        task2 = tg.create_task(fetch("b", 0.01))
        task3 = tg.create_task(fetch("c", 0.02), name="third")
        print("inside:", task1.done(), task2.done(), task3.get_name())
    print("after the group:", task1.result(), task2.result(), task3.result())
    print(all(t.done() for t in (task1, task2, task3)))

asyncio.run(main())
