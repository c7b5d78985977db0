# A supervisor restarts a crashing worker up to three times, then gives up and re-raises
import asyncio

attempts = 0


async def flaky():
    global attempts
    attempts += 1
    await asyncio.sleep(0.01)
    raise ConnectionError(f"dropped on attempt {attempts}")


async def supervise(factory, max_restarts):
    restarts = 0
    while True:
        task = asyncio.create_task(factory(), name=f"worker-{restarts}")
        try:
            return await task
        except ConnectionError as e:
            print(f"{task.get_name()} crashed: {e}")
            if restarts == max_restarts:
                raise RuntimeError("giving up") from e
            restarts += 1


async def main():
    await supervise(flaky, 3)


asyncio.run(main())
