# A supervisor that restarts a crashing worker up to 3 times, then gives up.
import asyncio

crashes = iter([ZeroDivisionError("boom"), KeyError("cfg"), None, RuntimeError("again"), OSError("bye")])

async def worker(run):
    await asyncio.sleep(0.01)
    exc = next(crashes)
    if exc is None:
        print(f"run {run}: finished normally")
        return "ok"
    raise exc

async def supervise(max_restarts=3):
    restarts = 0
    run = 1
    while True:
        task = asyncio.create_task(worker(run), name=f"worker-{run}")
        try:
            result = await task
            if result == "ok" and run < 4:
                run += 1
                continue
            return result
        except Exception as e:
            print(f"{task.get_name()} crashed: {type(e).__name__}: {e}")
            if restarts == max_restarts:
                print("too many restarts, giving up")
                raise
            restarts += 1
            run += 1

asyncio.run(supervise())
