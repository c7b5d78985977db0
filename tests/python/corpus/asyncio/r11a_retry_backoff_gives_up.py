import asyncio


async def connect(host):
    await asyncio.sleep(0.001)
    raise ConnectionRefusedError(111, "Connection refused")


async def connect_with_retries(host, retries=3):
    last = None
    for attempt in range(1, retries + 1):
        try:
            return await connect(host)
        except OSError as exc:
            last = exc
            print(f"attempt {attempt} failed: {exc}")
            await asyncio.sleep(0.002 * 2 ** attempt)
    raise RuntimeError(f"could not reach {host} after {retries} attempts") from last


async def main():
    await connect_with_retries("db.internal")


asyncio.run(main())
