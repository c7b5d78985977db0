# Hedged request: if the primary has not answered within 0.1 s, start a backup and take whichever is first
import asyncio

async def query(server, delay):
    try:
        await asyncio.sleep(delay)
        return f"{server} answered"
    finally:
        print(f"{server} finished (cancelled={asyncio.current_task().cancelling() > 0})")

async def hedged(primary_delay, backup_delay):
    primary = asyncio.create_task(query("primary", primary_delay))
    done, _ = await asyncio.wait({primary}, timeout=0.1)
    if done:
        return primary.result()
    print("primary slow, hedging")
    backup = asyncio.create_task(query("backup", backup_delay))
    done, pending = await asyncio.wait({primary, backup}, return_when=asyncio.FIRST_COMPLETED)
    for t in pending:
        t.cancel()
        await asyncio.gather(t, return_exceptions=True)
    return done.pop().result()

async def main():
    print(await hedged(0.03, 0.05))
    print(await hedged(0.5, 0.05))
    print(await hedged(0.2, 0.4))

asyncio.run(main())
