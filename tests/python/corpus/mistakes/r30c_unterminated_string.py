# Forgot the closing quote of a message.
# (kept short on purpose: the mistake is the point)
name = "Ada"
print("Hello, + name)
print("done")
