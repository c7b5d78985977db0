# The docs' Event example: a waiter blocks until another task sets the event
import asyncio

async def waiter(event, name):
    print(f'{name} waiting for it ...')
    await event.wait()
    print(f'{name} ... got it!')

async def main():
    event = asyncio.Event()
    waiter_tasks = [asyncio.create_task(waiter(event, n)) for n in ("w1", "w2")]
    await asyncio.sleep(0.1)
    print("is_set before:", event.is_set())
    event.set()
    await asyncio.gather(*waiter_tasks)
    print("is_set after:", event.is_set())
    event.clear()
    print("cleared:", event.is_set())

asyncio.run(main())
