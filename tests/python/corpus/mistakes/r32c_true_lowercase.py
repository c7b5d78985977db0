# JSON habits: lowercase true and null.
settings = {"debug": True}
settings["verbose"] = true
settings["proxy"] = null
print(settings)
