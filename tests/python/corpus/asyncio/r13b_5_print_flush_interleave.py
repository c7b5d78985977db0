import asyncio
import sys

async def progress(name, steps):
    for i in range(steps):
        print(f"{name}:{i}", end=" ", flush=True)
        await asyncio.sleep(0)
    print(f"[{name} done]", file=sys.stderr)

async def main():
    await asyncio.gather(progress("a", 3), progress("b", 2))
    print()

asyncio.run(main())
