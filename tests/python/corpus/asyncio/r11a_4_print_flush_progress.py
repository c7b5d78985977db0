import asyncio
import sys


async def step(i):
    await asyncio.sleep(0.01)
    sys.stdout.write(f"\rprogress {i + 1}/5")
    sys.stdout.flush()


async def main():
    for i in range(5):
        await step(i)
    print()
    print("complete", end="!\n", flush=True)
    print("warn", file=sys.stderr)


asyncio.run(main())
