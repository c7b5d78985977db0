# printing a progress bar with an f-string where I left a placeholder empty
import asyncio

async def progress(total):
    for i in range(1, total + 1):
        await asyncio.sleep(0.01)
        print(f"[{'#' * i:<{total}}] {}")

asyncio.run(progress(3))
