# A module-level Lock reused across two asyncio.run calls while contended
import asyncio

lock = asyncio.Lock()

async def use(n):
    async with lock:
        await asyncio.sleep(0.01)
        return n

async def main():
    return await asyncio.gather(use(1), use(2))

print(asyncio.run(main()))
try:
    print(asyncio.run(main()))
except RuntimeError as e:
    print("RuntimeError:", str(e).split(" at 0x")[0], "...", str(e).split(">")[-1])
