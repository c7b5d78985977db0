# Taking the same asyncio.Lock twice in nested helpers (it is not reentrant)
import asyncio

lock = asyncio.Lock()

async def save(data):
    async with lock:
        data.append("saved")

async def update(data):
    async with lock:
        data.append("updated")
        await save(data)

async def main():
    data = []
    try:
        await asyncio.wait_for(update(data), timeout=0.1)
    except asyncio.TimeoutError:
        print("deadlock! data so far:", data)

asyncio.run(main())
