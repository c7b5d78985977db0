# Two tasks in a TaskGroup fail; the rest are cancelled; the ExceptionGroup is uncaught
import asyncio

async def job(name, delay, fail=None):
    try:
        await asyncio.sleep(delay)
    except asyncio.CancelledError:
        print(name, "was cancelled")
        raise
    if fail:
        raise fail(f"{name} failed")
    print(name, "ok")

async def main():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(job("a", 0.01))
        tg.create_task(job("b", 0.05, ValueError))
        tg.create_task(job("c", 0.05, TypeError))
        tg.create_task(job("d", 0.5))

asyncio.run(main())
