# test_taskgroups: test_taskgroup_07/08 -- the body raises while children run
import asyncio

async def main():
    cancelled = []

    async def child(n):
        try:
            await asyncio.sleep(1)
        except asyncio.CancelledError:
            cancelled.append(n)  # the group cancels them from a set: any order
            raise

    try:
        async with asyncio.TaskGroup() as g:
            g.create_task(child(1))
            g.create_task(child(2))
            await asyncio.sleep(0.01)
            raise ValueError("body")
    except* ValueError as eg:
        print("caught", repr(eg))
    print("cancelled children:", sorted(cancelled))

asyncio.run(main())
