# Which frames a traceback holds when an error passes through asyncio's helpers (names only, via extract_tb)
import asyncio
import traceback

async def boom():
    await asyncio.sleep(0)
    raise KeyError("x")

def sync_boom():
    raise KeyError("y")

def names(e):
    return [f.name for f in traceback.extract_tb(e.__traceback__)]

async def main():
    loop = asyncio.get_running_loop()
    cases = {
        "await": lambda: boom(),
        "task": lambda: asyncio.create_task(boom()),
        "gather": lambda: asyncio.gather(boom()),
        "shield": lambda: asyncio.shield(boom()),
        "wait_for": lambda: asyncio.wait_for(boom(), 1),
        "to_thread": lambda: asyncio.to_thread(sync_boom),
        "executor": lambda: loop.run_in_executor(None, sync_boom),
    }
    for label, make in cases.items():
        try:
            await make()
        except KeyError as e:
            print(f"{label:10}", names(e))
    for fut in asyncio.as_completed([boom()]):
        try:
            await fut
        except KeyError as e:
            print(f"{'as_compl.':10}", names(e))
    try:
        async with asyncio.timeout(0):
            await asyncio.sleep(1)
    except TimeoutError as e:
        print(f"{'timeout':10}", names(e))

asyncio.run(main())
