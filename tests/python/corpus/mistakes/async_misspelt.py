# Mistake: async misspelt before def.
import asyncio

asnyc def main():
    await asyncio.sleep(0.1)

asyncio.run(main())
