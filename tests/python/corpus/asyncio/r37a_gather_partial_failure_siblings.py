# When one gathered task fails, gather raises at once but the sibling tasks keep running to completion
import asyncio

finished = []


async def step(name, delay, fail=False):
    await asyncio.sleep(delay)
    if fail:
        raise OSError(f"{name} failed")
    finished.append(name)
    return name


async def main():
    tasks = [asyncio.create_task(step("a", 0.02)),
             asyncio.create_task(step("b", 0.05, fail=True)),
             asyncio.create_task(step("c", 0.15))]
    try:
        await asyncio.gather(*tasks)
    except OSError as e:
        print("gather raised:", e, "| finished so far:", finished)
    print("c done?", tasks[2].done())
    await asyncio.sleep(0.25)
    print("finished later:", finished, "c result:", tasks[2].result())
    print([t.exception() for t in tasks])


asyncio.run(main())
