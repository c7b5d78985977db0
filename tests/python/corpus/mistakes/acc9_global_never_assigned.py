# A global declared in a function but never assigned anywhere.
def read_config():
    global settings
    return settings["debug"]

print(read_config())
