# run_in_executor(None, ...) after shutdown_default_executor() is refused
import asyncio
async def main():
    loop = asyncio.get_running_loop()
    r = await loop.run_in_executor(None, sum, [1, 2, 3])
    print(r)
    await loop.shutdown_default_executor()
    try:
        await loop.run_in_executor(None, sum, [1])
    except RuntimeError as e:
        print('RuntimeError:', e)
asyncio.run(main())
