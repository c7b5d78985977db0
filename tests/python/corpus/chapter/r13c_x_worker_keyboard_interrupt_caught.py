import asyncio

async def worker():
    await asyncio.sleep(0.01)
    raise KeyboardInterrupt

def main():
    print('Main - Starting')
    try:
        asyncio.run(worker())
    except KeyboardInterrupt:
        print('Main - interrupted')
    print('Main - Done')

main()
