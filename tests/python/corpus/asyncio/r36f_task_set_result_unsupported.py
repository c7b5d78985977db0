# A Task is a Future, but you cannot set its result or exception by hand.
import asyncio

async def job():
    await asyncio.sleep(0.01)
    return "real result"

async def main():
    t = asyncio.create_task(job())
    print(isinstance(t, asyncio.Future), asyncio.Task.__mro__[1].__name__)
    try:
        t.set_result("fake")
    except RuntimeError as e:
        print("RuntimeError:", e)
    try:
        t.set_exception(ValueError("fake"))
    except RuntimeError as e:
        print("RuntimeError:", e)
    print(await t)
    print(t.get_coro().__name__, t.get_loop() is asyncio.get_running_loop())

asyncio.run(main())
