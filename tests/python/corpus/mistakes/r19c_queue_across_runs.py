# A module-level Queue reused across two asyncio.run() calls
import asyncio

q = asyncio.Queue()

async def consumer():
    item = await q.get()
    print("got", item)

async def producer():
    await asyncio.sleep(0.01)
    await q.put("hello")

async def main():
    await asyncio.gather(consumer(), producer())

asyncio.run(main())
print("first run ok")
try:
    asyncio.run(main())
    print("second run ok")
except RuntimeError as e:
    print("RuntimeError:", str(e).split(">")[-1].strip(), "|", str(e).split()[0])
