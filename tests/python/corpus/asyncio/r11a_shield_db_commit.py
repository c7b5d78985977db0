import asyncio

log = []


async def commit(txn):
    log.append(f"commit {txn} start")
    await asyncio.sleep(0.1)
    log.append(f"commit {txn} done")
    return f"txn {txn} committed"


async def main():
    task = asyncio.create_task(commit(7))
    try:
        await asyncio.wait_for(asyncio.shield(task), timeout=0.03)
    except TimeoutError:
        print("request timed out, but the commit goes on")
    print("task done?", task.done(), "cancelled?", task.cancelled())
    print(await task)
    print("\n".join(log))


asyncio.run(main())
