import asyncio
import time


def checksum(data):
    time.sleep(0.01)
    return sum(data) % 256


async def main():
    payload = bytes(range(10))
    print("start")
    value = await asyncio.to_thread(checksum(payload))
    print("checksum", value)


asyncio.run(main())
