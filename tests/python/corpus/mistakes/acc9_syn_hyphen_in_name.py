# A hyphen in a variable name.
print("start")

max-retries = 3
print(max-retries)
