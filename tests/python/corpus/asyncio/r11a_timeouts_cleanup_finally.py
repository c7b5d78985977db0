import asyncio


async def upload(chunks):
    sent = 0
    try:
        for _ in range(chunks):
            await asyncio.sleep(0.2)
            sent += 1
        return sent
    finally:
        print(f"upload cleanup: {sent} chunks sent, deleting temp file")
        await asyncio.sleep(0.01)
        print("temp file deleted")


async def main():
    try:
        async with asyncio.timeout(0.3):
            await upload(10)
    except TimeoutError as e:
        print("upload timed out:", repr(e))
    print(await upload(2))


asyncio.run(main())
