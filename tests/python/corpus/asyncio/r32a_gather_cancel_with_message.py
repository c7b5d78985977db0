# gather.cancel(msg): does the message reach the children and the awaiter?
import asyncio

async def child(i):
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError as e:
        print(f"child {i} got", e.args)
        raise

async def main():
    g = asyncio.gather(child(1), child(2))
    await asyncio.sleep(0.01)
    g.cancel(msg="gather stop")
    try:
        await g
    except asyncio.CancelledError as e:
        print("awaiter got", e.args)

asyncio.run(main())
