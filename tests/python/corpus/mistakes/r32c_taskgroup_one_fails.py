# A TaskGroup where one task fails; the error group is not caught.
import asyncio

async def step(n):
    await asyncio.sleep([0, 0.01, 0.02, 0.2][n])
    if n == 2:
        raise KeyError(f"step{n}")
    print("step", n, "ok")

async def main():
    async with asyncio.TaskGroup() as tg:
        for n in range(1, 4):
            tg.create_task(step(n))
    print("unreachable")

asyncio.run(main())
