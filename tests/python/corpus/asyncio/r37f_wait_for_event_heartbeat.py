# Heartbeat monitor: wait_for(event.wait(), timeout) in a loop, reporting missed beats
import asyncio

async def heart(event, beats):
    for gap in beats:
        await asyncio.sleep(gap)
        event.set()

async def monitor(event, rounds):
    missed = 0
    for r in range(rounds):
        try:
            await asyncio.wait_for(event.wait(), timeout=0.1)
            print(f"round {r}: beat")
            event.clear()
        except TimeoutError:
            missed += 1
            print(f"round {r}: missed ({missed})")
    return missed

async def main():
    ev = asyncio.Event()
    hb = asyncio.create_task(heart(ev, [0.02, 0.03, 0.45]))
    missed = await monitor(ev, 5)
    print("total missed:", missed)
    await hb

asyncio.run(main())
