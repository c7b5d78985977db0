# Make cleanup in finally survive a second cancel by shielding it.
import asyncio

async def release_resources(name):
    await asyncio.sleep(0.15)
    print(f"{name}: resources released")

async def job(name, shielded):
    try:
        await asyncio.sleep(1)
    finally:
        print(f"{name}: cleaning up")
        if shielded:
            await asyncio.shield(release_resources(name))
        else:
            await release_resources(name)

async def main():
    for shielded in (False, True):
        name = "shielded" if shielded else "plain"
        t = asyncio.create_task(job(name, shielded))
        await asyncio.sleep(0.01)
        t.cancel()
        await asyncio.sleep(0.01)
        t.cancel()
        try:
            await t
        except asyncio.CancelledError:
            print(f"{name}: task cancelled")
        await asyncio.sleep(0.3)

asyncio.run(main())
