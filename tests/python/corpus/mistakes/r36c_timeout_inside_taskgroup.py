# a TaskGroup inside asyncio.timeout; one task is too slow
import asyncio

async def step(name, delay):
    await asyncio.sleep(delay)
    print(name, "finished")

async def main():
    try:
        async with asyncio.timeout(0.1):
            async with asyncio.TaskGroup() as tg:
                tg.create_task(step("fast", 0.01))
                tg.create_task(step("slow", 0.5))
    except TimeoutError as e:
        print("timed out:", repr(e), type(e.__context__).__name__)

asyncio.run(main())
