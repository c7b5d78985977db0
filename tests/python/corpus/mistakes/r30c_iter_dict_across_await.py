# One task iterates a shared dict while another adds to it between awaits.
import asyncio

registry = {"alpha": 1, "beta": 2}

async def reporter():
    for name in registry:
        print("report", name)
        await asyncio.sleep(0.1)

async def registrar():
    await asyncio.sleep(0.05)
    registry["gamma"] = 3
    print("registered gamma")

async def main():
    await asyncio.gather(reporter(), registrar())

asyncio.run(main())
