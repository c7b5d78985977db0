# wait_for with timeout=0 or negative: done futures return, pending ones time out immediately.
import asyncio

async def quick():
    return "quick"

async def slow():
    await asyncio.sleep(0.1)
    return "slow"

async def main():
    for t in (0, -1):
        try:
            print(await asyncio.wait_for(slow(), timeout=t))
        except asyncio.TimeoutError:
            print(f"timeout={t}: TimeoutError")
    task = asyncio.create_task(quick())
    await asyncio.sleep(0)
    print(await asyncio.wait_for(task, timeout=0))
    print(await asyncio.wait_for(slow(), timeout=None))
    print(await asyncio.sleep(-5, "negative sleep returns at once"))

asyncio.run(main())
