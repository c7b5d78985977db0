# printing asyncio.all_tasks() after asyncio.run has finished
import asyncio

async def worker():
    await asyncio.sleep(0.01)
    return 42

def main():
    print('Main - Starting')
    print(asyncio.run(worker()))
    print('tasks left:', asyncio.all_tasks())
    print('Main - Done')

main()
