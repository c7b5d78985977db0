# Computing a remaining time budget that went negative before wait_for
import asyncio

async def step(n):
    await asyncio.sleep(0.01)
    return n

async def main():
    budget = 0.05
    for cost in (0.02, 0.04):
        budget -= cost
    print(f"budget left: {budget:.2f}")
    print(await asyncio.wait_for(step(1), timeout=budget))

asyncio.run(main())
