# Classic SO question: gather raises the first error, but the other tasks keep running
import asyncio

async def work(name, d, fail=False):
    await asyncio.sleep(d)
    if fail:
        raise RuntimeError(f"{name} failed")
    print(f"{name} completed")
    return name

async def main():
    tasks = [asyncio.create_task(work("A", 0.02, fail=True)),
             asyncio.create_task(work("B", 0.15)),
             asyncio.create_task(work("C", 0.3))]
    try:
        await asyncio.gather(*tasks)
    except RuntimeError as e:
        print("gather raised:", e)
    print("B done?", tasks[1].done(), "C done?", tasks[2].done())
    await asyncio.sleep(0.4)
    print("B done?", tasks[1].done(), "C result:", tasks[2].result())

asyncio.run(main())
