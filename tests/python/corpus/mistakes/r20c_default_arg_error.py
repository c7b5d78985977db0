# error evaluating a default argument at definition time
print("before def")
def connect(host, port=int("80a")):
    return host, port
# (end of the program)
