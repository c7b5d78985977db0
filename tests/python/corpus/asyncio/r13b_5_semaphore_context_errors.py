import asyncio

async def main():
    sem = asyncio.Semaphore(1)
    async with sem:
        try:
            async with asyncio.timeout(0.01):
                async with sem:
                    print("unreachable: the semaphore is held")
        except TimeoutError:
            print("nested acquire would deadlock; timed out instead")
    print("released:", not sem.locked())
    try:
        asyncio.Semaphore("2")
    except TypeError as e:
        print("TypeError:", e)

asyncio.run(main())
