# limiting downloads to two at a time; I acquire but never release
import asyncio

sem = asyncio.Semaphore(2)

async def download(n):
    await sem.acquire()
    await asyncio.sleep(0.01)
    print("downloaded", n)

async def main():
    try:
        await asyncio.wait_for(asyncio.gather(*(download(i) for i in range(4))), timeout=0.2)
    except TimeoutError:
        print("stuck with", sem._value, "permits left")

asyncio.run(main())
