# Download from several mirrors, keep the first success, cancel the rest (FIRST_COMPLETED in a loop)
import asyncio

async def download(mirror, delay, ok):
    try:
        await asyncio.sleep(delay)
    except asyncio.CancelledError:
        print(f"  {mirror} cancelled")
        raise
    if not ok:
        raise ConnectionError(f"{mirror} refused")
    return f"data from {mirror}"

async def main():
    pending = {
        asyncio.create_task(download("eu", 0.05, False), name="eu"),
        asyncio.create_task(download("us", 0.2, True), name="us"),
        asyncio.create_task(download("asia", 0.4, True), name="asia"),
    }
    result = None
    while pending and result is None:
        done, pending = await asyncio.wait(pending, return_when=asyncio.FIRST_COMPLETED)
        for t in done:
            if t.exception():
                print("failed:", t.exception())
            else:
                result = t.result()
    for t in pending:
        t.cancel()
    await asyncio.gather(*pending, return_exceptions=True)
    print("result:", result)

asyncio.run(main())
