# Adding notes to the failures of a TaskGroup and letting them escape
import asyncio

async def upload(name, delay):
    await asyncio.sleep(delay)
    if name.endswith(".exe"):
        err = PermissionError(f"refusing {name}")
        err.add_note(f"policy: no executables (task {name})")
        raise err
    return name

async def main():
    async with asyncio.TaskGroup() as tg:
        for i, name in enumerate(["a.txt", "b.exe", "c.exe"]):
            tg.create_task(upload(name, 0.01 * (i + 1)))

asyncio.run(main())
