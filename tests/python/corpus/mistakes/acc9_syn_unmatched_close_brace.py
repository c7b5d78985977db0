# A stray closing brace after a dict.
print("start")

settings = {"debug": True}}
print(settings)
