# Waiting on an empty queue with wait_for, then putting something and retrying
import asyncio

async def main():
    q = asyncio.Queue()
    try:
        await asyncio.wait_for(q.get(), timeout=0.02)
    except asyncio.TimeoutError:
        print("nothing arrived")
    asyncio.get_running_loop().call_later(0.01, q.put_nowait, "late parcel")
    print(await asyncio.wait_for(q.get(), timeout=0.5))
    print("getters left waiting:", q.empty())

asyncio.run(main())
