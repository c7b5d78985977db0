# Inside run_in_executor there is no running loop: current_task() and get_running_loop() fail
import asyncio


def blocking():
    try:
        asyncio.get_running_loop()
    except RuntimeError as e:
        return f"RuntimeError: {e}"
    return "had a loop"


def blocking_task():
    return asyncio.current_task()


async def main():
    loop = asyncio.get_running_loop()
    print(await loop.run_in_executor(None, blocking))
    await loop.run_in_executor(None, blocking_task)


asyncio.run(main())
