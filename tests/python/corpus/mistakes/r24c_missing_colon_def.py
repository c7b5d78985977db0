async def main()
    print("hi")
