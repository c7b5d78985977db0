import asyncio


async def stage(n):
    await asyncio.sleep(0.1 * n)
    if n == 3:
        raise RuntimeError(f"stage {n} exploded")
    return n


async def main():
    tasks = {asyncio.create_task(stage(n)): n for n in range(1, 6)}
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_EXCEPTION)
    print("done:", sorted(tasks[t] for t in done))
    print("pending:", sorted(tasks[t] for t in pending))
    for t in sorted(done, key=tasks.get):
        if t.exception():
            print(f"stage {tasks[t]} error: {t.exception()}")
        else:
            print(f"stage {tasks[t]} result: {t.result()}")
    for t in pending:
        t.cancel()
    done, pending = await asyncio.wait(pending)
    print("after cancel:", sum(t.cancelled() for t in done), "cancelled")


asyncio.run(main())
