# A background task computing a huge factorial is still running when main returns.
import asyncio


async def huge(n):
    r = 1
    try:
        for i in range(2, n + 1):
            await asyncio.sleep(0.2)
            r *= i
        return r
    except asyncio.CancelledError:
        print(f"huge({n}) was cancelled with {len(str(r))}-digit partial product")
        raise
    finally:
        print("huge finally")


async def main():
    asyncio.create_task(huge(1000))
    await asyncio.sleep(0.5)
    print("main done")


asyncio.run(main())
print("program done")
