import asyncio


async def read_message():
    await asyncio.sleep(0)
    return "héllo".encode("utf-8")


def checksum(data):
    return sum(data) % 256


async def main():
    raw = await read_message()
    print("received", len(raw), "bytes")
    # bug: raw is already bytes
    payload = raw.encode("utf-8")
    print(checksum(payload))


asyncio.run(main())
