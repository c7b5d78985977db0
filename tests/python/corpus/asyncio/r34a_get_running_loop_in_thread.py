# asyncio.get_running_loop() from a to_thread worker fails: the thread has no running loop
import asyncio


def blocking():
    try:
        asyncio.get_running_loop()
    except RuntimeError as e:
        return f"RuntimeError: {e}"


async def main():
    print(await asyncio.to_thread(blocking))
    loop = asyncio.get_running_loop()
    print(await loop.run_in_executor(None, blocking))
    print(await asyncio.to_thread(asyncio.run, asyncio.sleep(0.01, "nested run in thread")))


asyncio.run(main())
