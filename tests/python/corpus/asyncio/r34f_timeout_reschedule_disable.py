# Turn an asyncio.timeout off midway with reschedule(None) once the critical part starts.
import asyncio

async def main():
    log = []
    async with asyncio.timeout(0.1) as cm:
        await asyncio.sleep(0.01)
        log.append("connected")
        cm.reschedule(None)
        log.append(f"deadline now {cm.when()}")
        await asyncio.sleep(0.2)
        log.append("long transfer finished")
    print(log, cm.expired())
    try:
        async with asyncio.timeout(0.1) as cm:
            cm.reschedule(asyncio.get_running_loop().time() - 1)
            await asyncio.sleep(0.05)
    except TimeoutError:
        print("deadline in the past fires at once:", cm.expired())

asyncio.run(main())
