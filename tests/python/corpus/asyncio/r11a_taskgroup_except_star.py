import asyncio


async def check(name, value):
    await asyncio.sleep(0)
    if not isinstance(value, int):
        raise TypeError(f"{name}: expected int, got {type(value).__name__}")
    if value < 0:
        raise ValueError(f"{name}: negative {value}")
    return value


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tasks = [tg.create_task(check(n, v))
                     for n, v in [("a", 1), ("b", -2), ("c", "3"), ("d", -4)]]
    except* ValueError as eg:
        for e in eg.exceptions:
            print("value problem:", e)
    except* TypeError as eg:
        for e in eg.exceptions:
            print("type problem:", e)
    print([t.done() for t in tasks])
    print(tasks[0].result())


asyncio.run(main())
