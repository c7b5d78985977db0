# gather without return_exceptions: the first error propagates but the other tasks keep going
import asyncio

async def step(name, delay, fail=False):
    await asyncio.sleep(delay)
    if fail:
        raise RuntimeError(f"{name} failed")
    print(f"{name} finished")

async def main():
    tasks = [asyncio.create_task(step("a", 0.01, fail=True)), asyncio.create_task(step("b", 0.15))]
    try:
        await asyncio.gather(*tasks)
    except RuntimeError as e:
        print("caught:", e)
    print("b cancelled?", tasks[1].cancelled(), "done?", tasks[1].done())
    await asyncio.sleep(0.3)
    print("b done now?", tasks[1].done())

asyncio.run(main())
