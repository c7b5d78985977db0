# warnings.warn from main at stacklevel 2 to 9: the loop's frames in asyncio's files, then the module, then sys
import asyncio, warnings
async def main():
    for lvl in range(2, 10):
        warnings.warn(f"level {lvl}", stacklevel=lvl)
asyncio.run(main())
