# gather given the same task twice: two results, one run
import asyncio

runs = 0

async def expensive():
    global runs
    runs += 1
    await asyncio.sleep(0.01)
    return "computed"

async def main():
    t = asyncio.create_task(expensive())
    print(await asyncio.gather(t, t, t))
    c = expensive()
    print(await asyncio.gather(c, c))
    print("runs:", runs)

asyncio.run(main())
