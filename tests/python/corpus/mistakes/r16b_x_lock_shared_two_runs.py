# An asyncio.Lock made at module level, contended in two asyncio.run calls
import asyncio

lock = asyncio.Lock()

async def worker(name):
    async with lock:
        await asyncio.sleep(0.01)
        print(name, "done")

async def main(tag):
    await asyncio.gather(worker(tag + "1"), worker(tag + "2"))

asyncio.run(main("a"))
try:
    asyncio.run(main("b"))
except RuntimeError as e:
    print("RuntimeError:", str(e).split("]>")[-1].strip())
