# Tasks take turns by n order using an asyncio.Condition: smallest input prints first even if it starts last.
import asyncio


async def factorial(n, cond, state):
    r = 1
    for i in range(2, n + 1):
        r *= i
    async with cond:
        await cond.wait_for(lambda: state["next"] == n)
        print(f"{n}! = {r}")
        state["next"] = state["order"].pop(0) if state["order"] else None
        cond.notify_all()


async def main():
    nums = [5, 1, 4, 2, 3]
    order = sorted(nums)
    state = {"next": order[0], "order": order[1:]}
    cond = asyncio.Condition()
    await asyncio.gather(*(factorial(n, cond, state) for n in nums))
    print("cond locked after:", cond.locked(), state)


asyncio.run(main())
