# Two tasks take two locks in opposite order: a deadlock, detected with wait_for's timeout.
import asyncio

async def task(name, first, second):
    async with first:
        print(name, "holds its first lock")
        await asyncio.sleep(0.01)
        async with second:
            print(name, "holds both locks")

async def main():
    a, b = asyncio.Lock(), asyncio.Lock()
    try:
        await asyncio.wait_for(asyncio.gather(task("T1", a, b), task("T2", b, a)), timeout=0.2)
    except asyncio.TimeoutError:
        print("deadlock! timed out")
    print("locks free afterwards:", not a.locked(), not b.locked())

asyncio.run(main())
