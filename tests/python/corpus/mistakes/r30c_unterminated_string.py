# Forgot the closing quote of a message.
name = "Ada"
print("Hello, + name)
print("done")
