# A module-level Lock used by two asyncio.run() calls while contended: bound to a different loop
import asyncio

lock = asyncio.Lock()

async def hold(name):
    async with lock:
        await asyncio.sleep(0.01)
        print(name, "held the lock")

async def main():
    await asyncio.gather(hold("a"), hold("b"))

asyncio.run(main())
try:
    asyncio.run(main())
except RuntimeError as e:
    print("RuntimeError: ...", str(e).split(">")[-1])
