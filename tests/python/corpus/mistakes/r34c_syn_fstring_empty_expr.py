# An f-string where I left the braces empty as a placeholder
import asyncio

async def main():
    name = "worker"
    await asyncio.sleep(0.01)
    print(f"{name} finished after {} seconds")

asyncio.run(main())
