# asyncio.timeout(None) starts with no deadline; the body sets one once it knows the budget.
import asyncio

async def work(budget):
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout(None) as cm:
            print("initial deadline:", cm.when())
            await asyncio.sleep(0.01)
            cm.reschedule(loop.time() + budget)
            print("deadline set:", cm.when() is not None)
            await asyncio.sleep(0.2)
            return "finished"
    except TimeoutError:
        return f"budget {budget} too small"

async def main():
    print(await work(0.05))
    print(await work(0.5))

asyncio.run(main())
