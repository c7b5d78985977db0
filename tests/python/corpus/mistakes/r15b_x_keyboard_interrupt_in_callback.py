# Mistake: raising KeyboardInterrupt from a done callback to stop everything (asyncio.run cancels the rest, then the program ends by SIGINT).
import asyncio

def stop_all(task):
    print("stopping after", task.result())
    raise KeyboardInterrupt

async def job(n):
    await asyncio.sleep(0.1 * n)
    return n

async def slow():
    try:
        await asyncio.sleep(5)
    except asyncio.CancelledError as e:
        print("slow cancelled; context:", type(e.__context__).__name__)
        raise

async def main():
    asyncio.create_task(job(1)).add_done_callback(stop_all)
    await slow()

asyncio.run(main())
