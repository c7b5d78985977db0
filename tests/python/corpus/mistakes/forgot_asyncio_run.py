# Mistake: calling main() instead of asyncio.run(main()): the coroutine never runs.
import asyncio

async def main():
    print('Main - Starting')
    await asyncio.sleep(0.1)
    print('Main - Done')

main()
print('the program ends without running main')
