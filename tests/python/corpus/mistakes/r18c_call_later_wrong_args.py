import asyncio


def on_timeout(name, seconds):
    print(f"{name} timed out after {seconds}s")


async def main():
    loop = asyncio.get_running_loop()
    loop.call_later(0.01, on_timeout, "job-1", 5)
    loop.call_soon(on_timeout, "job-2")
    await asyncio.sleep(0.05)
    print("main finished")


asyncio.run(main())
