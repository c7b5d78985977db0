# An asyncio countdown: two counters running together, interleaving their lines.
import asyncio

async def countdown(name, n, delay):
    while n > 0:
        print(f"{name}: {n}")
        await asyncio.sleep(delay)
        n -= 1
    print(f"{name}: liftoff!")
    return name

async def main():
    done = await asyncio.gather(countdown("A", 3, 0.2), countdown("B", 2, 0.5))
    print("finished:", done)

asyncio.run(main())
