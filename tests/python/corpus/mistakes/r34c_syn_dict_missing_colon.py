# I built a config dict for my workers but forgot a colon after one key
import asyncio

CONFIG = {
    "workers": 3,
    "delay" 0.1,
    "retries": 2,
}

async def main():
    print(CONFIG)

asyncio.run(main())
