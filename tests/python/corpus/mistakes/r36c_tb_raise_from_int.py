# raise from an error code instead of an exception
def check(code):
    if code != 0:
        raise RuntimeError("command failed") from code
    return "ok"

print(check(0))
print(check(2))
