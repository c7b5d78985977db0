import asyncio


async def child(name, delay):
    try:
        await asyncio.sleep(delay)
        print(f"{name} finished")
        return name
    except asyncio.CancelledError:
        print(f"{name} was cancelled")
        raise


async def main():
    group = asyncio.gather(child("fast", 0.01), child("slow", 0.2), child("slower", 0.3))
    await asyncio.sleep(0.05)
    print("cancel returned", group.cancel())
    try:
        await group
    except asyncio.CancelledError:
        print("gather cancelled:", group.cancelled())


asyncio.run(main())
