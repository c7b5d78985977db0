# sleep(0) yields once: three tasks interleave in round-robin
import asyncio

out = []

async def stepper(name, n):
    for i in range(n):
        out.append(f"{name}{i}")
        await asyncio.sleep(0)

async def main():
    await asyncio.gather(stepper("a", 3), stepper("b", 2), stepper("c", 4))
    print(" ".join(out))

asyncio.run(main())
