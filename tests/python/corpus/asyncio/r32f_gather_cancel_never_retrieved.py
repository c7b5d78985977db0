# A child of a cancelled gather fails during its cleanup: is the error ever reported?
import asyncio

async def child(name, fail_in_cleanup):
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        if fail_in_cleanup:
            raise OSError(f"{name}: could not release resource")
        raise

async def main():
    g = asyncio.gather(child("a", False), child("b", True))
    await asyncio.sleep(0.01)
    g.cancel()
    try:
        await g
    except asyncio.CancelledError:
        print("gather cancelled")
    except OSError as e:
        print("gather raised OSError:", e)
    await asyncio.sleep(0.01)
    print("end of main")

asyncio.run(main())
