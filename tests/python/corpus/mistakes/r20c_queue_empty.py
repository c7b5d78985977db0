# asyncio.Queue errors show module-qualified exception names
import asyncio

async def main():
    q = asyncio.Queue(maxsize=1)
    q.put_nowait(1)
    try:
        q.put_nowait(2)
    except asyncio.QueueFull as e:
        print("full:", repr(e), type(e).__module__)
    print(q.get_nowait())
    q.get_nowait()

asyncio.run(main())
