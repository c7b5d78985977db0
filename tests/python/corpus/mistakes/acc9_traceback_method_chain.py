# An AttributeError in a chain of method calls.
print("start")

text = "  Hello World  "
result = text.strip().lower().replace("world", "asyncio").splitt()
print(result)
