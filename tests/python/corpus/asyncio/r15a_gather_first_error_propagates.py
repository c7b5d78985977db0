# Without return_exceptions the first error reaches the awaiter; the others keep running
import asyncio

log = []

async def job(name, delay, fail=False):
    await asyncio.sleep(delay)
    if fail:
        raise RuntimeError(f"{name} failed")
    log.append(name)
    return name

async def main():
    try:
        await asyncio.gather(job("a", 0.1), job("b", 0.2, fail=True), job("c", 0.4))
    except RuntimeError as e:
        print("caught:", e, "log so far:", log)
    await asyncio.sleep(0.4)
    print("after waiting:", log)

asyncio.run(main())
