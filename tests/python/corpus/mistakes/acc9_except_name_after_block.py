# The except clause's name used after the block.
try:
    int("x")
except ValueError as err:
    print("failed")
print("error was:", err)
