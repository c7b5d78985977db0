# Cleanup code in an except CancelledError block raises a new error: chained traceback
import asyncio

async def uploader(files):
    done = []
    try:
        for f in files:
            await asyncio.sleep(0.05)
            done.append(f)
    except asyncio.CancelledError:
        print("uploaded before cancel:", done)
        raise RuntimeError(f"upload interrupted after {len(done)} files")

async def main():
    t = asyncio.create_task(uploader(["a.txt", "b.txt", "c.txt"]))
    await asyncio.sleep(0.08)
    t.cancel()
    await t

asyncio.run(main())
