# asyncio.run's cleanup: pending tasks cancelled, async generators finalized, executor joined
import asyncio
import time

cleaned = []

async def lingering(name):
    try:
        await asyncio.sleep(10)
    finally:
        cleaned.append(name)

async def agen():
    try:
        yield 1
        yield 2
    finally:
        print("agen finalized")

def slow_thread():
    time.sleep(0.2)
    print("thread finished")

async def main():
    for n in ("t1", "t2"):
        asyncio.create_task(lingering(n), name=n)
    g = agen()
    print(await g.__anext__())
    loop = asyncio.get_running_loop()
    loop.run_in_executor(None, slow_thread)
    await asyncio.sleep(0.05)
    print("main returning")
    return "result"

print(asyncio.run(main()))
print("after run; cleaned up:", sorted(cleaned))
