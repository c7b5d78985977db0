# wait() with a timeout never raises: it just returns what is still pending
import asyncio

async def main():
    t = asyncio.create_task(asyncio.sleep(0.5, "late"))
    done, pending = await asyncio.wait({t}, timeout=0.05)
    print(len(done), len(pending), t in pending)
    print("still running:", not t.done())
    done, pending = await asyncio.wait({t}, timeout=1)
    print(len(done), len(pending), done.pop().result())
    try:
        await asyncio.wait([])
    except ValueError as e:
        print("ValueError:", e)
    try:
        await asyncio.wait({t}, return_when="SOMETIMES")
    except ValueError as e:
        print("ValueError:", e)

asyncio.run(main())
