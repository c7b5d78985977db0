# One failing task awaited by two coroutines: both get the same exception object
import asyncio

async def fetch():
    await asyncio.sleep(0.01)
    raise TimeoutError("upstream slow")

async def waiter(name, task, seen):
    try:
        await task
    except TimeoutError as e:
        seen.append(e)
        print(name, "got", repr(e))

async def main():
    task = asyncio.create_task(fetch())
    seen = []
    await asyncio.gather(waiter("a", task, seen), waiter("b", task, seen))
    print("same object:", seen[0] is seen[1], seen[0] is task.exception())

asyncio.run(main())
