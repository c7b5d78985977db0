# A supervisor that restarts a crashing worker up to 3 times, then gives up and re-raises
import asyncio

attempts = 0

async def worker():
    global attempts
    attempts += 1
    await asyncio.sleep(0.01)
    raise ConnectionResetError(f"crash #{attempts}")

async def supervise(factory, max_restarts=3):
    restarts = 0
    while True:
        task = asyncio.create_task(factory(), name=f"worker-{restarts}")
        try:
            return await task
        except Exception as e:
            print(f"{task.get_name()} died: {e}")
            if restarts == max_restarts:
                raise RuntimeError("giving up") from e
            restarts += 1
            await asyncio.sleep(0.01 * restarts)

asyncio.run(supervise(worker))
