# Put a deadline on a whole gather with asyncio.timeout; the unfinished children get cancelled.
import asyncio

async def step(name, secs):
    try:
        await asyncio.sleep(secs)
        print(f"{name} finished")
        return name
    except asyncio.CancelledError:
        print(f"{name} cancelled")
        raise

async def main():
    try:
        async with asyncio.timeout(0.15):
            await asyncio.gather(step("fast", 0.05), step("slow", 0.5), step("slower", 0.8))
    except TimeoutError:
        print("deadline hit")
    await asyncio.sleep(0)
    print("tasks left:", len(asyncio.all_tasks()) - 1)

asyncio.run(main())
