# A long job reports its progress through a Queue to a separate printer task.
import asyncio

async def long_job(name, steps, progress: asyncio.Queue):
    for i in range(1, steps + 1):
        await asyncio.sleep(0.01)
        await progress.put((name, i, steps))
    return f"{name} result"

async def printer(progress: asyncio.Queue):
    while True:
        name, i, steps = await progress.get()
        print(f"{name}: {'=' * i}{' ' * (steps - i)}| {100 * i // steps}%")
        progress.task_done()

async def main():
    progress = asyncio.Queue()
    p = asyncio.create_task(printer(progress))
    result = await long_job("import", 4, progress)
    await progress.join()
    p.cancel()
    print(result)
    try:
        await p
    except asyncio.CancelledError:
        print("printer stopped")

asyncio.run(main())
