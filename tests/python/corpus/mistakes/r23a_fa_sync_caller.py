import asyncio

async def notify(user):
    await asyncio.sleep(0)
    print("notified", user)

def on_signup(user):
    print("signup:", user)
    notify(user)

async def main():
    on_signup("carol")
    await asyncio.sleep(0.01)
    print("main done")

asyncio.run(main())
