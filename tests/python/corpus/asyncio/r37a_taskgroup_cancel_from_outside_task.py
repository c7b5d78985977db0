# Cancelling the task that runs a TaskGroup: children get cancelled, the body's await raises, the group re-raises
import asyncio


cleaned = []


async def child(n):
    try:
        await asyncio.sleep(1)
    finally:
        cleaned.append(n)


async def owner():
    try:
        async with asyncio.TaskGroup() as tg:
            for n in range(3):
                tg.create_task(child(n), name=f"c{n}")
            await asyncio.sleep(1)
    except asyncio.CancelledError as e:
        print("owner sees CancelledError", e.args)
        raise


async def main():
    t = asyncio.create_task(owner())
    await asyncio.sleep(0.02)
    t.cancel("deadline")
    try:
        await t
    except asyncio.CancelledError as e:
        print("main:", e.args, t.cancelled())
    print("children cleaned up:", sorted(cleaned))


asyncio.run(main())
