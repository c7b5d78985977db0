# A dict literal with a missing colon between key and value.
settings = {
    "debug": True,
    "level" 3,
    "name": "app",
}
print(settings)
