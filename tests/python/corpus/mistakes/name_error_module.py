# Mistake: using a module without importing it.
async def main():
    await asyncio.sleep(0.1)

asyncio.run(main())
