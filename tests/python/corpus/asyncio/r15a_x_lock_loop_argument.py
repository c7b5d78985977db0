# Old tutorials pass loop= to asyncio.Lock and Queue: gone since 3.10
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    try:
        q = asyncio.Queue(loop=loop)
    except TypeError as e:
        print("Queue:", e)
    lock = asyncio.Lock(loop=loop)
    print(lock)

asyncio.run(main())
