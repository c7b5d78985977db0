# atexit handlers run after asyncio.run has closed its loop; a handler trying asyncio.run again works
import asyncio
import atexit

async def flush(buf):
    await asyncio.sleep(0.01)
    print("flushed", buf)

buffer = []

@atexit.register
def on_exit():
    print("atexit: loop closed, running one more asyncio.run")
    asyncio.run(flush(buffer))

@atexit.register
def first():
    print("atexit handlers run last-registered first")

async def main():
    for i in range(3):
        buffer.append(i)
        await asyncio.sleep(0)
    print("main done")

asyncio.run(main())
print("end of module")
