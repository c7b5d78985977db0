# A Condition.wait_for predicate that raises: the error propagates and the lock is held again
import asyncio


async def main():
    cond = asyncio.Condition()
    state = {"count": 0}

    def predicate():
        if state["count"] == 2:
            raise ValueError("count reached a forbidden value")
        return state["count"] >= 3

    async def bump():
        for _ in range(3):
            await asyncio.sleep(0.01)
            async with cond:
                state["count"] += 1
                cond.notify_all()

    bumper = asyncio.create_task(bump())
    async with cond:
        try:
            await cond.wait_for(predicate)
        except ValueError as e:
            print("ValueError:", e, "| lock held:", cond.locked())
    print("after the block, locked:", cond.locked())
    await bumper
    print("final count:", state["count"])


asyncio.run(main())
