# Three tasks compute factorials step by step and wait at a Barrier after every step.
import asyncio


async def stepper(name, n, barrier, steps):
    value = 1
    for i in range(1, steps + 1):
        if i <= n:
            value *= i
        await asyncio.sleep(0.01)
        pos = await barrier.wait()
        if pos == 0:
            print(f"-- round {i} complete --")
    return name, value


async def main():
    barrier = asyncio.Barrier(3)
    results = await asyncio.gather(
        stepper("a", 3, barrier, 4),
        stepper("b", 4, barrier, 4),
        stepper("c", 2, barrier, 4),
    )
    for name, value in results:
        print(name, value)
    print("barrier parties:", barrier.parties, "broken:", barrier.broken)


asyncio.run(main())
