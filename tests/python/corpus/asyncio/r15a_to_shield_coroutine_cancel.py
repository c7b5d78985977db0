# shield() of a bare coroutine: cancelling the outer await, then awaiting the rest via all_tasks
import asyncio

async def critical(log):
    await asyncio.sleep(0.2)
    log.append("critical done")

async def main():
    log = []
    outer = asyncio.ensure_future(asyncio.shield(critical(log)))
    await asyncio.sleep(0.05)
    outer.cancel()
    try:
        await outer
    except asyncio.CancelledError:
        log.append("outer cancelled")
    others = [t for t in asyncio.all_tasks() if t is not asyncio.current_task()]
    print("still running:", len(others))
    await asyncio.gather(*others)
    print(log)

asyncio.run(main())
