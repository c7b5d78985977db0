# docs "Event" example: waiter waits until the event is set
import asyncio

async def waiter(event, name):
    print(f'{name} waiting for it ...')
    await event.wait()
    print(f'{name} ... got it!')
    return name

async def main():
    # Create an Event object.
    event = asyncio.Event()
    # Spawn a Task to wait until 'event' is set.
    waiter_task = asyncio.create_task(waiter(event, 'w1'))
    other = asyncio.create_task(waiter(event, 'w2'))
    # Sleep for 1 second and set the event.
    await asyncio.sleep(0.2)
    print("is_set before:", event.is_set())
    event.set()
    print("is_set after:", event.is_set())
    # Wait until the waiter task is finished.
    print(await waiter_task, await other)
    print(await event.wait())
    event.clear()
    print("cleared:", event.is_set())
    try:
        await asyncio.wait_for(event.wait(), 0.1)
    except TimeoutError:
        print("wait timed out after clear")

asyncio.run(main())
