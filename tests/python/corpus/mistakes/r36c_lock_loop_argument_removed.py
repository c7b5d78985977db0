# an old tutorial passes the loop to every primitive
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    for make in (lambda: asyncio.Lock(loop=loop), lambda: asyncio.Queue(loop=loop),
                 lambda: asyncio.Event(loop=loop), lambda: asyncio.Semaphore(2, loop=loop)):
        try:
            make()
        except TypeError as e:
            print("TypeError:", e)
    await asyncio.wait_for(asyncio.sleep(0.01), timeout=1, loop=loop)

asyncio.run(main())
