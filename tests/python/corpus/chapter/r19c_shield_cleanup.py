# asyncio.shield protects a save operation from a timeout
import asyncio

saved = []

async def save(data):
    await asyncio.sleep(0.3)
    saved.append(data)
    print("saved", data)
    return len(saved)

async def main():
    task = asyncio.ensure_future(save("report"))
    try:
        await asyncio.wait_for(asyncio.shield(task), timeout=0.1)
    except asyncio.TimeoutError:
        print("timed out waiting, but save continues:", task.done())
    print("result after waiting:", await task)
    try:
        await asyncio.wait_for(save("lost"), timeout=0.1)
    except asyncio.TimeoutError:
        print("unshielded save cancelled")
    await asyncio.sleep(0.3)
    print("saved:", saved)

asyncio.run(main())
