# Raising an error code number instead of an exception.
def check(status):
    if status != 200:
        raise status
    return "ok"

print(check(200))
print(check(404))
