# wait(FIRST_EXCEPTION): stop as soon as one task fails, then cancel the rest
import asyncio

async def step(name, d, fail=False):
    await asyncio.sleep(d)
    if fail:
        raise ValueError(f"{name} failed")
    return name

async def main():
    tasks = [asyncio.create_task(step("a", 0.01)), asyncio.create_task(step("b", 0.15, fail=True)),
             asyncio.create_task(step("c", 0.5))]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_EXCEPTION)
    for t in tasks:
        state = "pending" if t in pending else ("error: " + str(t.exception()) if t.exception() else t.result())
        print(state)
    for t in pending:
        t.cancel()
    await asyncio.wait(pending)
    print([t.cancelled() for t in tasks])

asyncio.run(main())
